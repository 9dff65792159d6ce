/**
 * Builds the atlas once, at build time: validated history + basemap → every year's state.
 * The page loads the result (AtlasData) and never runs turf.
 */
import {
  area,
  bbox,
  booleanPointInPolygon,
  centerOfMass,
  flatten,
  length,
  pointOnFeature,
  truncate,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import {
  edgeClassifier,
  edgeLengths,
  edgePieces,
  longUncertainSegments,
  piecesAsLines,
  ringsOf,
  type EdgeClassifier,
} from './edges.ts';
import {
  areaKm2,
  holderOf,
  overlap,
  prepareOutline,
  riverLine,
  subtract,
  territoryAt,
  type Area,
  type TerritoryInputs,
} from './territory.ts';
import { DataError, FIRST_YEAR, HISTORY_FILES, LAST_YEAR, type DataProblem } from './validate.ts';
import type {
  AreaChange,
  Basemap,
  EdgeKind,
  EdgeLengths,
  HistoryEvent,
  HistorySource,
  PlaceProps,
  Polity,
  RegionProps,
  RouteProps,
  Territory,
} from './types.ts';

export interface ChangedAreaProps {
  /** The polity that gained the area this year. */
  polity: string;
  /** The polity that lost it, if any. */
  from: string | null;
}

export interface YearRecord {
  /** Polity id → index into AtlasData.shapes. */
  territories: Record<string, number>;
  control: Record<string, string>;
  changes: AreaChange[];
  /** Land that changed hands this year, for highlighting. */
  changed: FeatureCollection<Polygon | MultiPolygon, ChangedAreaProps>;
}

/** What a border rests on: kilometres of each kind, and the uncertain share (0–1). */
export interface BorderBasis {
  edges: EdgeLengths;
  uncertainShare: number;
}
export type RegionShapeProps = RegionProps &
  BorderBasis & { areaKm2: number; bbox: number[]; label: [number, number] };
/** A territory's outline in pieces by kind, drawn crisp (shore, river, crest) or soft (uncertain). */
export type TerritoryOutline = FeatureCollection<LineString | MultiLineString, { edge: EdgeKind }>;
export type RouteData = Feature<LineString, RouteProps & { lengthKm: number }>;

/** Everything the page needs, precomputed; plain JSON. */
export interface AtlasData {
  years: { min: number; max: number };
  war: { start: number; end: number };
  openingYear: number;
  polities: Polity[];
  places: FeatureCollection<Point, PlaceProps>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionShapeProps>;
  /** Distinct territory shapes; years point into this list so unchanged shapes are stored once. */
  shapes: (Territory & { label: [number, number]; outline: TerritoryOutline })[];
  byYear: Record<string, YearRecord>;
  events: HistoryEvent[];
  routes: FeatureCollection<LineString, RouteProps & { lengthKm: number }>;
  /** The basemap as drawn; the crests only shape borders at build time and stay out of the page. */
  basemap: Omit<Basemap, 'crests'>;
  /** Where the names of lakes and seas go, one point each. */
  waterLabels: FeatureCollection<Point, { name: string; kind: 'lake' | 'sea' }>;
}

export const WAR = { start: 1681, end: 1684 };
/** The two sides of the war, drawn stronger than the other powers (the chart, the snapshot). */
export const BELLIGERENTS: readonly string[] = ['dzungar', 'kazakh'];

/** The longest straight edge (km) an outline may have where it follows no shore, river or crest. */
export const MAX_UNCERTAIN_SEGMENT_KM = 150;

/** Areas smaller than this (km²) are slivers from cuts and rounding, not a change of hands. */
const SLIVER_KM2 = 50;

/**
 * Computes every year from FIRST_YEAR to LAST_YEAR. Throws DataError when an outline cannot be
 * built, when territories overlap, or when a dated event disagrees with the territory map.
 */
export function buildAtlas(history: HistorySource, basemap: Basemap): AtlasData {
  const problems: DataProblem[] = [];
  const water = basemap.water.features as Area[];

  const classifier = naturalLines(history, basemap);
  const prepare = (
    file: string,
    f: Feature<Polygon, { id: string; cutBy?: RegionProps['cutBy']; follows?: RegionProps['follows'] }>,
  ) => {
    const { cutBy, follows } = f.properties;
    let shape: Area;
    try {
      shape = prepareOutline(f, cutBy, water, basemap.rivers, follows, basemap.crests);
    } catch (e) {
      problems.push({
        file,
        feature: f.properties.id,
        field: follows ? 'follows' : cutBy ? 'cutBy' : 'geometry',
        message: (e as Error).message,
      });
      return null;
    }
    // No ruler lines: a long straight edge must rest on a shore, a river or a crest.
    for (const s of longUncertainSegments(shape.geometry, classifier, MAX_UNCERTAIN_SEGMENT_KM)) {
      const at = (p: number[]) => `${p[0]!.toFixed(2)}, ${p[1]!.toFixed(2)}`;
      problems.push({
        file,
        feature: f.properties.id,
        field: 'geometry',
        message: `a straight edge of ${Math.round(s.km)} km from ${at(s.from)} to ${at(s.to)} follows no shore, river or crest: draw it along the land (points at most ${MAX_UNCERTAIN_SEGMENT_KM} km apart) or make it follow a river or crest`,
      });
    }
    return shape;
  };

  const regions = new Map<string, Area>();
  for (const f of history.regions.features) {
    const shape = prepare(HISTORY_FILES.regions, f);
    if (shape) regions.set(f.properties.id, shape);
  }
  const extents: TerritoryInputs['extents'] = [];
  for (const f of history.extents.features) {
    const shape = prepare(HISTORY_FILES.extents, f);
    if (shape)
      extents.push({ polity: f.properties.polity, start: f.properties.start, end: f.properties.end, shape });
    // An extent a holding names passes whole to the holder for the holding's years (the Khalkha's
    // submission to the Qing): it is held like a region.
    if (shape && history.holdings.some((h) => h.region === f.properties.id))
      regions.set(f.properties.id, shape);
  }
  if (problems.length) throw new DataError(problems);

  const inputs: TerritoryInputs = { extents, regions, holdings: history.holdings };
  const polityIds = history.polities.map((p) => p.id);
  const shapes: AtlasData['shapes'] = [];
  const shapeIndex = new Map<string, number>();
  const byYear: Record<string, YearRecord> = {};
  let previous: Map<string, Area | null> | null = null;

  // Years with the same extents and holdings in force share their territories.
  const cache = new Map<string, Map<string, Area | null>>();
  const majorityCache = new Map<string, Map<string, string>>();
  const configuration = (year: number) =>
    JSON.stringify([
      extents.map((e) => (e.start ?? -Infinity) <= year && (e.end ?? Infinity) >= year),
      [...regions.keys()].map((r) => holderOf(r, year, history.holdings)),
    ]);

  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const key = configuration(year);
    let lands = cache.get(key);
    if (!lands) {
      lands = new Map(polityIds.map((p) => [p, territoryAt(p, year, inputs)]));
      checkOverlaps(year, lands, problems);
      cache.set(key, lands);
    }

    const territories: Record<string, number> = {};
    for (const [polity, shape] of lands) {
      if (!shape) continue;
      const json = JSON.stringify(shape.geometry);
      let index = shapeIndex.get(json);
      if (index === undefined) {
        index = shapes.length;
        const pieces = edgePieces(shape.geometry, classifier);
        shapes.push({
          areaKm2: Math.round(areaKm2(shape)),
          geometry: shape.geometry,
          ...edgeLengths(pieces),
          label: labelPoint(shape),
          outline: {
            type: 'FeatureCollection',
            features: piecesAsLines(pieces).map(({ kind, geometry }) => ({
              type: 'Feature',
              properties: { edge: kind },
              geometry,
            })),
          },
        });
        shapeIndex.set(json, index);
      }
      territories[polity] = index;
    }

    const { changes, changed } = previous === lands ? unchanged(lands) : changesSince(previous, lands);
    let majority = majorityCache.get(key);
    if (!majority) majorityCache.set(key, (majority = regionMajority(lands, regions, history)));
    const control = controlIn(year, history, lands, majority, problems);
    byYear[year] = { territories, control, changes, changed };
    previous = lands;
  }
  if (problems.length) throw new DataError(problems);

  const labelled = history.regions.features.filter((f) => regions.has(f.properties.id));
  return {
    years: { min: FIRST_YEAR, max: LAST_YEAR },
    war: WAR,
    openingYear: WAR.start,
    polities: history.polities,
    places: history.places,
    regions: {
      type: 'FeatureCollection',
      features: labelled.map((f) => {
        const shape = truncate(regions.get(f.properties.id)!, { precision: 3 });
        return {
          type: 'Feature',
          properties: {
            ...f.properties,
            areaKm2: Math.round(areaKm2(shape)),
            ...edgeLengths(edgePieces(shape.geometry, classifier)),
            bbox: bbox(shape),
            label: labelPoint(shape),
          },
          geometry: shape.geometry,
        };
      }),
    },
    shapes,
    byYear,
    events: history.events,
    routes: {
      type: 'FeatureCollection',
      features: history.routes.features.map((f) => ({
        ...f,
        properties: { ...f.properties, lengthKm: Math.round(length(f, { units: 'kilometers' })) },
      })),
    },
    basemap: { water: basemap.water, rivers: basemap.rivers, ranges: basemap.ranges },
    waterLabels: {
      type: 'FeatureCollection',
      features: basemap.water.features
        .filter((f) => f.properties.name)
        .map((f) => ({
          type: 'Feature',
          properties: { name: f.properties.name!, kind: f.properties.kind },
          geometry: { type: 'Point', coordinates: labelPoint(f as Area) },
        })),
    },
  };
}

