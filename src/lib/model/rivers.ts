/**
 * Which rivers the first picture needs. The map draws the minor ones (rank 3: WDBII level 3,
 * see geo/SOURCES.md) only from zoom 5, closer than the atlas ever opens, so the page loads them
 * after its first picture.
 */
import type { FeatureCollection, LineString } from 'geojson';

export const DETAIL_RIVER_RANK = 3;
/** The zoom from which the minor rivers are drawn. */
export const DETAIL_RIVER_ZOOM = 5;

type Rivers = FeatureCollection<LineString, { name: string | null; rank: number }>;

/** The rivers drawn at every zoom, and the minor ones drawn from DETAIL_RIVER_ZOOM. */
export function splitRivers(rivers: Rivers): { always: Rivers; detail: Rivers } {
  const part = (keep: (rank: number) => boolean): Rivers => ({
    ...rivers,
    features: rivers.features.filter((f) => keep(f.properties.rank)),
  });
  return { always: part((r) => r < DETAIL_RIVER_RANK), detail: part((r) => r >= DETAIL_RIVER_RANK) };
}
