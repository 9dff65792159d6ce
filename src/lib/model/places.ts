/** Looking up places and regions in the precomputed atlas: names, holders, events there. */
import type { AtlasData } from './atlasData.ts';
import type { Certainty, EdgeLengths, HistoryEvent } from './types.ts';

export interface PlaceInfo {
  id: string;
  kind: 'city' | 'site' | 'region';
  name: string;
  altNames: string[];
  certainty: Certainty;
  /** Longitude/latitude to centre on, and for regions their bounding box. */
  center: [number, number];
  bbox: [number, number, number, number] | null;
  areaKm2: number | null;
  note: string | null;
  /** For regions: kilometres of outline along shores, rivers, crests, and uncertain. */
  edges: EdgeLengths | null;
}

/** Place or region by id, or null for anything unknown (ids arrive from URLs and host pages). */
export function placeInfo(data: AtlasData, id: unknown): PlaceInfo | null {
  if (typeof id !== 'string') return null;
  const place = data.places.features.find((f) => f.properties.id === id);
  if (place) {
    const [lon, lat] = place.geometry.coordinates as [number, number];
    const p = place.properties;
    return {
      id,
      kind: p.kind,
      name: p.name,
      altNames: p.altNames,
      certainty: p.certainty,
      center: [lon, lat],
      bbox: null,
      areaKm2: null,
      note: null,
      edges: null,
    };
  }
  const region = data.regions.features.find((f) => f.properties.id === id && f.properties.labelled);
  if (region) {
    const p = region.properties;
    const [w, s, e, n] = p.bbox as [number, number, number, number];
    return {
      id,
      kind: 'region',
      name: p.name,
      altNames: p.altNames,
      certainty: p.certainty,
      center: [(w + e) / 2, (s + n) / 2],
      bbox: [w, s, e, n],
      areaKm2: p.areaKm2,
      note: p.note,
      edges: p.edges,
    };
  }
  return null;
}

/** Every event at a place or region, in the article's order. */
export function eventsAt(data: AtlasData, id: string): HistoryEvent[] {
  return data.events.filter((e) => e.places.includes(id));
}

/** Places and labelled regions people can select, places first, by name. */
export function selectablePlaces(data: AtlasData): PlaceInfo[] {
  const ids = [
    ...data.places.features.map((f) => f.properties.id),
    ...data.regions.features.filter((f) => f.properties.labelled).map((f) => f.properties.id),
  ];
  return ids
    .map((id) => placeInfo(data, id)!)
    .sort(
      (a, b) => Number(a.kind === 'region') - Number(b.kind === 'region') || a.name.localeCompare(b.name),
    );
}
