// The benchmark's two baselines, drawing the atlas's own territories and basemap with MapLibre
// alone: `?mode=setdata` swaps each year's territories in with setData (the floor), and
// `?mode=filter` loads every year at once, each feature with its start and end year, and changes
// a date filter on every layer with setFilter, the way OpenHistoricalMap's maplibre-gl-dates does.
// Both draw the atlas's relief too (the same tiles and paint, from src/lib/map/relief.ts), added
// after the first idle just as the atlas adds it, so "complete render" means the same in all three.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import data from 'virtual:atlas-data';
import { stateAt } from '../src/lib/model/yearState.ts';
import { mapFontFaces, MAP_FONT } from '../src/lib/ui/fonts.ts';
import { RELIEF_COLORS, RELIEF_SHADE, reliefTiles } from '../src/lib/map/relief.ts';
import { FIRST_IDLE_MARK } from '../src/lib/map/marks.ts';

maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);
const mode = new URLSearchParams(location.search).get('mode') === 'filter' ? 'filter' : 'setdata';
const COLORS: Record<string, string> = {
  dzungar: '#b5532f',
  kazakh: '#6a4c9c',
  qing: '#c9a227',
  khalkha: '#7a8b2e',
  bukhara: '#3f8a5a',
  tibet: '#a8467a',
  russia: '#6b7280',
};
const color = [
  'match',
  ['get', 'polity'],
  ...Object.entries(COLORS).flat(),
  '#888',
] as unknown as maplibregl.ExpressionSpecification;

function territoriesOf(year: number): FeatureCollection {
  const s = stateAt(data, year);
  return {
    type: 'FeatureCollection',
    features: Object.entries(s.territories).map(([polity, t]) => ({
      type: 'Feature',
      properties: { polity },
      geometry: t.geometry,
    })),
  };
}
function placesOf(year: number): FeatureCollection {
  const control = data.byYear[year]!.control;
  return {
    type: 'FeatureCollection',
    features: data.places.features.map((f) => ({
      ...f,
      properties: { name: f.properties.name, polity: control[f.properties.id] ?? '' },
    })),
  };
}
/** Every year's features, each valid from its start to its end year (runs of equal shapes merged). */
function allYears(
  of: (year: number) => FeatureCollection,
  key: (f: GeoJSON.Feature) => string,
): FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const open = new Map<string, GeoJSON.Feature>();
  for (let year = data.years.min; year <= data.years.max; year++) {
    const seen = new Set<string>();
    for (const f of of(year).features) {
      const k = key(f) + JSON.stringify(f.geometry).length + JSON.stringify(f.properties);
      seen.add(k);
      const current = open.get(k);
      if (current) current.properties!.end = year;
      else {
        const g = { ...f, properties: { ...f.properties, start: year, end: year } };
        open.set(k, g);
        features.push(g);
      }
    }
    for (const k of [...open.keys()]) if (!seen.has(k)) open.delete(k);
  }
  return { type: 'FeatureCollection', features };
}

let year = data.openingYear;
const dated = (y: number): maplibregl.FilterSpecification => [
  'all',
  ['<=', ['get', 'start'], y],
  ['>=', ['get', 'end'], y],
];
const territories =
  mode === 'filter' ? allYears(territoriesOf, (f) => f.properties!.polity) : territoriesOf(year);
const places = mode === 'filter' ? allYears(placesOf, (f) => String(f.properties!.name)) : placesOf(year);
const filter = mode === 'filter' ? dated(year) : undefined;
const TIMED = ['territories-fill', 'territories-edge', 'places-dot', 'places-label'];

const map = new maplibregl.Map({
  container: 'map',
  bounds: [63.5, 38.5, 84.5, 48.5],
  fitBoundsOptions: { padding: { top: 80, bottom: 10, left: 10, right: 10 } },
  attributionControl: false,
  // As the atlas does: labels appear without a fade for readers who asked for less motion.
  fadeDuration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
  style: {
    version: 8,
    'font-faces': mapFontFaces(),
    sources: {
      water: { type: 'geojson', data: data.basemap.water },
      rivers: { type: 'geojson', data: data.basemap.rivers },
      territories: { type: 'geojson', data: territories },
      places: { type: 'geojson', data: places },
    },
    layers: [
      { id: 'paper', type: 'background', paint: { 'background-color': '#f1e9d6' } },
      {
        id: 'territories-fill',
        type: 'fill',
        source: 'territories',
        ...(filter && { filter }),
        paint: { 'fill-color': color, 'fill-opacity': 0.28 },
      },
      {
        id: 'territories-edge',
        type: 'line',
        source: 'territories',
        ...(filter && { filter }),
        paint: { 'line-color': color, 'line-width': 1.5 },
      },
      { id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': '#a9cfdc' } },
      { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': '#6f9fb6', 'line-width': 1 } },
      {
        id: 'places-dot',
        type: 'circle',
        source: 'places',
        ...(filter && { filter }),
        paint: {
          'circle-radius': 7,
          'circle-color': color,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'places-label',
        type: 'symbol',
        source: 'places',
        ...(filter && { filter }),
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT.bold],
          'text-size': 14,
          'text-anchor': 'left',
          'text-offset': [0.9, 0],
        },
        paint: { 'text-color': '#2b2620', 'text-halo-color': '#f1e9d6', 'text-halo-width': 2 },
      },
    ],
  },
});

function setYear(y: number): void {
  year = y;
  if (mode === 'filter') for (const id of TIMED) map.setFilter(id, dated(y));
  else {
    (map.getSource('territories') as maplibregl.GeoJSONSource).setData(territoriesOf(y));
    (map.getSource('places') as maplibregl.GeoJSONSource).setData(placesOf(y));
  }
}
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() && !map.isMoving())
      requestAnimationFrame(() => (map.loaded() ? resolve() : map.once('idle', () => resolve())));
    else map.once('idle', () => resolve());
  });
}
// The atlas's `ready` event fires on the map's first load: the same moment here.
const loaded = new Promise<void>((resolve) =>
  map.once('load', () => {
    document.dispatchEvent(new Event('ready'));
    resolve();
  }),
);
// The base map drawn: mark it as the atlas does, then add the relief under the territories.
map.once('idle', () => {
  performance.mark(FIRST_IDLE_MARK);
  map.addSource('relief', { type: 'raster-dem', ...reliefTiles(new URL('./', location.href).href) });
  map.addLayer(
    {
      id: 'relief-tint',
      type: 'color-relief',
      source: 'relief',
      paint: { 'color-relief-color': RELIEF_COLORS, 'color-relief-opacity': 1 },
    },
    'territories-fill',
  );
  map.addLayer(
    { id: 'relief-shade', type: 'hillshade', source: 'relief', paint: RELIEF_SHADE },
    'territories-fill',
  );
});
(window as unknown as { bench: unknown }).bench = {
  ready: () => loaded.then(whenIdle),
  setYear,
  getYear: () => year,
  whenIdle,
};
