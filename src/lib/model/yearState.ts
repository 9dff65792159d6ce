/**
 * The public per-year state (DESIGN.md's YearState), assembled from precomputed AtlasData.
 * Pure lookups: no turf, no DOM, so every year is instant.
 */
import type { AtlasData } from './atlasData.ts';
import { clampYear } from './timeline.ts';
import type { YearState } from './types.ts';

/**
 * @example stateAt(data, 1684).control.sayram // 'dzungar'
 */
export function stateAt(data: AtlasData, year: number): YearState {
  const y = clampYear(Math.round(year), data.years);
  const record = data.byYear[y]!;
  const territories: YearState['territories'] = {};
  for (const [polity, index] of Object.entries(record.territories)) {
    const shape = data.shapes[index]!;
    territories[polity] = {
      areaKm2: shape.areaKm2,
      geometry: shape.geometry,
      edges: { ...shape.edges },
      uncertainShare: shape.uncertainShare,
    };
  }
  return {
    year: y,
    control: { ...record.control },
    territories,
    changes: record.changes.map((c) => ({ ...c })),
    events: data.events
      .filter((e) => e.year === y)
      .map(({ id, year, places, title, text, source }) => ({ id, year, places, title, text, source })),
    routes: data.routes.features
      .filter((r) => r.properties.year === y)
      .map((r) => ({
        id: r.properties.id,
        year: r.properties.year,
        commander: r.properties.commander,
        lengthKm: r.properties.lengthKm,
        certainty: r.properties.certainty,
        geometry: r.geometry,
      })),
  };
}

/** Whether who holds `id` in `year` is a conjecture of the atlas (no dated event says it). */
export function holderConjectural(data: AtlasData, year: number, id: string): boolean {
  return data.byYear[clampYear(Math.round(year), data.years)]!.conjectural.includes(id);
}
