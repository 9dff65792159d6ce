/**
 * What the page loads: every year's state, computed once at build time by buildAtlas
 * (atlas.ts). Plain JSON, so only types and constants here: the page's code never reaches turf.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type {
  AreaChange,
  Basemap,
  EdgeKind,
  EdgeLengths,
  HistoryEvent,
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

/** A piece of land that changed hands in a year (changes.ts, transfersIn). */
export interface Transfer {
  /** The power that held it the year before; null for land no power held. */
  from: string | null;
  to: string;
  /** Where it lies, by an id the reader can choose: a region, or the town of a district; null for land outside them. */
  land: string | null;
  km2: number;
  /** The holding this change begins or ends is the atlas's conjecture (transferBasis). */
  conjectural?: true;
  /** It rests on an event the article gives no year of its own. */
  undated?: true;
}

export interface YearRecord {
  /** Polity id → index into AtlasData.shapes. */
  territories: Record<string, number>;
  control: Record<string, string>;
  /** The ids in `control` whose holder that year is a conjecture of the atlas (control.ts). */
  conjectural: string[];
  /**
   * The event each holder in `control` rests on, by id: the last event that names the place's
   * holder, or the event that began a region's holding. Ids with no such event are left out.
   */
  basis: Record<string, string>;
  changes: AreaChange[];
  /** Who took what from whom this year, largest first. */
  transfers: Transfer[];
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

/**
 * Two years compared (`compare`): each power's gain and loss from the earlier of them to the
 * later, what changed hands, and the land it was, hatched.
 */
export interface Comparison {
  changes: AreaChange[];
  transfers: Transfer[];
  changed: YearRecord['changed'];
}

/**
 * Every pair of years whose maps differ, compared, keyed `"<from>-<to>"` by the first year of
 * each distinct map (`stateYear`): there are few distinct maps, so few pairs. Built with the
 * atlas; the page loads it only when two years are compared (virtual:atlas-compare).
 */
export interface Comparisons {
  /** Year → the first year with the same territories (its key in `pairs`). */
  stateYear: Record<string, number>;
  pairs: Record<string, Comparison>;
}

/** The atlas as built: the page's data, and the comparisons it loads when asked. */
export type BuiltAtlas = AtlasData & { comparisons: Comparisons };

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
