/**
 * Camera decisions: bring into view what the reader asked for, but never move a map that shows
 * it. Plain functions over the map's bounds; AtlasMap applies them.
 */
import type { FitBoundsOptions, LngLatBounds } from 'maplibre-gl';
import type { PlaceInfo } from '../model/places.ts';
import { lineBounds } from './routes.ts';
import type { YearRoutes } from './features.ts';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];
type Bounds = Pick<LngLatBounds, 'getWest' | 'getSouth' | 'getEast' | 'getNorth'>;

const contains = (b: Bounds, [w, s, e, n]: Box) =>
  w >= b.getWest() && e <= b.getEast() && s >= b.getSouth() && n <= b.getNorth();
const overlaps = (b: Bounds, [w, s, e, n]: Box) =>
  w < b.getEast() && e > b.getWest() && s < b.getNorth() && n > b.getSouth();

/**
 * The opening view: the map fits `bounds` inside its box less `padding` (the title card's band
 * on top). A narrow map (a phone, a small embed) frames the war's theatre, Turkistan to Jetisu,
 * so the three towns sit near the middle and get room for their names; a wide one shows the
 * powers around it too. The first picture (geo/build/poster.ts) is drawn in the same frames.
 */
export const OPENING = {
  wide: { bounds: [63.5, 38.5, 84.5, 48.5] as Box, padding: { top: 80, bottom: 10, left: 10, right: 10 } },
  narrow: { bounds: [63, 39.5, 80, 47.5] as Box, padding: { top: 64, bottom: 10, left: 10, right: 10 } },
};
/** Below this width (CSS px) the map is narrow. */
export const NARROW_MAP = 600;
export const openingView = (mapWidth: number) => (mapWidth < NARROW_MAP ? OPENING.narrow : OPENING.wide);

export const fitOptions = (reducedMotion: boolean): FitBoundsOptions => ({
  padding: 80,
  maxZoom: 6,
  duration: reducedMotion ? 0 : 900,
});

/** The box to fit for a chosen place (a town gets a few degrees around it), or null when it is in view. */
export function placeTarget(bounds: Bounds, info: PlaceInfo): Box | null {
  const [lon, lat] = info.center;
  const box: Box = info.bbox ?? [lon - 1.5, lat - 1, lon + 1.5, lat + 1];
  return contains(bounds, box) ? null : box;
}

/**
 * When none of the year's marches is on screen (Galdan in Mongolia, say), the box around them
 * all to follow them; null when one shows, or when that box is in view already.
 */
export function marchesTarget(bounds: Bounds, routes: YearRoutes): Box | null {
  const boxes = routes.map((r) => lineBounds(r.geometry.coordinates));
  if (boxes.length === 0 || boxes.some((box) => overlaps(bounds, box))) return null;
  const all: Box = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  return contains(bounds, all) ? null : all;
}
