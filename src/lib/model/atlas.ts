/**
 * Builds the atlas once, at build time: validated history + basemap → every year's state.
 * The page loads the result (AtlasData, atlasData.ts) and never runs turf.
 */
import { bbox, booleanPointInPolygon, length, truncate } from '@turf/turf';
import type { AtlasData, BuiltAtlas, Comparisons, YearRecord } from './atlasData.ts';
import { WAR } from './atlasData.ts';
import { changesSince, checkOverlaps, transferBasis, transfersIn, unchanged } from './changes.ts';
import { conjecturalHolders, controlBasis, controlIn, regionMajority } from './control.ts';
import { edgeLengths, edgePieces } from './edges.ts';
import { labelPoint, naturalLines, outlineOf, storedShape } from './outlines.ts';
import { areaKm2, holderOf, territoryAt, type Area, type TerritoryInputs } from './territory.ts';
import { DataError, FIRST_YEAR, HISTORY_FILES, LAST_YEAR, type DataProblem } from './validate.ts';
import type { Basemap, HistorySource } from './types.ts';

/**
 * Computes every year from FIRST_YEAR to LAST_YEAR. Throws DataError when an outline cannot be
 * built, when territories overlap, or when a dated event disagrees with the territory map.
 */
export function buildAtlas(history: HistorySource, basemap: Basemap): BuiltAtlas {
  const problems: DataProblem[] = [];

  const classifier = naturalLines(history, basemap);
  const regions = new Map<string, Area>();
  for (const f of history.regions.features) {
    const shape = outlineOf(HISTORY_FILES.regions, f, basemap, classifier, problems);
    if (shape) regions.set(f.properties.id, shape);
  }
  const extents: TerritoryInputs['extents'] = [];
  for (const f of history.extents.features) {
    const shape = outlineOf(HISTORY_FILES.extents, f, basemap, classifier, problems);
    if (shape)
      extents.push({ polity: f.properties.polity, start: f.properties.start, end: f.properties.end, shape });
    // An extent a holding names passes whole to the holder for the holding's years (the Khalkha's
    // submission to the Qing): it is held like a region.
    if (shape && history.holdings.some((h) => h.region === f.properties.id))
      regions.set(f.properties.id, shape);
  }
  if (problems.length) throw new DataError(problems);

  const inputs: TerritoryInputs = { extents, regions, holdings: history.holdings };
  // The lands a transfer is named by, under ids the reader can choose on the map: a labelled
  // region by its own, a town's district (Sayram district) by its town.
  const named = new Map<string, Area>();
  const regionOf = new Map<string, string>();
  for (const f of history.regions.features) {
    const shape = regions.get(f.properties.id);
    if (!shape) continue;
    const towns = history.places.features.filter((p) => booleanPointInPolygon(p, shape));
    const land = f.properties.labelled
      ? f.properties.id
      : towns.length === 1
        ? towns[0]!.properties.id
        : null;
    if (land === null) continue;
    named.set(land, shape);
    regionOf.set(land, f.properties.id);
  }
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
        shapes.push(storedShape(shape, classifier));
        shapeIndex.set(json, index);
      }
      territories[polity] = index;
    }

    const { changes, changed } = previous === lands ? unchanged(lands) : changesSince(previous, lands);
    let majority = majorityCache.get(key);
    if (!majority) majorityCache.set(key, (majority = regionMajority(lands, regions, history)));
    const control = controlIn(year, history, lands, majority, problems);
    const conjectural = conjecturalHolders(year, history, regions, control);
    const basis = controlBasis(year, history, control);
    const transfers =
      previous && previous !== lands
        ? transferBasis(transfersIn(previous, lands, named), year, history.holdings, history.events, regionOf)
        : [];
    byYear[year] = { territories, control, conjectural, basis, changes, transfers, changed };
    previous = lands;
  }
  if (problems.length) throw new DataError(problems);

  // Two years compared: every ordered pair of distinct maps (a handful), keyed by first years.
  const stateYear: Record<string, number> = {};
  const firstOf = new Map<Map<string, Area | null>, number>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const lands = cache.get(configuration(year))!;
    if (!firstOf.has(lands)) firstOf.set(lands, year);
    stateYear[year] = firstOf.get(lands)!;
  }
  const pairs: Comparisons['pairs'] = {};
  for (const [a, fromYear] of firstOf)
    for (const [b, toYear] of firstOf) {
      if (a === b) continue;
      const { changes, changed } = changesSince(a, b);
      pairs[`${fromYear}-${toYear}`] = { changes, changed, transfers: transfersIn(a, b, named) };
    }

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
    comparisons: { stateYear, pairs },
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