/**
 * The lines borders may rest on: every shore, the rivers the data cuts or follows (stitched as the
 * cuts use them), and every traced crest.
 */
function naturalLines(history: HistorySource, basemap: Basemap): EdgeClassifier {
  const named = new Set<string>();
  for (const f of [...history.regions.features, ...history.extents.features]) {
    for (const c of f.properties.cutBy ?? []) named.add(c.river);
    for (const e of f.properties.follows ?? []) if (e.river) named.add(e.river);
  }
  const rivers = [...named].flatMap((river) => {
    try {
      const line = riverLine(river, basemap.rivers);
      return line ? [line.coordinates] : [];
    } catch {
      return []; // an unknown or broken river is reported where it is used
    }
  });
  return edgeClassifier({
    shores: basemap.water.features.flatMap((f) => ringsOf(f.geometry)),
    rivers,
    crests: basemap.crests.features.map((f) => f.geometry.coordinates),
  });
}

/** Where a territory's name goes: the middle of its largest piece, inside it. */
export function labelPoint(shape: Area): [number, number] {
  const largest = flatten(shape).features.reduce((a, b) => (area(b) > area(a) ? b : a));
  const middle = centerOfMass(largest);
  const inside = booleanPointInPolygon(middle, largest) ? middle : pointOnFeature(largest);
  const [lon, lat] = inside.geometry.coordinates as [number, number];
  return [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000];
}

