/**
 * Camera decisions: bring into view what the reader asked for, but never move a map that shows
 * it. "In view" is in the part of the map no card covers (covers.ts). Plain functions over a
 * projection; Camera.svelte applies them.
 */
import type { FitBoundsOptions } from 'maplibre-gl';
import { inside, leaveRoom, padded, type Padding, type Rect } from './covers.ts';
import type { PlaceInfo } from '../model/places.ts';
import { lineBounds } from './routes.ts';
import type { YearRoutes } from './features.ts';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

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

/** Room (px) a fit leaves between what it frames and the covers or the map's edge. */
export const FIT_MARGIN = 40;

/** How the camera flies to a box: into what the covers leave, with room round it. */
export const fitOptions = (
  reducedMotion: boolean,
  map: { width: number; height: number },
  padding: Padding,
): FitBoundsOptions => ({
  padding: leaveRoom(map.width, map.height, padded(padding, FIT_MARGIN)),
  maxZoom: 6,
  duration: reducedMotion ? 0 : 900,
});

/** The map as the camera's decisions see it: where a point falls, and what nothing covers. */
export interface View {
  /** Longitude/latitude to CSS px from the map's top left corner. */
  project: (lngLat: [number, number]) => { x: number; y: number };
  /** The part of the map no card or sheet covers (covers.ts). */
  area: Rect;
}

/**
 * Half the size (px) of the box a town's name may take around its dot: names sit beside the
 * dot, either side (features.ts: text-variable-anchor), so the box reaches both ways.
 */
export const NAME_BOX = { x: 80, y: 20 };

const screenBox = (view: View, [w, s, e, n]: Box): Rect => {
  const a = view.project([w, n]);
  const b = view.project([e, s]);
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
};
const overlapping = (a: Rect, b: Rect) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Whether the reader sees a place: a town with room for its name, a region whole, uncovered. */
export function placeShown(view: View, info: PlaceInfo): boolean {
  if (info.bbox) return inside(screenBox(view, info.bbox), view.area);
  const p = view.project(info.center);
  return inside(
    { left: p.x - NAME_BOX.x, right: p.x + NAME_BOX.x, top: p.y - NAME_BOX.y, bottom: p.y + NAME_BOX.y },
    view.area,
  );
}

/** The box to fit for a chosen place (a town gets a few degrees around it), or null when it is shown. */
export function placeTarget(view: View, info: PlaceInfo): Box | null {
  if (placeShown(view, info)) return null;
  const [lon, lat] = info.center;
  return info.bbox ?? [lon - 1.5, lat - 1, lon + 1.5, lat + 1];
}

/**
 * When none of the year's marches shows in the uncovered map (Galdan in Mongolia, say), the box
 * around them all to follow them; null when one shows there, or when that box does already.
 */
export function marchesTarget(view: View, routes: YearRoutes): Box | null {
  const boxes = routes.map((r) => lineBounds(r.geometry.coordinates));
  if (boxes.length === 0 || boxes.some((box) => overlapping(screenBox(view, box), view.area))) return null;
  const all: Box = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  return inside(screenBox(view, all), view.area) ? null : all;
}
