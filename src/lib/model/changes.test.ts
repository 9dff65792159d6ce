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

  it('leaves a change on an approximate, dated holding unmarked', () => {
    const [t] = transferBasis(
      [{ from: 'kazakh', to: 'dzungar', land: 'jetisu', km2: 1 }],
      1684,
      [holding({ region: 'jetisu', polity: 'dzungar', start: 1684, event: 'taken' })],
      events,
      regionOf,
    );
    expect(t).toEqual({ from: 'kazakh', to: 'dzungar', land: 'jetisu', km2: 1 });
  });

  it('marks a town’s land conjectural by its district’s holding', () => {
    const [t] = transferBasis(
      [{ from: 'kazakh', to: 'dzungar', land: 'tashkent', km2: 1 }],
      1684,
      [holding({ region: 'tashkent-oasis', polity: 'dzungar', start: 1684, certainty: 'conjectural' })],
      events,
      regionOf,
    );
    expect(t?.conjectural).toBe(true);
    expect(t?.undated).toBeUndefined();
  });

  it('marks a return conjectural by the holding that ended the year before', () => {
    const [t] = transferBasis(
      [{ from: 'dzungar', to: 'bukhara', land: 'jetisu', km2: 1 }],
      1687,
      [holding({ region: 'jetisu', polity: 'dzungar', start: 1686, end: 1686, certainty: 'conjectural' })],
      events,
      regionOf,
    );
    expect(t?.conjectural).toBe(true);
  });

  it('marks land outside the named regions undated by an unnamed region’s undated event', () => {
    const holdings = [
      holding({ region: 'khalkha-lands', polity: 'qing', start: 1687, event: 'assembly' }),
      holding({ region: 'jetisu', polity: 'qing', start: 1687, event: 'taken', certainty: 'conjectural' }),
    ];
    const [t] = transferBasis(
      [{ from: 'khalkha', to: 'qing', land: null, km2: 1 }],
      1687,
      holdings,
      events,
      regionOf,
    );
    expect(t).toEqual({ from: 'khalkha', to: 'qing', land: null, km2: 1, undated: true });
  });

  it('ignores holdings of other years and other powers', () => {
    const [t] = transferBasis(
      [{ from: 'kazakh', to: 'dzungar', land: 'jetisu', km2: 1 }],
      1684,
      [
        holding({ region: 'jetisu', polity: 'dzungar', start: 1690, certainty: 'conjectural' }),
        holding({ region: 'jetisu', polity: 'russia', start: 1684, event: 'assembly' }),
      ],
      events,
      regionOf,
    );
    expect(t).toEqual({ from: 'kazakh', to: 'dzungar', land: 'jetisu', km2: 1 });
  });
});
