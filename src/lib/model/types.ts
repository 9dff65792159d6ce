/**
 * The atlas's data shapes: what `geo/` holds (source data), and what the model derives from it.
 * Source → validated model → per-year state → map and panels; nothing flows back.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

export type Certainty = 'attested' | 'approximate' | 'conjectural';

/** Where the article says it: a section heading of the seed article and a short verbatim quote. */
export interface Source {
  section: 'Infobox' | 'Introduction' | 'Background' | 'Course of the War' | 'Aftermath';
  quote: string;
}

export interface Polity {
  id: string;
  name: string;
  /** Short name for map labels. */
  shortName: string;
  source: Source;
}

export interface PlaceProps {
  id: string;
  name: string;
  /** Other names and spellings (historic, Kazakh, Russian transliterations). */
  altNames: string[];
  kind: 'city' | 'site';
  certainty: Certainty;
  /** Whether the atlas tracks who holds it year by year (cities the war is fought over). */
  tracked: boolean;
  source: Source;
}
export type Place = Feature<Point, PlaceProps>;

export interface RiverCut {
  /** Name of a river in geo/basemap/rivers.geojson. */
  river: string;
  /** A point on the side of the river to keep. */
  keep: [number, number];
}

/**
 * One straight edge of an authored outline, from one of its vertices to the next, redrawn along a
 * traced crest (geo/basemap/crests.geojson) or a river: the stretch of the line nearest the two
 * vertices replaces the straight edge. Neighbours naming the same edge get the same line.
 */
export interface EdgeFollow {
  crest?: string;
  river?: string;
  from: [number, number];
  to: [number, number];
}

/** What a piece of a border rests on. */
export type EdgeKind = 'shore' | 'river' | 'crest' | 'uncertain';
/** Kilometres of outline of each kind. */
export type EdgeLengths = Record<EdgeKind, number>;

export interface RegionProps {
  id: string;
  name: string;
  altNames: string[];
  certainty: Certainty;
  /** Shown on the map as a named region (false: a district used only to build territories). */
  labelled: boolean;
  /** Rivers that bound the region: the authored outline is cut along the real river line. */
  cutBy?: RiverCut[];
  /** Edges that run along a crest or a river. */
  follows?: EdgeFollow[];
  source: Source;
  /** Why the outline is drawn where it is. */
  note: string;
}
export type Region = Feature<Polygon, RegionProps>;

export interface ExtentProps {
  id: string;
  polity: string;
  start?: number;
  end?: number;
  certainty: Certainty;
  cutBy?: RiverCut[];
  follows?: EdgeFollow[];
  source: Source;
  note: string;
}
/** A polity's core lands, before dated gains and losses are applied. */
export type Extent = Feature<Polygon, ExtentProps>;

/** A region held by a polity for a span of years (inclusive); later holdings override earlier ones. */
export interface Holding {
  id: string;
  /** A region, or an extent whose lands pass whole to the holder (a submission). */
  region: string;
  polity: string;
  start: number;
  end?: number;
  /** The event that begins the holding; omitted for the situation the atlas opens with. */
  event?: string;
  certainty: Certainty;
}

export interface RouteProps {
  id: string;
  year: number;
  /** Polity whose army marched. */
  polity: string;
  commander: string;
  /** Army size as the article gives it, or null. */
  armySize: number | null;
  /** Place ids along the way, in order (where the line is anchored). */
  via: string[];
  certainty: Certainty;
  source: Source;
  note: string;
}
export type Route = Feature<LineString, RouteProps>;

export interface HistoryEvent {
  id: string;
  year: number;
  places: string[];
  title: string;
  text: string;
  kind: 'battle' | 'siege' | 'capture' | 'surrender' | 'revolt' | 'political' | 'campaign' | 'other';
  /**
   * The article gives the event no year of its own: the atlas files it under the year the
   * article tells it with, and says so wherever a change of land rests on it.
   */
  undated?: true;
  /** Who holds a place after this event (applied in file order within a year). */
  control?: Record<string, string>;
  source: Source;
}

/** Everything authored under geo/history, as read from disk. */
export interface HistorySource {
  polities: Polity[];
  places: FeatureCollection<Point, PlaceProps>;
  regions: FeatureCollection<Polygon, RegionProps>;
  extents: FeatureCollection<Polygon, ExtentProps>;
  holdings: Holding[];
  routes: FeatureCollection<LineString, RouteProps>;
  events: HistoryEvent[];
}

export interface Basemap {
  water: FeatureCollection<Polygon | MultiPolygon, { name: string | null; kind: 'lake' | 'sea' }>;
  rivers: FeatureCollection<LineString, { name: string | null; rank: number }>;
  /** Range names, placed on each range's highest ground (geo/build/relief/ranges.ts). */
  ranges: FeatureCollection<Point, { name: string; rotate: number; highestMetres: number }>;
  /** Crest lines traced from the elevation grid (geo/build/crests.ts), by name. */
  crests: FeatureCollection<LineString, { name: string; range: string; from: string; to: string }>;
}

// ---- the public contract (DESIGN.md) ----

export interface Territory {
  areaKm2: number;
  geometry: Polygon | MultiPolygon;
  /** Kilometres of its outline along shores, rivers, crests, and drawn where no line is known. */
  edges: EdgeLengths;
  /** The uncertain part of the outline, 0–1. */
  uncertainShare: number;
}
export interface AreaChange {
  polity: string;
  gainedKm2: number;
  lostKm2: number;
}
export interface YearEvent {
  id: string;
  year: number;
  places: string[];
  title: string;
  text: string;
  source: Source;
}
export interface YearRoute {
  id: string;
  year: number;
  commander: string;
  lengthKm: number;
  certainty: Certainty;
  geometry: LineString;
}
export interface YearState {
  year: number;
  control: Record<string, string>;
  territories: Record<string, Territory>;
  changes: AreaChange[];
  events: YearEvent[];
  routes: YearRoute[];
}
