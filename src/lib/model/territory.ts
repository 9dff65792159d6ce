/**
 * Territory geometry with turf: region and extent outlines cut along real rivers and lake
 * shores, and each polity's lands in a given year from its extents and dated holdings.
 * Runs at build time (geo/build); the page only reads the results.
 */
import {
  area,
  bbox,
  bearing,
  booleanPointInPolygon,
  buffer,
  destination,
  distance,
  difference,
  feature,
  featureCollection,
  flatten,
  intersect,
  kinks,
  nearestPointOnLine,
  length,
  lineString,
  point,
  truncate,
  union,
  unkinkPolygon,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { EdgeFollow, Holding, RiverCut } from './types.ts';

export type Area = Feature<Polygon | MultiPolygon>;

/** Half the width of the cut made along a river: invisible at atlas zooms, but it splits. */
const RIVER_CUT_KM = 0.5;

/** Square kilometres of a (multi)polygon. */
export function areaKm2(shape: Area | null): number {
  return shape ? area(shape) / 1e6 : 0;
}

/** Union of any number of areas, or null for none. */
export function unionAll(shapes: Area[]): Area | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0]!;
  return union(featureCollection(shapes)) as Area | null;
}

/** Whether two areas' bounding boxes meet: a cheap test before exact clipping. */
function boxesMeet(a: Area, b: Area): boolean {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  return aw <= be && bw <= ae && as <= bn && bs <= an;
}

/** `shape` minus `cut` (null when nothing is left). */
export function subtract(shape: Area | null, cut: Area | null): Area | null {
  if (!shape) return null;
  if (!cut || !boxesMeet(shape, cut)) return shape;
  return difference(featureCollection([shape, cut])) as Area | null;
}

/** Overlap of two areas, or null. */
export function overlap(a: Area | null, b: Area | null): Area | null {
  if (!a || !b || !boxesMeet(a, b)) return null;
  return intersect(featureCollection([a, b])) as Area | null;
}

/** Largest gap in the survey data (km) that stitching a river may bridge with a straight line. */
const MAX_RIVER_GAP_KM = 60;
/** River pieces shorter than this (km) are side channels and stubs, left out of a stitched river. */
const MIN_REACH_KM = 50;
/** How far a stitched river is carried on past each end (into a lake, across an outline edge). */
const RIVER_END_KM = 15;

/**
 * Joins the pieces of one river into a single line. WDBII cuts rivers at its bins and leaves
 * gaps where a reach is not recognised (or ran into a modern reservoir); the nearest ends of the
 * main reaches are joined until one line is left, and both ends are carried on a little so that
 * the line reaches the lake it flows into. Throws when reaches are too far apart to be one river.
 *
 * @example stitchRiver([[[0,0],[1,0]], [[1.01,0],[2,0]]]).coordinates.length // 6
 */
export function stitchRiver(pieces: Position[][], name = 'river'): LineString {
  const usable = pieces.filter((p) => p.length >= 2 && distance(p[0]!, p[p.length - 1]!) > 0);
  const reaches = usable.filter((p) => length(lineString(p)) >= MIN_REACH_KM);
  let chains = (reaches.length ? reaches : usable).map((p) => [...p]);
  if (chains.length === 0) throw new Error(`the ${name} has no usable line`);
  while (chains.length > 1) {
    let best = { gap: Infinity, i: 0, j: 1, flipI: false, flipJ: false };
    for (let i = 0; i < chains.length; i++)
      for (let j = i + 1; j < chains.length; j++)
        for (const flipI of [false, true])
          for (const flipJ of [false, true]) {
            const a = chains[i]!;
            const b = chains[j]!;
            const end = flipI ? a[0]! : a[a.length - 1]!;
            const start = flipJ ? b[b.length - 1]! : b[0]!;
            const gap = distance(end, start);
            if (gap < best.gap) best = { gap, i, j, flipI, flipJ };
          }
    if (best.gap > MAX_RIVER_GAP_KM)
      throw new Error(
        `the ${name} has pieces ${Math.round(best.gap)} km apart: more than a gap in the survey`,
      );
    const a = best.flipI ? [...chains[best.i]!].reverse() : chains[best.i]!;
    const b = best.flipJ ? [...chains[best.j]!].reverse() : chains[best.j]!;
    chains = chains.filter((_, k) => k !== best.i && k !== best.j);
    chains.push([...a, ...b]);
  }
  const line = chains[0]!;
  const extend = (from: Position, to: Position): Position =>
    destination(to, RIVER_END_KM, bearing(from, to), { units: 'kilometers' }).geometry.coordinates;
  const n = line.length;
  return {
    type: 'LineString',
    coordinates: [extend(line[1]!, line[0]!), ...line, extend(line[n - 2]!, line[n - 1]!)],
  };
}

