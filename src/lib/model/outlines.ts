/**
 * A territory's outline as the atlas stores it: cut along rivers and shores (territory.ts),
 * checked for ruler lines, measured by what its edges follow, and labelled. Build time only.
 */
import { area, booleanPointInPolygon, centerOfMass, flatten, pointOnFeature } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { AtlasData } from './atlasData.ts';
import {
  edgeClassifier,
  edgeLengths,
  edgePieces,
  longUncertainSegments,
  piecesAsLines,
  ringsOf,
  type EdgeClassifier,
} from './edges.ts';
import { areaKm2, prepareOutline, riverLine, type Area } from './territory.ts';
import type { DataProblem } from './validate.ts';
import type { Basemap, HistorySource, RegionProps } from './types.ts';

/** The longest straight edge (km) an outline may have where it follows no shore, river or crest. */
export const MAX_UNCERTAIN_SEGMENT_KM = 150;

/**
 * The lines borders may rest on: every shore, the rivers the data cuts or follows (stitched as the
 * cuts use them), and every traced crest.
 */
export function naturalLines(history: HistorySource, basemap: Basemap): EdgeClassifier {
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

/**
 * A region's or extent's outline, cut and followed as its data says; null (with the problems
 * added) when it cannot be built or draws a ruler line.
 */
export function outlineOf(
  file: string,
  f: Feature<Polygon, { id: string; cutBy?: RegionProps['cutBy']; follows?: RegionProps['follows'] }>,
  basemap: Basemap,
  classifier: EdgeClassifier,
  problems: DataProblem[],
): Area | null {
  const { cutBy, follows } = f.properties;
  let shape: Area;
  try {
    shape = prepareOutline(
      f,
      cutBy,
      basemap.water.features as Area[],
      basemap.rivers,
      follows,
      basemap.crests,
    );
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
}

/** A territory as the page stores it: area, geometry, what its edges follow, label and outline. */
export function storedShape(shape: Area, classifier: EdgeClassifier): AtlasData['shapes'][number] {
  const pieces = edgePieces(shape.geometry, classifier);
  return {
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
  };
}

/** Where a territory's name goes: the middle of its largest piece, inside it. */
export function labelPoint(shape: Area): [number, number] {
  const largest = flatten(shape).features.reduce((a, b) => (area(b) > area(a) ? b : a));
  const middle = centerOfMass(largest);
  const inside = booleanPointInPolygon(middle, largest) ? middle : pointOnFeature(largest);
  const [lon, lat] = inside.geometry.coordinates as [number, number];
  return [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000];
}
