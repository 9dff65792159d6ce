/**
 * The page's copy of AtlasData, made small for the wire: every line and ring as whole thousandths
 * of a degree, the first position absolute and the rest as differences, flat
 * ([x, y, dx, dy, …]); a territory's outline pieces, which are runs of its own rings' vertices, as
 * (ring, start, count) slices of them, so no border is stored twice. Every other value is kept as
 * it is. The build packs (the Vite plugin); the page unpacks, exactly: the atlas's coordinates are
 * already rounded to 1/1000° (turf `truncate` in the model, the basemap build), and packing
 * refuses any that is not, rather than move it.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { AtlasData, Comparison, Comparisons, TerritoryOutline, YearRecord } from './atlasData.ts';

/** Units per degree: coordinates are kept to 1/1000° (about 100 m). */
const SCALE = 1000;

type LineGeometry = LineString | MultiLineString | Polygon | MultiPolygon;
/** One line or ring: [x, y, dx, dy, …] in thousandths of a degree. */
export type PackedLine = number[];
export type PackedGeometry =
  | { type: 'LineString'; coordinates: PackedLine }
  | { type: 'MultiLineString' | 'Polygon'; coordinates: PackedLine[] }
  | { type: 'MultiPolygon'; coordinates: PackedLine[][] };
/** An outline piece as slices of its territory's rings (ringsOf order): flat [ring, start, count, …]. */
export interface SlicedLines {
  type: 'LineString' | 'MultiLineString';
  slices: number[];
}

type Packed<F> =
  F extends Feature<infer G, infer P>
    ? Omit<F, 'geometry'> & { geometry: G extends LineGeometry ? PackedGeometry : never; properties: P }
    : never;
type PackedCollection<F extends Feature> = Omit<FeatureCollection, 'features'> & { features: Packed<F>[] };
type Shape = AtlasData['shapes'][number];
type Year = AtlasData['byYear'][string];
type PackedOutline = Omit<TerritoryOutline, 'features'> & {
  features: (Omit<TerritoryOutline['features'][number], 'geometry'> & {
    geometry: SlicedLines | PackedGeometry;
  })[];
};

/** AtlasData as the page's chunk holds it (plain JSON). */
export interface PackedAtlas extends Omit<AtlasData, 'regions' | 'shapes' | 'byYear' | 'routes' | 'basemap'> {
  regions: PackedCollection<AtlasData['regions']['features'][number]>;
  shapes: (Omit<Shape, 'geometry' | 'outline'> & { geometry: PackedGeometry; outline: PackedOutline })[];
  byYear: Record<
    string,
    Omit<Year, 'changed'> & { changed: PackedCollection<Year['changed']['features'][number]> }
  >;
  routes: PackedCollection<AtlasData['routes']['features'][number]>;
  basemap: Omit<AtlasData['basemap'], 'water' | 'rivers'> & {
    water: PackedCollection<AtlasData['basemap']['water']['features'][number]>;
    rivers: PackedCollection<AtlasData['basemap']['rivers']['features'][number]>;
  };
}

/**
 * A territory's rings in order, outer and holes, polygon by polygon: what slices index. (As
 * edges.ts's `ringsOf`; not imported, so that module's code stays out of the data chunk.)
 */
const ringsOf = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** How deep the lines sit in each geometry's coordinates. */
const DEPTH = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 } as const;

// ---- packing (build time) ----

function units(value: number | undefined, where: string): number {
  const u = Math.round((value ?? NaN) * SCALE);
  if (!Number.isFinite(u) || u / SCALE !== value)
    throw new Error(
      `${where}: the coordinate ${value} is not rounded to 1/1000°; the page data keeps coordinates to 3 decimals (truncate it in the build)`,
    );
  return u;
}

export function packLine(line: Position[], where: string): PackedLine {
  const flat: number[] = [];
  let x = 0;
  let y = 0;
  for (const p of line) {
    if (p.length !== 2) throw new Error(`${where}: a position has ${p.length} numbers, not 2`);
    const px = units(p[0], where);
    const py = units(p[1], where);
    flat.push(px - x, py - y);
    x = px;
    y = py;
  }
  return flat;
}

const mapLines = (c: unknown, depth: number, f: (line: never) => unknown): unknown =>
  depth === 0 ? f(c as never) : (c as unknown[]).map((inner) => mapLines(inner, depth - 1, f));

export function packGeometry(geometry: LineGeometry, where: string): PackedGeometry {
  const coordinates = mapLines(geometry.coordinates, DEPTH[geometry.type], (line: Position[]) =>
    packLine(line, where),
  );
  return { type: geometry.type, coordinates } as PackedGeometry;
}

export function packCollection<F extends Feature<LineGeometry>>(
  collection: FeatureCollection<F['geometry'], F['properties']>,
  where: string,
): PackedCollection<F> {
  return {
    ...collection,
    features: collection.features.map((f, i) => ({
      ...f,
      geometry: packGeometry(
        f.geometry,
        `${where} feature ${String(f.properties?.id ?? f.properties?.name ?? i)}`,
      ),
    })) as unknown as Packed<F>[],
  };
}

/**
 * A line as (ring, start, count) if it runs along one ring's vertices in order (wrapping past the
 * ring's closing vertex), else null.
 */
function sliceOf(
  line: Position[],
  rings: Position[][],
  starts: Map<string, [number, number][]>,
): number[] | null {
  const same = (a: Position | undefined, b: Position) => a !== undefined && a[0] === b[0] && a[1] === b[1];
  for (const [r, start] of starts.get(`${line[0]![0]},${line[0]![1]}`) ?? []) {
    const ring = rings[r]!;
    const n = ring.length - 1;
    if (line.every((p, j) => same(ring[(start + j) % n], p))) return [r, start, line.length];
  }
  return null;
}

