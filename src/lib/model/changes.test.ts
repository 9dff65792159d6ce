import { describe, expect, it } from 'vitest';
import { transferBasis } from './changes.ts';
import type { HistoryEvent, Holding } from './types.ts';

const source = { section: 'Aftermath' as const, quote: '' };
const event = (id: string, undated?: true): HistoryEvent => ({
  id,
  year: 1687,
  places: [],
  title: id,
  text: id,
  kind: 'political',
  source,
  ...(undated ? { undated } : {}),
});
const holding = (h: Partial<Holding> & Pick<Holding, 'region' | 'polity' | 'start'>): Holding => ({
  id: `${h.region}-${h.polity}`,
  certainty: 'approximate',
  ...h,
});

describe('transferBasis', () => {
  const regionOf = new Map([
    ['jetisu', 'jetisu'],
    ['tashkent', 'tashkent-oasis'],
  ]);
  const events = [event('taken'), event('assembly', true)];
  /** One transfer of 1 km², marked against these holdings. */
  const basis = (from: string, to: string, land: string | null, year: number, holdings: Holding[]) =>
    transferBasis([{ from, to, land, km2: 1 }], year, holdings, events, regionOf)[0];

  it('leaves a change on an approximate, dated holding unmarked', () => {
    const held = [holding({ region: 'jetisu', polity: 'dzungar', start: 1684, event: 'taken' })];
    expect(basis('kazakh', 'dzungar', 'jetisu', 1684, held)).toEqual({
      from: 'kazakh',
      to: 'dzungar',
      land: 'jetisu',
      km2: 1,
    });
  });

  it('marks a town’s land conjectural by its district’s holding', () => {
    const held = [
      holding({ region: 'tashkent-oasis', polity: 'dzungar', start: 1684, certainty: 'conjectural' }),
    ];
    const t = basis('kazakh', 'dzungar', 'tashkent', 1684, held);
    expect(t?.conjectural).toBe(true);
    expect(t?.undated).toBeUndefined();
  });

  it('marks a return conjectural by the holding that ended the year before', () => {
    const held = [
      holding({ region: 'jetisu', polity: 'dzungar', start: 1686, end: 1686, certainty: 'conjectural' }),
    ];
    expect(basis('dzungar', 'bukhara', 'jetisu', 1687, held)?.conjectural).toBe(true);
  });

  it('marks land outside the named regions undated by an unnamed region’s undated event', () => {
    const held = [
      holding({ region: 'khalkha-lands', polity: 'qing', start: 1687, event: 'assembly' }),
      holding({ region: 'jetisu', polity: 'qing', start: 1687, event: 'taken', certainty: 'conjectural' }),
    ];
    expect(basis('khalkha', 'qing', null, 1687, held)).toEqual({
      from: 'khalkha',
      to: 'qing',
      land: null,
      km2: 1,
      undated: true,
    });
  });

  it('ignores holdings of other years and other powers', () => {
    const held = [
      holding({ region: 'jetisu', polity: 'dzungar', start: 1690, certainty: 'conjectural' }),
      holding({ region: 'jetisu', polity: 'russia', start: 1684, event: 'assembly' }),
    ];
    const t = basis('kazakh', 'dzungar', 'jetisu', 1684, held);
    expect(t?.conjectural).toBeUndefined();
    expect(t?.undated).toBeUndefined();
  });
});
