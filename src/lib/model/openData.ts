/**
 * The atlas as open data, written beside the standalone page by the build (DESIGN.md):
 * `data/war-atlas.geojson`, every year's territories, towns, regions and marches in one
 * FeatureCollection dated the way OpenHistoricalMap dates features (`start_date` and `end_date`,
 * ISO years, the end exclusive), so QGIS's temporal controller or `maplibre-gl-dates` can play it;
 * and `data/events.csv`, the events with the article's words. Pure: computed from AtlasData.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { localPlaceName, localPolityName, localRouteCommander, type DataNames } from '../i18n/names.ts';
import { ARTICLE_LICENCE, ARTICLE_TITLE } from './article.ts';
import type { AtlasData, TerritoryOutline } from './atlasData.ts';
import type { EdgeKind } from './types.ts';

/** Towns are the article's cities; sites are battlefields, passes and camps. */
export type OpenDataKind = 'territory' | 'border' | 'town' | 'site' | 'region' | 'route';

export interface OpenDataProps {
  /** The atlas's stable id of the thing (a polity for territories, else the place, region or march). */
  id: string;
  kind: OpenDataKind;
  /** English, and (OpenStreetMap's `name:xx` keys) Kazakh and Russian where the tables are given. */
  name: string;
  'name:kk'?: string;
  'name:ru'?: string;
  /** Territories and marches: whose land, whose army. */
  polity?: string;
  /** Towns, sites and regions: who holds it (null where nobody's land covers the place). */
  holder?: string | null;
  /** First year, ISO 8601 ("1684"). */
  start_date: string;
  /** First year no longer true (exclusive), ISO 8601. */
  end_date: string;
  certainty?: string;
  area_km2?: number;
  /** Territories: km of outline along shores, rivers and crests, and where no line is known. */
  border_shore_km?: number;
  border_river_km?: number;
  border_crest_km?: number;
  border_uncertain_km?: number;
  /** Territories: the uncertain share of the outline, 0–1. */
  border_uncertain_share?: number;
  /** Border pieces: what the line rests on. */
  edge?: EdgeKind;
  commander?: string;
  length_km?: number;
  source_section?: string;
  source_quote?: string;
}

export type OpenDataFeature = Feature<Geometry, OpenDataProps>;

/** An ISO 8601 year as OpenHistoricalMap writes it: four digits. */
export const isoYear = (year: number): string => String(year).padStart(4, '0');

/**
 * Runs of consecutive years over which `valueOf` stays the same (compared by `key`), from
 * `min` to `max`. Years where `valueOf` gives undefined end a run and start none.
 */
function runs<T>(
  min: number,
  max: number,
  valueOf: (year: number) => T | undefined,
  key: (value: T) => string = (v) => JSON.stringify(v),
): { start: number; end: number; value: T }[] {
  const out: { start: number; end: number; value: T }[] = [];
  let current: { start: number; end: number; value: T; key: string } | null = null;
  for (let year = min; year <= max; year++) {
    const value = valueOf(year);
    const k = value === undefined ? null : key(value);
    if (current && current.key === k) {
      current.end = year + 1;
      continue;
    }
    if (current) out.push(current);
    current = value === undefined || k === null ? null : { start: year, end: year + 1, value, key: k };
  }
  if (current) out.push(current);
  return out.map(({ start, end, value }) => ({ start, end, value }));
}

/**
 * Every year of the atlas in one FeatureCollection: consecutive years with the same geometry
 * and holder are one feature, so filtering by `start_date <= year < end_date` gives that year.
 *
 * @example openDataGeoJSON(data).features.filter((f) => f.properties.kind === 'town')
 */