/**
 * Cuts an outline along a river and keeps the side holding `cut.keep`, so a border drawn
 * roughly across a river follows the river's real line.
 * Throws when the river is unknown or does not split the outline.
 */
export function cutAlongRiver(
  shape: Area,
  cut: RiverCut,
  rivers: FeatureCollection<LineString, { name: string | null }>,
): Area {
  const river = riverLine(cut.river, rivers);
  if (!river) throw new Error(`unknown river "${cut.river}"`);
  const corridor = buffer(feature(river), RIVER_CUT_KM, { units: 'kilometers' }) as Area;
  const rest = subtract(shape, corridor);
  if (!rest) throw new Error(`the river "${cut.river}" covers the whole outline`);
  const parts = flatten(rest).features;
  if (parts.length < 2) throw new Error(`the river "${cut.river}" does not split the outline`);
  const keep = point(cut.keep);
  const kept = parts.filter((part) => booleanPointInPolygon(keep, part));
  if (kept.length === 0)
    throw new Error(`the keep point of the "${cut.river}" cut lies in none of the pieces`);
  return unionAll(kept)!;
}

/** How far (km) an edge's end may lie from the line it follows: farther is an authoring slip. */
const MAX_FOLLOW_GAP_KM = 25;

/** The stretch of `line` between the points nearest `from` and `to`, running from → to. */
function stretchOf(line: LineString, from: Position, to: Position, name: string): Position[] {
  const near = (p: Position) => {
    const hit = nearestPointOnLine(line, p, { units: 'kilometers' });
    const gap = hit.properties.dist ?? Infinity;
    if (gap > MAX_FOLLOW_GAP_KM)
      throw new Error(`the point ${p.join(', ')} lies ${Math.round(gap)} km from the ${name}, not on it`);
    return { at: hit.geometry.coordinates, index: hit.properties.index ?? 0 };
  };
  const a = near(from);
  const b = near(to);
  const coords = line.coordinates;
  const stretch =
    a.index <= b.index
      ? [a.at, ...coords.slice(a.index + 1, b.index + 1), b.at]
      : [a.at, ...coords.slice(b.index + 1, a.index + 1).reverse(), b.at];
  // The nearest point is often a vertex of the line itself: no point twice in a row.
  return stretch.filter((p, k) => k === 0 || p[0] !== stretch[k - 1]![0] || p[1] !== stretch[k - 1]![1]);
}

/**
 * Redraws straight edges of an outline along the lines they follow: each `from`–`to` pair must be
 * two neighbouring vertices of the outer ring, and the stretch of the line between them is put
 * in their place. Throws when a vertex is missing, the line is unknown or the result crosses itself.
 */
export function followEdges(
  outline: Polygon,
  follows: EdgeFollow[],
  lineOf: (edge: EdgeFollow) => LineString | null,
): Polygon {
  const ring = outline.coordinates[0]!.slice(0, -1);
  const same = (p: Position, q: Position) => Math.abs(p[0]! - q[0]!) < 1e-9 && Math.abs(p[1]! - q[1]!) < 1e-9;
  for (const edge of follows) {
    const name = edge.crest ? `crest "${edge.crest}"` : `river "${edge.river}"`;
    const line = lineOf(edge);
    if (!line) throw new Error(`unknown ${name}`);
    const i = ring.findIndex((p) => same(p, edge.from));
    const j = ring.findIndex((p) => same(p, edge.to));
    if (i < 0 || j < 0)
      throw new Error(
        `the edge along the ${name} starts or ends at a point that is not a vertex of the outline`,
      );
    const n = ring.length;
    const forward = (i + 1) % n === j;
    if (!forward && (j + 1) % n !== i)
      throw new Error(`the edge along the ${name} joins two vertices that are not neighbours`);
    // Insert between the two neighbours, in ring order.
    const stretch = stretchOf(line, edge.from, edge.to, name);
    if (forward) ring.splice(i + 1, 0, ...stretch);
    else ring.splice(j + 1, 0, ...stretch.reverse());
  }
  // Two followed lines meeting at one vertex may each end on, or run back over, the same points:
  // cut out every short loop back to a point already on the ring (a spike is such a loop).
  const tidy: Position[] = [];
  const seen = new Map<string, number>();
  for (const p of ring) {
    const key = `${p[0]},${p[1]}`;
    const at = seen.get(key);
    if (at !== undefined && tidy.length - at < ring.length / 2) {
      for (const q of tidy.splice(at + 1)) seen.delete(`${q[0]},${q[1]}`);
      continue;
    }
    seen.set(key, tidy.length);
    tidy.push(p);
  }
  while (tidy.length > 3 && same(tidy[0]!, tidy[tidy.length - 1]!)) tidy.pop();
  const polygon: Polygon = {
    type: 'Polygon',
    coordinates: [[...tidy, tidy[0]!], ...outline.coordinates.slice(1)],
  };
  if (!kinks(polygon).features.length) return polygon;
  // Where a line meets the authored vertex it may loop once, a few hundred metres across: keep the
  // main piece. Anything bigger is a line that wanders across the outline, an authoring error.
  const pieces = unkinkPolygon(polygon).features.map((f) => ({ geometry: f.geometry, km2: area(f) / 1e6 }));
  const main = pieces.reduce((a, b) => (b.km2 > a.km2 ? b : a));
  const lost = pieces.reduce((sum, p) => sum + p.km2, 0) - main.km2;
  if (lost > MAX_LOOP_KM2)
    throw new Error(
      `the outline crosses itself once its edges follow their crests and rivers (${Math.round(lost)} km² cut off)`,
    );
  return main.geometry;
}

