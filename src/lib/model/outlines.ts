/**
 * A territory's outline as the atlas stores it: cut along rivers and shores (territory.ts),
 * checked for ruler lines, measured by what its edges follow, and labelled. Build time only.
 */
import {
  area,
  booleanPointInPolygon,
  bboxPolygon,
  centerOfMass,
  difference,
  featureCollection,
  flatten,
  intersect,
  nearestPointOnLine,
  pointOnFeature,
  polygonToLine,
} from '@turf/turf';
import type { Feature, LineString, MultiLineString, Polygon } from 'geojson';
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
    label: labelPoint(shape, FIRST_LOOK),
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

/**
 * Where a reader first looks: the wide opening view (src/lib/map/camera.ts, OPENING.wide), drawn
 * in by about half a name's width and height so that a name placed inside shows whole, and the
 * corner its title card covers. The middle of all the Kazakh Khanate's land lies under the card,
 * the Dzungar Khanate's east of the view.
 */
export const FIRST_LOOK = {
  view: bboxPolygon([64.5, 38.9, 83, 48]),
  card: bboxPolygon([63.5, 45.1, 73, 49]),
};
/** How much of a territory must lie in the first view (m²) for its name to be brought there. */
const FIRST_LOOK_MIN_M2 = 150_000e6;

const largestPiece = (shape: Area) => flatten(shape).features.reduce((a, b) => (area(b) > area(a) ? b : a));

/**
 * Where a territory's name goes: the middle of its largest piece, inside it. With `firstLook`,
 * when enough of that piece is in the first view: a middle under the title card moves to the
 * nearest point below it, a middle off the view to the middle of the part in view.
 */
export function labelPoint(shape: Area, firstLook?: typeof FIRST_LOOK): [number, number] {
  const largest = largestPiece(shape);
  const middle = centerOfMass(largest);
  let moved = booleanPointInPolygon(middle, largest) ? middle : pointOnFeature(largest);
  const inView = firstLook && intersect(featureCollection([largest, firstLook.view]));
  const seen = inView && difference(featureCollection([inView, firstLook.card]));
  if (seen && area(seen) >= FIRST_LOOK_MIN_M2) {
    const piece = largestPiece(seen);
    if (booleanPointInPolygon(moved, firstLook.card))
      moved = nearestPointOnLine(polygonToLine(piece) as Feature<LineString | MultiLineString>, moved);
    else if (!booleanPointInPolygon(moved, firstLook.view)) {
      const centre = centerOfMass(piece);
      moved = booleanPointInPolygon(centre, piece) ? centre : pointOnFeature(piece);
    }
  }
  const [lon, lat] = moved.geometry.coordinates as [number, number];
  return [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000];
}