export function openDataGeoJSON(
  data: AtlasData,
  names: Partial<Record<'kk' | 'ru', DataNames>> = {},
): FeatureCollection<Geometry, OpenDataProps> {
  const { min, max } = data.years;
  const features: OpenDataFeature[] = [];
  const dates = (start: number, end: number) => ({ start_date: isoYear(start), end_date: isoYear(end) });
  /** `name:kk` and `name:ru` for the tables given. */
  const localNames = (name: (table: DataNames) => string) => {
    const out: Partial<Record<'name:kk' | 'name:ru', string>> = {};
    for (const lang of ['kk', 'ru'] as const) {
      const table = names[lang];
      if (table) out[`name:${lang}`] = name(table);
    }
    return out;
  };

  for (const polity of data.polities)
    for (const run of runs(min, max, (y) => data.byYear[y]!.territories[polity.id], String)) {
      const shape = data.shapes[run.value]!;
      features.push({
        type: 'Feature',
        id: `territory/${polity.id}/${run.start}`,
        properties: {
          id: polity.id,
          kind: 'territory',
          name: polity.name,
          ...localNames((t) => localPolityName(t, polity)),
          polity: polity.id,
          ...dates(run.start, run.end),
          area_km2: shape.areaKm2,
          border_shore_km: shape.edges.shore,
          border_river_km: shape.edges.river,
          border_crest_km: shape.edges.crest,
          border_uncertain_km: shape.edges.uncertain,
          border_uncertain_share: shape.uncertainShare,
        },
        geometry: shape.geometry,
      });
    }

  // Each territory's outline in pieces, with what each rests on (shore, river, crest or
  // uncertain), dated on its own: a stretch of shore that stays while the steppe edge moves is
  // one feature.
  for (const polity of data.polities) {
    const pieces = new Map<string, TerritoryOutline['features'][number]>();
    const piecesIn = (year: number) => {
      const index = data.byYear[year]!.territories[polity.id];
      return index === undefined ? [] : data.shapes[index]!.outline.features;
    };
    for (let year = min; year <= max; year++)
      for (const piece of piecesIn(year)) pieces.set(JSON.stringify(piece), piece);
    let n = 0;
    for (const [key, piece] of pieces)
      for (const run of runs(min, max, (y) =>
        piecesIn(y).some((p) => JSON.stringify(p) === key) ? key : undefined,
      ))
        features.push({
          type: 'Feature',
          id: `border/${polity.id}/${run.start}/${n++}`,
          properties: {
            id: polity.id,
            kind: 'border',
            name: polity.name,
            ...localNames((t) => localPolityName(t, polity)),
            polity: polity.id,
            edge: piece.properties.edge,
            ...dates(run.start, run.end),
          },
          geometry: piece.geometry,
        });
  }

  for (const place of data.places.features) {
    const p = place.properties;
    for (const run of runs(min, max, (y) => data.byYear[y]!.control[p.id] ?? null))
      features.push({
        type: 'Feature',
        id: `${p.kind === 'city' ? 'town' : 'site'}/${p.id}/${run.start}`,
        properties: {
          id: p.id,
          kind: p.kind === 'city' ? 'town' : 'site',
          name: p.name,
          ...localNames((t) => localPlaceName(t, p.id, p.name)),
          holder: run.value,
          ...dates(run.start, run.end),
          certainty: p.certainty,
        },
        geometry: place.geometry,
      });
  }

  for (const region of data.regions.features) {
    const p = region.properties;
    if (!p.labelled) continue;
    for (const run of runs(min, max, (y) => data.byYear[y]!.control[p.id]))
      features.push({
        type: 'Feature',
        id: `region/${p.id}/${run.start}`,
        properties: {
          id: p.id,
          kind: 'region',
          name: p.name,
          ...localNames((t) => localPlaceName(t, p.id, p.name)),
          holder: run.value,
          ...dates(run.start, run.end),
          certainty: p.certainty,
          area_km2: p.areaKm2,
        },
        geometry: region.geometry,
      });
  }

  for (const route of data.routes.features) {
    const p = route.properties;
    features.push({
      type: 'Feature',
      id: `route/${p.id}`,
      properties: {
        id: p.id,
        kind: 'route',
        name: `${p.commander}, ${p.year}`,
        ...localNames((t) => `${localRouteCommander(t, p)}, ${p.year}`),
        polity: p.polity,
        ...dates(p.year, p.year + 1),
        certainty: p.certainty,
        commander: p.commander,
        length_km: p.lengthKm,
        source_section: p.source.section,
        source_quote: p.source.quote,
      },
      geometry: route.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The features true in `year`: `start_date <= year < end_date`. */
export function featuresIn(
  collection: FeatureCollection<Geometry, OpenDataProps>,
  year: number,
): OpenDataFeature[] {
  return collection.features.filter(
    (f) => Number(f.properties.start_date) <= year && year < Number(f.properties.end_date),
  );
}

export const EVENT_COLUMNS = ['year', 'id', 'title', 'places', 'section', 'quote'] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The events as CSV (RFC 4180: CRLF line ends, a header row): year, id, title, the places' ids
 * (separated by `;`), the article's section and its words, verbatim.
 */
export function eventsCsv(data: AtlasData): string {
  const rows = data.events.map((e) => [
    e.year,
    e.id,
    e.title,
    e.places.join(';'),
    e.source.section,
    e.source.quote,
  ]);
  return [EVENT_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** dist/data/README.md: what the files hold, how they are dated, and their licence. */
export function openDataReadme(data: AtlasData): string {
  const { min, max } = data.years;
  const articleTitle = ARTICLE_TITLE;
  return `# War Atlas open data

The data behind the War Atlas of the Kazakh–Dzungar War (1681–1684), year by year from ${min} to
${max}, reconstructed from the encyclopedia article “${articleTitle}”.

## Licence

${ARTICLE_LICENCE}, as the article it is built from: share and adapt it, crediting “War Atlas, after the
encyclopedia article ‘${articleTitle}’”, and share what you make from it under the same licence.
The borders, towns' holders and marches are reconstructions from the article: features carry a
\`certainty\` of \`attested\`, \`approximate\` or \`conjectural\`.

## war-atlas.geojson

One GeoJSON FeatureCollection (WGS 84 longitude/latitude). Every feature has

| property | |
| --- | --- |
| \`id\` | the atlas's stable id: a polity (\`dzungar\`, \`kazakh\`, …) for territories, else the town, site, region or march |
| \`kind\` | \`territory\`, \`border\` (a piece of a territory's outline), \`town\`, \`site\` (a battlefield, pass or camp), \`region\` or \`route\` (a march) |
| \`name\`, \`name:kk\`, \`name:ru\` | its name in English, Kazakh and Russian |
| \`polity\` | territories: whose land; routes: whose army |
| \`holder\` | towns, sites and regions: the polity holding it (null: nobody's land covers the place) |
| \`start_date\`, \`end_date\` | ISO 8601 years; the feature is true from \`start_date\` up to but not including \`end_date\` |

and, where they apply, \`certainty\`, \`area_km2\`, \`commander\`, \`length_km\`, \`source_section\` and
\`source_quote\` (the article's words a march rests on). Consecutive years with the same shape and
holder are one feature, so the features true in a year Y (\`start_date <= Y < end_date\`) are
exactly what the atlas draws for Y. The atlas covers ${min}–${max}: a feature starting in ${min}
may have begun earlier, and one ending in ${max + 1} may have lasted longer. This is OpenHistoricalMap's convention, which \`maplibre-gl-dates\`
reads. In QGIS, play it with the temporal controller: layer properties → Temporal → “Start and
end date/time from expressions”, \`to_date("start_date" || '-01-01')\` and
\`to_date("end_date" || '-01-01')\`, limits “Include start, exclude end”.

## events.csv

RFC 4180 CSV (UTF-8, comma-separated, CRLF line ends, a header row), one row per event in the
article's order: \`year\`, \`id\`, \`title\`, \`places\` (ids as in the GeoJSON, separated by \`;\`),
\`section\` (of the article) and \`quote\` (the article's words, verbatim).
`;
}