function packOutline(
  outline: TerritoryOutline,
  geometry: Polygon | MultiPolygon,
  where: string,
): PackedOutline {
  const rings = ringsOf(geometry);
  const starts = new Map<string, [number, number][]>();
  rings.forEach((ring, r) =>
    ring.slice(0, -1).forEach((p, i) => {
      const key = `${p[0]},${p[1]}`;
      starts.set(key, [...(starts.get(key) ?? []), [r, i]]);
    }),
  );
  return {
    ...outline,
    features: outline.features.map((f) => {
      const g = f.geometry;
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      const slices = lines.map((line) => sliceOf(line, rings, starts));
      // Slices only when every line is one, and a single line is a LineString (as unpacking assumes).
      const sliced = slices.every((s) => s) && (g.type === 'LineString') === (lines.length === 1);
      return {
        ...f,
        geometry: sliced
          ? { type: g.type, slices: slices.flatMap((s) => s!) }
          : packGeometry(g, `${where} outline`),
      };
    }),
  };
}

/** The page's data, packed (see the module's comment); `unpackAtlas` gives `data` back exactly. */
export function packAtlas(data: AtlasData): PackedAtlas {
  return {
    ...data,
    regions: packCollection(data.regions, 'regions'),
    shapes: data.shapes.map((s, i) => ({
      ...s,
      geometry: packGeometry(s.geometry, `shape ${i}`),
      outline: packOutline(s.outline, s.geometry, `shape ${i}`),
    })),
    byYear: Object.fromEntries(
      Object.entries(data.byYear).map(([year, r]) => [
        year,
        { ...r, changed: packCollection(r.changed, `${year} changed`) },
      ]),
    ),
    routes: packCollection(data.routes, 'routes'),
    basemap: {
      ...data.basemap,
      water: packCollection(data.basemap.water, 'water'),
      rivers: packCollection(data.basemap.rivers, 'rivers'),
    },
  };
}

// ---- unpacking (in the page) ----

export function unpackLine(flat: PackedLine): Position[] {
  const line: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i]!;
    y += flat[i + 1]!;
    line.push([x / SCALE, y / SCALE]);
  }
  return line;
}

export function unpackGeometry<G extends LineGeometry>(packed: PackedGeometry): G {
  return {
    type: packed.type,
    coordinates: mapLines(packed.coordinates, DEPTH[packed.type], unpackLine),
  } as G;
}

export function unpackCollection<F extends Feature<LineGeometry>>(
  packed: PackedCollection<F>,
): FeatureCollection<F['geometry'], F['properties']> {
  return {
    ...packed,
    features: packed.features.map((f) => ({ ...f, geometry: unpackGeometry(f.geometry) })),
  } as FeatureCollection<F['geometry'], F['properties']>;
}

/** Outline pieces back from their slices; the positions are the rings' own (shared, not copied). */
function unpackOutline(packed: PackedOutline, geometry: Polygon | MultiPolygon): TerritoryOutline {
  const rings = ringsOf(geometry);
  return {
    ...packed,
    features: packed.features.map((f) => {
      const g = f.geometry;
      if (!('slices' in g)) return { ...f, geometry: unpackGeometry<LineString | MultiLineString>(g) };
      const lines: Position[][] = [];
      for (let k = 0; k < g.slices.length; k += 3) {
        const ring = rings[g.slices[k]!]!;
        const start = g.slices[k + 1]!;
        const count = g.slices[k + 2]!;
        const n = ring.length - 1;
        const line: Position[] = new Array(count);
        for (let j = 0; j < count; j++) line[j] = ring[(start + j) % n]!;
        lines.push(line);
      }
      const geometry: LineString | MultiLineString =
        g.type === 'LineString'
          ? { type: 'LineString', coordinates: lines[0]! }
          : { type: 'MultiLineString', coordinates: lines };
      return { ...f, geometry };
    }),
  };
}

export function unpackAtlas(packed: PackedAtlas): AtlasData {
  return {
    ...packed,
    regions: unpackCollection(packed.regions),
    shapes: packed.shapes.map((s) => {
      const geometry = unpackGeometry<Polygon | MultiPolygon>(s.geometry);
      return { ...s, geometry, outline: unpackOutline(s.outline, geometry) };
    }),
    byYear: Object.fromEntries(
      Object.entries(packed.byYear).map(([year, r]) => [
        year,
        { ...r, changed: unpackCollection(r.changed) },
      ]),
    ),
    routes: unpackCollection(packed.routes),
    basemap: {
      ...packed.basemap,
      water: unpackCollection(packed.basemap.water),
      rivers: unpackCollection(packed.basemap.rivers),
    },
  };
}

type ChangedFeature = YearRecord['changed']['features'][number];
export interface PackedComparisons extends Omit<Comparisons, 'pairs'> {
  pairs: Record<string, Omit<Comparison, 'changed'> & { changed: PackedCollection<ChangedFeature> }>;
}

/** Two years compared, packed like the years' own changed land. */
export function packComparisons(comparisons: Comparisons): PackedComparisons {
  return {
    ...comparisons,
    pairs: Object.fromEntries(
      Object.entries(comparisons.pairs).map(([key, c]) => [
        key,
        { ...c, changed: packCollection(c.changed, `${key} changed`) },
      ]),
    ),
  };
}

export function unpackComparisons(packed: PackedComparisons): Comparisons {
  return {
    ...packed,
    pairs: Object.fromEntries(
      Object.entries(packed.pairs).map(([key, c]) => [key, { ...c, changed: unpackCollection(c.changed) }]),
    ),
  };
}
