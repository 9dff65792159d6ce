/**
 * Territory geometry with turf: region and extent outlines cut along real rivers and lake
 * shores, and each polity's lands in a given year from its extents and dated holdings.
 * Runs at build time (geo/build); the page only reads the results.
 */
import {
  area,
  booleanPointInPolygon,
  buffer,
  difference,
  feature,
  featureCollection,
  flatten,
  intersect,
  point,
  truncate,
  union,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Holding, RiverCut } from './types.ts';

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

/** `shape` minus `cut` (null when nothing is left). */
export function subtract(shape: Area | null, cut: Area | null): Area | null {
  if (!shape) return null;
  if (!cut) return shape;
  return difference(featureCollection([shape, cut])) as Area | null;
}

/** Overlap of two areas, or null. */
export function overlap(a: Area | null, b: Area | null): Area | null {
  if (!a || !b) return null;
  return intersect(featureCollection([a, b])) as Area | null;
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
  const lines = rivers.features.filter((f) => f.properties.name === cut.river);
  if (lines.length === 0) throw new Error(`unknown river "${cut.river}"`);
  const corridor = unionAll(
    lines.map((line) => buffer(line, RIVER_CUT_KM, { units: 'kilometers' }) as Area),
  );
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

/**
 * Prepares an authored outline for the model: cut along its rivers, with water removed, so
 * borders on a lake shore or a river follow the real geometry.
 */
export function prepareOutline(
  outline: Feature<Polygon>,
  cuts: RiverCut[] | undefined,
  water: Area | null,
  rivers: FeatureCollection<LineString, { name: string | null }>,
): Area {
  let shape: Area = feature(outline.geometry);
  for (const cut of cuts ?? []) shape = cutAlongRiver(shape, cut, rivers);
  const dry = subtract(shape, water);
  if (!dry) throw new Error('the outline lies entirely under water');
  return dry;
}

/**
 * Who holds a region in a year: the holding in force with the latest start wins.
 *
 * @example holderOf('jetisu', 1684, holdings) // 'dzungar'
 */
export function holderOf(region: string, year: number, holdings: Holding[]): string | null {
  let best: Holding | null = null;
  for (const h of holdings) {
    if (h.region !== region || h.start > year || (h.end !== undefined && h.end < year)) continue;
    if (!best || h.start >= best.start) best = h;
  }
  return best ? best.polity : null;
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
