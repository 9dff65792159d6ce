import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import type { BuiltAtlas } from './atlasData.ts';
import { compareYears } from './compare.ts';

let data: BuiltAtlas;
beforeAll(() => (data = testAtlas()));

/** The land each power gained or lost year by year from `from` to `to`, added up (net). */
function summedNet(from: number, to: number): Map<string, number> {
  const net = new Map<string, number>();
  for (let year = from + 1; year <= to; year++)
    for (const c of data.byYear[year]!.changes)
      net.set(c.polity, (net.get(c.polity) ?? 0) + c.gainedKm2 - c.lostKm2);
  return net;
}

describe('compareYears', () => {
  it('gives each power the net change the years add up to, for every pair of years', () => {
    const { min, max } = data.years;
    for (let a = min; a <= max; a += 3)
      for (let b = a + 1; b <= max; b += 4) {
        const compared = compareYears(data, data.comparisons, a, b);
        const summed = summedNet(a, b);
        for (const c of compared.changes) {
          // Each yearly change is measured above 50 km² slivers and rounded: allow for that.
          const years = b - a;
          expect(
            Math.abs(c.gainedKm2 - c.lostKm2 - (summed.get(c.polity) ?? 0)),
            `${c.polity} ${a}→${b}`,
          ).toBeLessThan(100 * years + 500);
        }
      }
  });

  it('names what changed hands in the war: Jetisu, Tashkent and Sayram from the Kazakhs, the Baraba steppe', () => {
    const war = compareYears(data, data.comparisons, 1680, 1685);
    expect(war).toMatchObject({ from: 1680, to: 1685 });
    const lands = war.transfers.map((t) => `${t.from}→${t.to} ${t.land}`);
    expect(lands).toEqual(
      expect.arrayContaining([
        'kazakh→dzungar jetisu',
        'kazakh→dzungar tashkent',
        'kazakh→dzungar sayram',
        'null→dzungar baraba',
      ]),
    );
    // The same land as the 1684 transfers, the war's one change of the map.
    const yearly = data.byYear[1684]!.transfers;
    expect(war.transfers.reduce((s, t) => s + t.km2, 0)).toBeCloseTo(
      yearly.reduce((s, t) => s + t.km2, 0),
      -3,
    );
    // The hatched land is the Dzungars' gain.
    const hatched = new Set(war.changed.features.map((f) => f.properties.polity));
    expect([...hatched]).toEqual(['dzungar']);
  });

  it('reads the same either way round, and finds no change between years with one map', () => {
    expect(compareYears(data, data.comparisons, 1685, 1680)).toEqual(
      compareYears(data, data.comparisons, 1680, 1685),
    );
    const none = compareYears(data, data.comparisons, 1681, 1683);
    expect(none.transfers).toEqual([]);
    expect(none.changed.features).toEqual([]);
    expect(none.changes.every((c) => c.gainedKm2 === 0 && c.lostKm2 === 0)).toBe(true);
  });

  it('nets out land that went and came back: Bukhara between 1685 and 1697', () => {
    // Galdan took the Bukharan cities in 1686 and Bukhara had them back in 1687 (per the data).
    const across = compareYears(data, data.comparisons, 1685, 1697);
    const yearByYear = [1686, 1687].flatMap((y) => data.byYear[y]!.transfers);
    const bukharaBack = (ts: typeof yearByYear) =>
      ts.filter((t) => t.to === 'bukhara' || t.from === 'bukhara');
    expect(bukharaBack(yearByYear).length).toBeGreaterThan(0);
    expect(bukharaBack(across.transfers)).toEqual([]);
  });
});
