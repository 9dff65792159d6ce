/** Each polity's territory area year by year, for the chart under the timeline. */
import { BELLIGERENTS, type AtlasData, type Transfer } from './atlasData.ts';

export interface TerritorySeries {
  polity: string;
  /** km² held in each year from data.years.min to max (index = year - min); 0 where none. */
  areas: number[];
  /** One of the war's two sides (Dzungar, Kazakh): drawn strong, the others muted. */
  belligerent: boolean;
  /**
   * Per year: most of the land this polity gained or lost that year moved on the map's
   * reconstruction (a conjectured holder, or a year the article does not give).
   */
  reconstructed: boolean[];
}

/** More than half of a polity's land that changed hands in these transfers is reconstructed. */
function mostlyReconstructed(transfers: readonly Transfer[], polity: string): boolean {
  let all = 0;
  let reconstructed = 0;
  for (const t of transfers) {
    if (t.to !== polity && t.from !== polity) continue;
    all += t.km2;
    if (t.conjectural || t.undated) reconstructed += t.km2;
  }
  return all > 0 && reconstructed * 2 > all;
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
      reconstructed: records.map((record) => mostlyReconstructed(record?.transfers ?? [], id)),
    }))
    .filter((series) => series.areas.some((a) => a > 0));
}
