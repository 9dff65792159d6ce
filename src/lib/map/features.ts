/**
 * The GeoJSON the map's sources draw, built from the atlas's state: plain functions, no MapLibre
 * and no Svelte (the layer components in ./layers/ call them inside `$derived`).
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Atlas } from '../atlas.svelte.ts';
import type { AtlasData } from '../model/atlasData.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { lineUpTo } from './routes.ts';

export const collection = (features: Feature<Geometry>[] = []): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** What the `year` source's features are; each layer on it keeps one kind with isKind. */
export type YearKind =
  'territory' | 'territory-edge' | 'changed' | 'compared-edge' | 'territory-label' | 'place';
export const isKind = (name: YearKind): ExpressionSpecification => ['==', ['get', 'kind'], name];

type YearView = Pick<Atlas, 'data' | 'state' | 'year' | 'text' | 'place'> &
  Partial<Pick<Atlas, 'compare' | 'comparison'>>;

// Territories of the year, with polity names for labels.
const territories = ({ state, text }: YearView): FeatureCollection =>
  collection(
    Object.entries(state.territories).map(([polity, t]) => ({
      type: 'Feature',
      properties: { polity, name: text.polity(polity, true), areaKm2: t.areaKm2 },
      geometry: t.geometry,
    })),
  );

// Territory outlines in pieces by what they rest on: crisp along shores, rivers and crests, soft where uncertain.
const territoryEdges = ({ data, year }: YearView): FeatureCollection =>
  collection(
    Object.entries(data.byYear[year]!.territories).flatMap(([polity, index]) =>
      data.shapes[index]!.outline.features.map((f) => ({ ...f, properties: { ...f.properties, polity } })),
    ),
  );

/**
 * Two years compared: the other year's borders, as a ghost over this year's, for the powers
 * whose land differs between them (the rest would only trace this year's own edges).
 */
const comparedEdges = ({ data, year, compare, comparison }: YearView): FeatureCollection => {
  if (!comparison || compare === null || compare === undefined) return collection();
  const now = data.byYear[year]!.territories;
  return collection(
    Object.entries(data.byYear[compare]!.territories)
      .filter(([polity, index]) => now[polity] !== index)
      .flatMap(([polity, index]) =>
        data.shapes[index]!.outline.features.map((f) => ({ ...f, properties: { polity } })),
      ),
  );
};

const territoryLabels = ({ data, year, text }: YearView): FeatureCollection =>
  collection(
    Object.entries(data.byYear[year]!.territories).map(([polity, index]) => ({
      type: 'Feature',
      properties: { polity, name: text.polity(polity, true).toLocaleUpperCase(text.lang) },
      geometry: { type: 'Point', coordinates: data.shapes[index]!.label },
    })),
  );

/**
 * Which town keeps its name when names collide (MapLibre places lower keys first): the one
 * chosen, then the war's towns, then the places of the year's events, then the rest.
 */
export function labelPriority(
  id: string,
  tracked: boolean,
  selected: string | null,
  eventPlaces: Set<string>,
) {
  if (id === selected) return 0;
  if (tracked) return 1;
  return eventPlaces.has(id) ? 2 : 3;
}

// Places coloured by who holds them this year.
const places = ({ data, state, text, place, year }: YearView): FeatureCollection => {
  const eventPlaces = new Set(data.events.filter((e) => e.year === year).flatMap((e) => e.places));
  return collection(
    data.places.features.map((f) => {
      const holder = state.control[f.properties.id] ?? null;
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          name: text.place(f.properties.id),
          tracked: f.properties.tracked,
          holder,
          holderName: holder ? text.polity(holder, true) : '',
          selected: place === f.properties.id,
          priority: labelPriority(f.properties.id, f.properties.tracked, place, eventPlaces),
        },
      };
    }),
  );
};

const kind = (name: YearKind, fc: FeatureCollection): Feature[] =>
  fc.features.map((f) => ({ ...f, properties: { ...f.properties, kind: name } }));

/**
 * Everything that changes with the year, in one source: one setData, one worker round trip and
 * one repaint per year change, instead of one per layer group (see bench/).
 */
export const yearFeatures = (atlas: YearView): FeatureCollection =>
  collection([
    ...kind('territory', territories(atlas)),
    ...kind('territory-edge', territoryEdges(atlas)),
    // Compared, the land that changed hands between the two years; else in this year.
    ...kind('changed', atlas.comparison?.changed ?? atlas.data.byYear[atlas.year]!.changed),
    ...kind('compared-edge', comparedEdges(atlas)),
    ...kind('territory-label', territoryLabels(atlas)),
    ...kind('place', places(atlas)),
  ]);

/** Basemap names in the reader's language (the features keep their English name as the key). */
export function localized<G extends Geometry, P extends { name: string | null }>(
  fc: FeatureCollection<G, P>,
  layer: 'water' | 'rivers' | 'ranges',
  text: Localizer,
): FeatureCollection<G, P> {
  if (text.lang === 'en') return fc;
  return {
    ...fc,
    features: fc.features.map((f) =>
      f.properties.name
        ? { ...f, properties: { ...f.properties, name: text.basemap(layer, f.properties.name) } }
        : f,
    ),
  };
}

const labelledRegions = (data: AtlasData) => data.regions.features.filter((f) => f.properties.labelled);

export const regions = (data: AtlasData, text: Localizer, place: string | null): FeatureCollection =>
  collection(
    labelledRegions(data).map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        name: text.place(f.properties.id),
        certainty: f.properties.certainty,
        selected: place === f.properties.id,
      },
    })),
  );

export const regionLabels = (data: AtlasData, text: Localizer): FeatureCollection =>
  collection(
    labelledRegions(data).map((f) => ({
      type: 'Feature',
      properties: { id: f.properties.id, name: text.place(f.properties.id) },
      geometry: { type: 'Point', coordinates: f.properties.label },
    })),
  );

export type YearRoutes = AtlasData['routes']['features'];
export const routesOf = (data: AtlasData, year: number): YearRoutes =>
  data.routes.features.filter((r) => r.properties.year === year);

const HEAD_GAP_KM = 25;

/**
 * The year's marches drawn the first `progress` (0–1) of their way: lines and their arrowheads
 * in one collection, so one source update per animation frame.
 */
export function routeFeatures(routes: YearRoutes, progress: number): FeatureCollection {
  const lines = routes.map((r): Feature => ({
    type: 'Feature',
    properties: { id: r.properties.id, polity: r.properties.polity, certainty: r.properties.certainty },
    geometry: { type: 'LineString', coordinates: lineUpTo(r.geometry.coordinates, progress).coordinates },
  }));
  const heads = routes.map((r): Feature<Point> => {
    // The head stops short of the goal so the town's marker does not cover it.
    const part = lineUpTo(
      r.geometry.coordinates,
      progress * Math.max(0, 1 - HEAD_GAP_KM / r.properties.lengthKm),
    );
    return {
      type: 'Feature',
      properties: { polity: r.properties.polity, bearing: part.bearing },
      geometry: { type: 'Point', coordinates: part.coordinates[part.coordinates.length - 1]! },
    };
  });
  return collection([...lines, ...heads]);
}
