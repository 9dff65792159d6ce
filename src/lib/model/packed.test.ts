import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import type { AtlasData, TerritoryOutline } from './atlasData.ts';
import { packAtlas, packGeometry, unpackAtlas, unpackGeometry, type PackedAtlas } from './packed.ts';

/** What the page gets: packed, through JSON text, unpacked. */
const roundTrip = (data: AtlasData): AtlasData =>
  unpackAtlas(JSON.parse(JSON.stringify(packAtlas(data))) as PackedAtlas);

const empty = <G extends FeatureCollection['features'][number]['geometry']>(): FeatureCollection<
  G,
  never
> => ({
  type: 'FeatureCollection',
  features: [],
});

/** An atlas with one territory and its outline, the rest empty: what packing walks through. */
function atlasWith(geometry: Polygon | MultiPolygon, outline: TerritoryOutline): AtlasData {
  return {
    years: { min: 1681, max: 1681 },
    war: { start: 1681, end: 1681 },
    openingYear: 1681,
    polities: [],
    places: empty(),
    regions: empty(),
    shapes: [
      {
        areaKm2: 1234,
        geometry,
        edges: { shore: 1, river: 2, crest: 0, uncertain: 3 },
        uncertainShare: 0.5,
        label: [70.125, 45.5],
        outline,
      },
    ],
    byYear: {},
    events: [],
    routes: empty(),
    basemap: { water: empty(), rivers: empty(), ranges: empty() },
    waterLabels: empty(),
  };
}

describe('packed geometry', () => {
  it('gives a polygon with a hole back vertex for vertex', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [70, 40],
          [75.5, 40.001],
          [75.5, 45.25],
          [70, 40],
        ],
        [
          [72, 41],
          [73.999, 41.5],
          [72.5, 42.125],
          [72, 41],
        ],
      ],
    };
    const packed = packGeometry(polygon, 'test');
    // Thousandths of a degree, the first position absolute, then differences.
    expect(packed.coordinates[0]).toEqual([70000, 40000, 5500, 1, 0, 5249, -5500, -5250]);
    expect(unpackGeometry(JSON.parse(JSON.stringify(packed)))).toEqual(polygon);
  });

  it('gives a multipolygon and a line back exactly, west and south of zero too', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-1.5, -0.25],
            [0.001, -0.25],
            [0, 0.333],
            [-1.5, -0.25],
          ],
        ],
        [
          [
            [100.1, 50.2],
            [100.3, 50.2],
            [100.3, 50.4],
            [100.1, 50.2],
          ],
        ],
      ],
    };
    expect(unpackGeometry(packGeometry(multi, 'test'))).toEqual(multi);
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [61.123, 43.456],
        [61.124, 43.455],
        [60, 44],
      ],
    };
    expect(unpackGeometry(packGeometry(line, 'test'))).toEqual(line);
  });

  it('refuses a coordinate finer than 1/1000°, naming where, rather than move it', () => {
    const line = { type: 'LineString' as const, coordinates: [[61.1234, 43.456]] };
    expect(() => packGeometry(line, 'routes feature r1')).toThrow(/routes feature r1.*61\.1234/);
  });
});

describe('packed outlines', () => {
  const ring: Position[] = [
    [0, 0],
    [1, 0],
    [2, 0],
    [2, 1],
    [0, 1],
    [0, 0],
  ];
  const square: Polygon = { type: 'Polygon', coordinates: [ring] };
  const outline: TerritoryOutline = {
    type: 'FeatureCollection',
    features: [
      // A run that wraps past the ring's closing vertex.
      {
        type: 'Feature',
        properties: { edge: 'river' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 1],
            [0, 0],
            [1, 0],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { edge: 'crest' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [1, 0],
              [2, 0],
            ],
            [
              [2, 1],
              [0, 1],
            ],
          ],
        },
      },
    ],
  };

  it('stores a run of the ring as a slice of it, and rebuilds the same vertices', () => {
    const packed = packAtlas(atlasWith(square, outline));
    const [river, crest] = packed.shapes[0]!.outline.features;
    expect(river!.geometry).toEqual({ type: 'LineString', slices: [0, 4, 3] });
    expect(crest!.geometry).toEqual({ type: 'MultiLineString', slices: [0, 1, 2, 0, 3, 2] });
    expect(roundTrip(atlasWith(square, outline)).shapes[0]!.outline).toEqual(outline);
  });

  it('keeps a piece that is not a run of the ring as coordinates', () => {
    const stray: TerritoryOutline = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { edge: 'uncertain' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [1, 0],
              [2, 1],
            ],
          },
        },
      ],
    };
    const packed = packAtlas(atlasWith(square, stray));
    expect(packed.shapes[0]!.outline.features[0]!.geometry).toEqual({
      type: 'LineString',
      coordinates: [1000, 0, 1000, 1000],
    });
    expect(roundTrip(atlasWith(square, stray)).shapes[0]!.outline).toEqual(stray);
  });
});

describe('the real atlas, packed', () => {
  let data: AtlasData;
  let packed: PackedAtlas;
  beforeAll(() => {
    data = testAtlas();
    packed = packAtlas(data);
  });

  it('unpacks to exactly the atlas the build computed', () => {
    const back = roundTrip(data);
    expect(back).toStrictEqual(data);
    // Same keys in the same order, so the page's copy serialises byte for byte like the build's.
    expect(JSON.stringify(back)).toBe(JSON.stringify(data));
  });

  it('stores every territory outline as slices of its rings, no border twice', () => {
    const pieces = packed.shapes.flatMap((s) => s.outline.features);
    expect(pieces.length).toBeGreaterThan(50);
    for (const p of pieces) expect(p.geometry).toHaveProperty('slices');
  });

  it('leaves the crests, used only to build borders, out of the page', () => {
    expect(packed.basemap).not.toHaveProperty('crests');
    expect(Object.keys(packed.basemap).sort()).toEqual(['ranges', 'rivers', 'water']);
  });
});