/** Territories of two polities must not overlap by more than slivers. */
function checkOverlaps(year: number, lands: Map<string, Area | null>, problems: DataProblem[]) {
  const entries = [...lands].filter(([, s]) => s);
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [a, sa] = entries[i]!;
      const [b, sb] = entries[j]!;
      const shared = areaKm2(overlap(sa, sb));
      if (shared > SLIVER_KM2)
        problems.push({
          file: HISTORY_FILES.extents,
          feature: `${a} / ${b}`,
          field: 'geometry',
          message: `in ${year} the territories of ${a} and ${b} overlap by ${Math.round(shared)} km²`,
        });
    }
}

/** Gains and losses of each polity against the year before, and the land that moved. */
export function changesSince(
  previous: Map<string, Area | null> | null,
  current: Map<string, Area | null>,
): { changes: AreaChange[]; changed: YearRecord['changed'] } {
  const changes: AreaChange[] = [];
  const changed: YearRecord['changed'] = { type: 'FeatureCollection', features: [] };
  for (const [polity, now] of current) {
    const before = previous?.get(polity) ?? null;
    if (!previous || before === now) {
      changes.push({ polity, gainedKm2: 0, lostKm2: 0 });
      continue;
    }
    const gained = subtract(now, before);
    const lost = subtract(before, now);
    const gainedKm2 = areaKm2(gained);
    const lostKm2 = areaKm2(lost);
    changes.push({
      polity,
      gainedKm2: gainedKm2 > SLIVER_KM2 ? Math.round(gainedKm2) : 0,
      lostKm2: lostKm2 > SLIVER_KM2 ? Math.round(lostKm2) : 0,
    });
    if (gained && gainedKm2 > SLIVER_KM2) {
      let from: string | null = null;
      for (const [other, was] of previous)
        if (other !== polity && areaKm2(overlap(gained, was)) > SLIVER_KM2) from = other;
      changed.features.push({
        type: 'Feature',
        properties: { polity, from },
        geometry: (truncate(gained, { precision: 3 }) as Area).geometry,
      });
    }
  }
  return { changes, changed };
}

