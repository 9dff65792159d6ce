import { describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { roughKm2, transferGroups } from './transfers.ts';

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
