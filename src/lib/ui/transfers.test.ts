import { describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { largestGroupKm2, roughKm2, transferGroups } from './transfers.ts';

describe('transferGroups', () => {
  it('says who took what from whom in 1684: the Kazakhs lose Jetisu and the two towns, Baraba was no one’s', () => {
    const groups = transferGroups(testAtlas().byYear[1684]!.transfers);
    expect(groups.map((g) => [g.from, g.to])).toEqual([
      ['kazakh', 'dzungar'],
      [null, 'dzungar'],
    ]);
    expect(groups[0]!.lands.map((l) => l.land)).toEqual(['jetisu', 'tashkent', 'sayram']);
    expect(groups[1]!.lands.map((l) => l.land)).toEqual(['baraba']);
    // The groups add up to the Dzungars' gain, and the first to the Kazakhs' loss.
    const changes = testAtlas().byYear[1684]!.changes;
    const gain = changes.find((c) => c.polity === 'dzungar')!.gainedKm2;
    const loss = changes.find((c) => c.polity === 'kazakh')!.lostKm2;
    expect(Math.abs(groups[0]!.km2 + groups[1]!.km2 - gain)).toBeLessThan(gain * 0.01);
    expect(Math.abs(groups[0]!.km2 - loss)).toBeLessThan(loss * 0.01);
  });
  it('keeps what each land rests on: Tashkent’s holder is a conjecture, Jetisu’s is not', () => {
    const [taken, unheld] = transferGroups(testAtlas().byYear[1684]!.transfers);
    expect(taken!.lands.find((l) => l.land === 'jetisu')).toEqual({ land: 'jetisu', km2: 225506 });
    expect(taken!.lands.find((l) => l.land === 'tashkent')!.conjectural).toBe(true);
    expect(unheld!.lands[0]).toMatchObject({ land: 'baraba', conjectural: true, undated: true });
  });
  it('has nothing for a year in which no land moved', () => {
    expect(transferGroups(testAtlas().byYear[1682]!.transfers)).toEqual([]);
  });
});

describe('roughKm2', () => {
  it('keeps three significant figures', () => {
    expect(roughKm2(225506)).toBe(226000);
    expect(roughKm2(5408)).toBe(5410);
    expect(roughKm2(75091)).toBe(75100);
    expect(roughKm2(1574916)).toBe(1570000);
    expect(roughKm2(42)).toBe(42);
    expect(roughKm2(0)).toBe(0);
  });
});

describe('largestGroupKm2', () => {
  it('is the largest change involving the war’s sides (Altishahr in 1680), not the Qing’s', () => {
    const byYear = testAtlas().byYear;
    const altishahr = transferGroups(byYear[1680]!.transfers)[0]!.km2;
    expect(largestGroupKm2(byYear, ['kazakh', 'dzungar'])).toBe(altishahr);
    expect(largestGroupKm2(byYear, ['qing'])).toBeGreaterThan(1_500_000);
    expect(largestGroupKm2(byYear, [])).toBe(0);
  });
});
