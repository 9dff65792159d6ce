import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import type { AtlasData } from './atlasData.ts';
import { territorySeries, type TerritorySeries } from './territorySeries.ts';
import { stateAt } from './yearState.ts';

let data: AtlasData;
let series: TerritorySeries[];
beforeAll(() => {
  data = testAtlas();
  series = territorySeries(data);
});

const areasOf = (polity: string) => series.find((s) => s.polity === polity)!.areas;
const at = (areas: number[], year: number) => areas[year - data.years.min]!;

describe('territorySeries', () => {
  it('has one area per year of the span, for every polity that holds land', () => {
    const span = data.years.max - data.years.min + 1;
    expect(series.map((s) => s.polity)).toEqual(expect.arrayContaining(['kazakh', 'dzungar']));
    for (const s of series) expect(s.areas).toHaveLength(span);
  });

  it('shows Jetisu changing hands in 1684: the Kazakhs lose land, the Dzungars gain it', () => {
    const kazakh = areasOf('kazakh');
    const dzungar = areasOf('dzungar');
    expect(at(kazakh, 1684)).toBeLessThan(at(kazakh, 1683));
    expect(at(dzungar, 1684)).toBeGreaterThan(at(dzungar, 1683));
  });

  it('marks the two sides of the war, and only them, as belligerents', () => {
    expect(series.filter((s) => s.belligerent).map((s) => s.polity)).toEqual(['dzungar', 'kazakh']);
  });

  it('gives finite, non-negative areas, and lists only polities that hold land in some year', () => {
    for (const s of series) {
      for (const a of s.areas) {
        expect(Number.isFinite(a)).toBe(true);
        expect(a).toBeGreaterThanOrEqual(0);
      }
      expect(Math.max(...s.areas)).toBeGreaterThan(0);
    }
  });

  it('equals the areas stateAt reports, year by year (0 where a polity holds nothing)', () => {
    for (let year = data.years.min; year <= data.years.max; year++) {
      const { territories } = stateAt(data, year);
      for (const s of series) expect(at(s.areas, year)).toBe(territories[s.polity]?.areaKm2 ?? 0);
    }
  });

  it('leaves out a polity that never holds land, and reads 0 in years it holds none', () => {
    const first = String(data.years.min);
    const trimmed: AtlasData = {
      ...data,
      polities: [...data.polities, { ...data.polities[0]!, id: 'landless', name: 'Landless' }],
      byYear: { ...data.byYear, [first]: { ...data.byYear[first]!, territories: {} } },
    };
    const result = territorySeries(trimmed);
    expect(result.some((s) => s.polity === 'landless')).toBe(false);
    for (const s of result) expect(s.areas[0]).toBe(0);
  });

  it('marks the steps that rest on the map’s reconstruction: the Qing’s 1687, not the war’s 1684', () => {
    const step = (polity: string, year: number) =>
      series.find((s) => s.polity === polity)!.reconstructed[year - data.years.min];
    expect(step('qing', 1687)).toBe(true);
    expect(step('khalkha', 1687)).toBe(true);
    expect(step('dzungar', 1686)).toBe(true);
    // Jetisu, most of the 1684 change, is the article's own annexation.
    expect(step('dzungar', 1684)).toBe(false);
    expect(step('kazakh', 1684)).toBe(false);
    expect(step('kazakh', 1683)).toBe(false);
  });
});