/**
 * Who holds each place and region at the end of a year. Dated events (sieges, surrenders,
 * revolts) decide for the places they name; the territory map decides elsewhere. The two must
 * agree: a disagreement is a data error naming the event.
 */
function controlIn(
  year: number,
  history: HistorySource,
  lands: Map<string, Area | null>,
  majority: Map<string, string>,
  problems: DataProblem[],
): Record<string, string> {
  const control: Record<string, string> = {};
  for (const place of history.places.features) {
    const id = place.properties.id;
    const onMap = [...lands].find(([, shape]) => shape && booleanPointInPolygon(place, shape))?.[0];
    const dated = lastControlEvent(id, year, history.events);
    if (dated && place.properties.tracked && dated.control![id] !== onMap) {
      problems.push({
        file: HISTORY_FILES.events,
        feature: dated.id,
        field: `control.${id}`,
        message: `in ${year} the events leave ${id} with ${dated.control![id]}, but the territory map gives it to ${onMap ?? 'nobody'} (check holdings.json)`,
      });
    }
    const holder = dated ? dated.control![id] : onMap;
    if (holder) control[id] = holder;
  }
  for (const region of history.regions.features) {
    const id = region.properties.id;
    if (!region.properties.labelled) continue;
    const holder = holderOf(id, year, history.holdings) ?? majority.get(id);
    if (holder) control[id] = holder;
  }
  return control;
}

/** For regions no holding covers: the polity holding at least half of each, if any. */
function regionMajority(
  lands: Map<string, Area | null>,
  regions: Map<string, Area>,
  history: HistorySource,
): Map<string, string> {
  const majority = new Map<string, string>();
  for (const [id, shape] of regions) {
    if (history.holdings.some((h) => h.region === id)) continue;
    const total = areaKm2(shape);
    for (const [polity, land] of lands)
      if (areaKm2(overlap(shape, land)) >= total / 2) majority.set(id, polity);
  }
  return majority;
}

/** The changes of a year in which no land moved. */
function unchanged(lands: Map<string, Area | null>): ReturnType<typeof changesSince> {
  return {
    changes: [...lands.keys()].map((polity) => ({ polity, gainedKm2: 0, lostKm2: 0 })),
    changed: { type: 'FeatureCollection', features: [] },
  };
}

/** The last event up to `year` that says who holds `place`. */
export function lastControlEvent(place: string, year: number, events: HistoryEvent[]): HistoryEvent | null {
  let last: HistoryEvent | null = null;
  for (const e of events) if (e.year <= year && e.control && place in e.control) last = e;
  return last;
}
