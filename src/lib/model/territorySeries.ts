/** Each polity's territory area year by year, for the chart under the timeline. */
import { BELLIGERENTS, type AtlasData } from './atlasData.ts';

export interface TerritorySeries {
  polity: string;
  /** km² held in each year from data.years.min to max (index = year - min); 0 where none. */
  areas: number[];
  /** One of the war's two sides (Dzungar, Kazakh): drawn strong, the others muted. */
  belligerent: boolean;
}

/**
 * Reads the precomputed areas (byYear → shapes), the same numbers stateAt reports; no geometry
 * is measured here. Polities in data.polities order, only those that hold land in some year.
 *
 * @example territorySeries(data).find((s) => s.polity === 'dzungar')!.areas.length // 46 (1652–1697)
 */
export function territorySeries(data: AtlasData): TerritorySeries[] {
  const { min, max } = data.years;
  const records = Array.from({ length: max - min + 1 }, (_, i) => data.byYear[min + i]);
  return data.polities
    .map(({ id }) => ({
      polity: id,
      belligerent: BELLIGERENTS.includes(id),
      areas: records.map((record) => {
        const index = record?.territories[id];
        return index === undefined ? 0 : (data.shapes[index]?.areaKm2 ?? 0);
      }),
    }))
    .filter((series) => series.areas.some((a) => a > 0));
}
