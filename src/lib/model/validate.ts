/**
 * Validates the authored history (geo/history) before anything is computed from it.
 * Every problem names the file, the feature id and the field, so a broken file is fixed in
 * one look instead of being found as a blank map.
 */
import { kinks, polygon as turfPolygon } from '@turf/turf';
import { articleSections, quoteInSection, SECTIONS } from './article.ts';
import type { HistorySource } from './types.ts';

export interface DataProblem {
  file: string;
  feature: string;
  field: string;
  message: string;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: feature "${p.feature}": field "${p.field}": ${p.message}`;
}

/** The file names under geo/history, keyed by what they hold. */
export const HISTORY_FILES = {
  polities: 'polities.json',
  places: 'places.geojson',
  regions: 'regions.geojson',
  extents: 'extents.geojson',
  holdings: 'holdings.json',
  routes: 'routes.geojson',
  events: 'events.json',
} as const;
export type HistoryKey = keyof typeof HISTORY_FILES;

export const FIRST_YEAR = 1652;
export const LAST_YEAR = 1697;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CERTAINTIES = ['attested', 'approximate', 'conjectural'];
const EVENT_KINDS = ['battle', 'siege', 'capture', 'surrender', 'revolt', 'political', 'campaign', 'other'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks raw, parsed JSON of every history file (and the article for quotes).
 * Returns the typed history, or throws a DataError listing every problem found.
 *
 * @example validateHistory({ polities: JSON.parse(text), ... }, articleText)
 */
export function validateHistory(raw: Record<HistoryKey, unknown>, article: string): HistorySource {
  const problems: DataProblem[] = [];
  const sections = articleSections(article);

  const ctx = (key: HistoryKey) => {
    const file = HISTORY_FILES[key];
    return (feature: string, field: string, message: string) =>
      problems.push({ file, feature, field, message });
  };

  /** Items of a JSON array file or a FeatureCollection's features, as [id, props, feature]. */
  const items = (key: HistoryKey, geojson: boolean): [string, Obj, Obj][] => {
    const report = ctx(key);
    const value = raw[key];
    let list: unknown[];
    if (geojson) {
      if (!isObj(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
        report('(file)', 'type', 'expected a GeoJSON FeatureCollection');
        return [];
      }
      list = value.features;
    } else {
      if (!Array.isArray(value)) {
        report('(file)', '(root)', 'expected a JSON array');
        return [];
      }
      list = value;
    }
    const seen = new Set<string>();
    const out: [string, Obj, Obj][] = [];
    list.forEach((item, i) => {
      const props = geojson && isObj(item) ? item.properties : item;
      if (!isObj(item) || !isObj(props)) {
        report(`#${i}`, geojson ? 'properties' : '(item)', 'expected an object');
        return;
      }
      const id = props.id;
      if (typeof id !== 'string' || !ID.test(id)) {
        report(`#${i}`, 'id', `expected a lower-case hyphenated id, got ${JSON.stringify(id)}`);
        return;
      }
      if (seen.has(id)) report(id, 'id', 'duplicate id');
      seen.add(id);
      out.push([id, props, item]);
    });
    return out;
  };

  const polities = items('polities', false);
  const places = items('places', true);
  const regions = items('regions', true);
  const extents = items('extents', true);
  const holdings = items('holdings', false);
  const routes = items('routes', true);
  const events = items('events', false);

  const polityIds = new Set(polities.map(([id]) => id));
  const placeIds = new Set(places.map(([id]) => id));
  const regionIds = new Set(regions.map(([id]) => id));
  const holdableIds = new Set([...regionIds, ...extents.map(([id]) => id)]);
  const eventIds = new Set(events.map(([id]) => id));

  const str = (report: ReturnType<typeof ctx>, id: string, o: Obj, field: string, optional = false) => {
    const v = o[field];
    if (optional && v === undefined) return;
    if (typeof v !== 'string' || v.trim() === '') report(id, field, 'expected a non-empty string');
  };
  const year = (report: ReturnType<typeof ctx>, id: string, o: Obj, field: string, optional = false) => {
    const v = o[field];
    if (optional && v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < FIRST_YEAR || v > LAST_YEAR)
      report(id, field, `expected a whole year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${JSON.stringify(v)}`);
  };
  const span = (report: ReturnType<typeof ctx>, id: string, o: Obj) => {
    if (typeof o.start === 'number' && typeof o.end === 'number' && o.end < o.start)
      report(id, 'end', `ends (${o.end}) before it starts (${o.start})`);
  };
  const certainty = (report: ReturnType<typeof ctx>, id: string, o: Obj) => {
    if (!CERTAINTIES.includes(o.certainty as string))
      report(
        id,
        'certainty',
        `expected one of ${CERTAINTIES.join(', ')}, got ${JSON.stringify(o.certainty)}`,
      );
  };
  const source = (report: ReturnType<typeof ctx>, id: string, o: Obj) => {
    const s = o.source;
    if (!isObj(s)) return report(id, 'source', 'expected { section, quote }');
    if (!SECTIONS.includes(s.section as never))
      return report(
        id,
        'source.section',
        `expected one of ${SECTIONS.join(', ')}, got ${JSON.stringify(s.section)}`,
      );
    if (typeof s.quote !== 'string' || s.quote.trim() === '')
      return report(id, 'source.quote', 'expected a quote');
    if (!quoteInSection(sections, s as never))
      report(
        id,
        'source.quote',
        `not found verbatim in the article's "${String(s.section)}" section: "${s.quote}"`,
      );
  };
  const ref = (
    report: ReturnType<typeof ctx>,
    id: string,
    field: string,
    value: unknown,
    known: Set<string>,
    what: string,
  ) => {
    if (typeof value !== 'string' || !known.has(value))
      report(id, field, `unknown ${what} ${JSON.stringify(value)}`);
  };
  const position = (v: unknown) =>
    Array.isArray(v) &&
    v.length >= 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Number.isFinite(v[0]) &&
    Number.isFinite(v[1]) &&
    Math.abs(v[0]) <= 180 &&
    Math.abs(v[1]) <= 90;
  const geometry = (
    report: ReturnType<typeof ctx>,
    id: string,
    feature: Obj,
    type: 'Point' | 'LineString' | 'Polygon',
  ) => {
    const g = feature.geometry;
    if (!isObj(g) || g.type !== type) return report(id, 'geometry.type', `expected a ${type}`);
    const c = g.coordinates;
    if (type === 'Point') {
      if (!position(c)) report(id, 'geometry.coordinates', 'expected [longitude, latitude]');
    } else if (type === 'LineString') {
      if (!Array.isArray(c) || c.length < 2 || !c.every(position))
        report(id, 'geometry.coordinates', 'expected at least two [longitude, latitude] positions');
    } else {
      if (!Array.isArray(c) || c.length === 0) return report(id, 'geometry.coordinates', 'expected rings');
      for (const ring of c) {
        if (!Array.isArray(ring) || ring.length < 4 || !ring.every(position))
          return report(id, 'geometry.coordinates', 'expected rings of at least four positions');
        const [a, b] = [ring[0] as number[], ring[ring.length - 1] as number[]];
        if (a[0] !== b[0] || a[1] !== b[1]) return report(id, 'geometry.coordinates', 'ring is not closed');
      }
      const crossings = kinks(turfPolygon(c as number[][][])).features.length;
      if (crossings > 0)
        report(id, 'geometry.coordinates', `outline crosses itself (${crossings} self-intersections)`);
    }
  };
  const cuts = (report: ReturnType<typeof ctx>, id: string, o: Obj) => {
    if (o.cutBy === undefined) return;
    if (!Array.isArray(o.cutBy)) return report(id, 'cutBy', 'expected an array of { river, keep }');
    o.cutBy.forEach((cut, i) => {
      if (!isObj(cut) || typeof cut.river !== 'string' || !position(cut.keep))
        report(id, `cutBy[${i}]`, 'expected { river: name, keep: [longitude, latitude] }');
    });
    follows(report, id, o);
  };
  const follows = (report: ReturnType<typeof ctx>, id: string, o: Obj) => {
    if (o.follows === undefined) return;
    if (!Array.isArray(o.follows))
      return report(id, 'follows', 'expected an array of { crest or river, from, to }');
    o.follows.forEach((edge, i) => {
      const named = isObj(edge) && (typeof edge.crest === 'string') !== (typeof edge.river === 'string');
      if (!named || !position(edge.from) || !position(edge.to))
        report(
          id,
          `follows[${i}]`,
          'expected { crest: name } or { river: name } with from and to: [longitude, latitude]',
        );
    });
  };

  {
    const r = ctx('polities');
    for (const [id, p] of polities) {
      str(r, id, p, 'name');
      str(r, id, p, 'shortName');
      source(r, id, p);
    }
  }
  {
    const r = ctx('places');
    for (const [id, p, f] of places) {
      str(r, id, p, 'name');
      if (!Array.isArray(p.altNames) || !p.altNames.every((n) => typeof n === 'string'))
        r(id, 'altNames', 'expected an array of strings');
      if (p.kind !== 'city' && p.kind !== 'site') r(id, 'kind', 'expected "city" or "site"');
      if (typeof p.tracked !== 'boolean') r(id, 'tracked', 'expected true or false');
      certainty(r, id, p);
      source(r, id, p);
      geometry(r, id, f, 'Point');
    }
  }
  {
    const r = ctx('regions');
    for (const [id, p, f] of regions) {
      str(r, id, p, 'name');
      str(r, id, p, 'note');
      if (!Array.isArray(p.altNames)) r(id, 'altNames', 'expected an array of strings');
      if (typeof p.labelled !== 'boolean') r(id, 'labelled', 'expected true or false');
      if (placeIds.has(id)) r(id, 'id', 'the same id is used by a place');
      certainty(r, id, p);
      source(r, id, p);
      cuts(r, id, p);
      geometry(r, id, f, 'Polygon');
    }
  }
  {
    const r = ctx('extents');
    for (const [id, p, f] of extents) {
      ref(r, id, 'polity', p.polity, polityIds, 'polity');
      year(r, id, p, 'start', true);
      year(r, id, p, 'end', true);
      span(r, id, p);
      str(r, id, p, 'note');
      certainty(r, id, p);
      source(r, id, p);
      cuts(r, id, p);
      geometry(r, id, f, 'Polygon');
    }
  }
  {
    const r = ctx('holdings');
    for (const [id, h] of holdings) {
      // A holding passes a region, or a polity's whole extent (a submission), to a polity.
      ref(r, id, 'region', h.region, holdableIds, 'region or extent');
      ref(r, id, 'polity', h.polity, polityIds, 'polity');
      if (h.event !== undefined || (typeof h.start === 'number' && h.start > FIRST_YEAR))
        ref(r, id, 'event', h.event, eventIds, 'event');
      year(r, id, h, 'start');
      year(r, id, h, 'end', true);
      span(r, id, h);
      certainty(r, id, h);
    }
  }
  {
    const r = ctx('routes');
    for (const [id, p, f] of routes) {
      year(r, id, p, 'year');
      ref(r, id, 'polity', p.polity, polityIds, 'polity');
      str(r, id, p, 'commander');
      str(r, id, p, 'note');
      if (p.armySize !== null && (typeof p.armySize !== 'number' || !(p.armySize > 0)))
        r(id, 'armySize', 'expected a positive number or null');
      if (!Array.isArray(p.via)) r(id, 'via', 'expected an array of place ids');
      else p.via.forEach((v, i) => ref(r, id, `via[${i}]`, v, placeIds, 'place'));
      certainty(r, id, p);
      source(r, id, p);
      geometry(r, id, f, 'LineString');
    }
  }
  {
    const r = ctx('events');
    let previousYear = -Infinity;
    const known = new Set([...placeIds, ...regionIds]);
    for (const [id, e] of events) {
      year(r, id, e, 'year');
      if (typeof e.year === 'number') {
        if (e.year < previousYear) r(id, 'year', `out of order: ${e.year} comes after ${previousYear}`);
        previousYear = Math.max(previousYear, e.year);
      }
      str(r, id, e, 'title');
      str(r, id, e, 'text');
      if (!EVENT_KINDS.includes(e.kind as string)) r(id, 'kind', `expected one of ${EVENT_KINDS.join(', ')}`);
      if (e.undated !== undefined && e.undated !== true) r(id, 'undated', 'expected true, or no field');
      if (!Array.isArray(e.places)) r(id, 'places', 'expected an array of place or region ids');
      else e.places.forEach((v, i) => ref(r, id, `places[${i}]`, v, known, 'place or region'));
      if (e.control !== undefined) {
        if (!isObj(e.control)) r(id, 'control', 'expected { placeId: polityId }');
        else
          for (const [place, polity] of Object.entries(e.control)) {
            ref(r, id, `control.${place}`, place, placeIds, 'place');
            ref(r, id, `control.${place}`, polity, polityIds, 'polity');
          }
      }
      source(r, id, e);
    }
  }

  if (problems.length) throw new DataError(problems);
  return {
    polities: raw.polities,
    places: raw.places,
    regions: raw.regions,
    extents: raw.extents,
    holdings: raw.holdings,
    routes: raw.routes,
    events: raw.events,
  } as HistorySource;
}