/** Largest loop (km²) that tidying where a followed line meets its vertex may cut off. */
const MAX_LOOP_KM2 = 50;

/** The lines an outline's edges may follow: traced crests and (stitched) named rivers. */
export interface FollowLines {
  crests: FeatureCollection<LineString, { name: string }>;
  rivers: FeatureCollection<LineString, { name: string | null }>;
}

/** The line an edge follows, or null when no crest or river has that name. */
export function followedLine(edge: EdgeFollow, lines: FollowLines): LineString | null {
  if (edge.crest)
    return lines.crests.features.find((f) => f.properties.name === edge.crest)?.geometry ?? null;
  return riverLine(edge.river ?? '', lines.rivers);
}

/** A named river as one stitched line (stitchRiver), or null when no river has that name. */
export function riverLine(
  name: string,
  rivers: FeatureCollection<LineString, { name: string | null }>,
): LineString | null {
  const pieces = rivers.features.filter((f) => f.properties.name === name);
  return pieces.length
    ? stitchRiver(
        pieces.map((p) => p.geometry.coordinates),
        name,
      )
    : null;
}

/**
 * Prepares an authored outline for the model: edges redrawn along their crests and rivers, cut
 * along its rivers, with water removed, so borders on a lake shore, a river or a crest follow the
 * real geometry.
 */
export function prepareOutline(
  outline: Feature<Polygon>,
  cuts: RiverCut[] | undefined,
  water: Area[],
  rivers: FeatureCollection<LineString, { name: string | null }>,
  follows: EdgeFollow[] = [],
  crests: FeatureCollection<LineString, { name: string }> = { type: 'FeatureCollection', features: [] },
): Area {
  const drawn = follows.length
    ? followEdges(outline.geometry, follows, (edge) => followedLine(edge, { crests, rivers }))
    : outline.geometry;
  // Water first: a river that ends in a lake then splits the outline together with the lake.
  let shape: Area | null = feature(drawn);
  for (const body of water) shape = subtract(shape, body);
  if (!shape) throw new Error('the outline lies entirely under water');
  for (const cut of cuts ?? []) shape = cutAlongRiver(shape, cut, rivers);
  return shape;
}

/**
 * Who holds a region in a year: the holding in force with the latest start wins.
 *
 * @example holderOf('jetisu', 1684, holdings) // 'dzungar'
 */
export function holderOf(region: string, year: number, holdings: Holding[]): string | null {
  return holdingIn(region, year, holdings)?.polity ?? null;
}

/** The holding in force for a region in a year: the latest begun of those covering it. */
export function holdingIn(region: string, year: number, holdings: Holding[]): Holding | null {
  let best: Holding | null = null;
  for (const h of holdings) {
    if (h.region !== region || h.start > year || (h.end !== undefined && h.end < year)) continue;
    if (!best || h.start >= best.start) best = h;
  }
  return best;
}

export interface TerritoryInputs {
  /** Prepared extents with the polity and years each applies to. */
  extents: { polity: string; start?: number; end?: number; shape: Area }[];
  /** Prepared regions by id. */
  regions: Map<string, Area>;
  holdings: Holding[];
}

/**
 * A polity's territory in a year: its extents in force, plus the regions it holds, minus the
 * regions others hold. Null when it holds nothing in the theatre.
 */
export function territoryAt(polity: string, year: number, inputs: TerritoryInputs): Area | null {
  const inForce = (e: { start?: number; end?: number }) =>
    (e.start === undefined || e.start <= year) && (e.end === undefined || e.end >= year);
  const own: Area[] = inputs.extents.filter((e) => e.polity === polity && inForce(e)).map((e) => e.shape);
  const others: Area[] = [];
  for (const [id, shape] of inputs.regions) {
    const holder = holderOf(id, year, inputs.holdings);
    if (holder === polity) own.push(shape);
    else if (holder) others.push(shape);
  }
  const shape = subtract(unionAll(own), unionAll(others));
  return shape ? (truncate(shape, { precision: 3, mutate: true }) as Area) : null;
}
