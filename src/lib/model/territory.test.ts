import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import {
  areaKm2,
  cutAlongRiver,
  followedLine,
  followEdges,
  holderOf,
  prepareOutline,
  stitchRiver,
  territoryAt,
  type Area,
} from './territory.ts';
import type { Holding } from './types.ts';

const square = (w: number, s: number, e: number, n: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});
const rivers: FeatureCollection<LineString, { name: string | null }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Test River' },
      // Crosses the unit square from west to east with a bend.
      geometry: {
        type: 'LineString',
        coordinates: [
          [-0.5, 0.4],
          [0.5, 0.6],
          [1.5, 0.4],
        ],
      },
    },
  ],
};

describe('areaKm2', () => {
  it('measures a 1°×1° square at the equator as about 12,300 km²', () => {
    expect(areaKm2(square(0, 0, 1, 1))).toBeGreaterThan(12_000);
    expect(areaKm2(square(0, 0, 1, 1))).toBeLessThan(12_500);
    expect(areaKm2(null)).toBe(0);
  });
});

describe('cutAlongRiver', () => {
  it('keeps the side of the river holding the keep point, along the river line', () => {
    const north = cutAlongRiver(square(0, 0, 1, 1), { river: 'Test River', keep: [0.5, 0.9] }, rivers);
    const south = cutAlongRiver(square(0, 0, 1, 1), { river: 'Test River', keep: [0.5, 0.1] }, rivers);
    // The river bends north in the middle, so the south side is the larger.
    expect(areaKm2(south)).toBeGreaterThan(areaKm2(north));
    expect(areaKm2(north) + areaKm2(south)).toBeGreaterThan(0.98 * areaKm2(square(0, 0, 1, 1)));
  });
  it('names the problem when the river does not split the outline or is unknown', () => {
    expect(() =>
      cutAlongRiver(square(3, 3, 4, 4), { river: 'Test River', keep: [3.5, 3.5] }, rivers),
    ).toThrow(/does not split/);
    expect(() => cutAlongRiver(square(0, 0, 1, 1), { river: 'Nowhere', keep: [0.5, 0.5] }, rivers)).toThrow(
      /unknown river "Nowhere"/,
    );
  });
});

describe('stitchRiver', () => {
  it('joins reaches in any order and direction across small gaps, and carries the ends on', () => {
    const line = stitchRiver([
      [
        [2, 0],
        [3, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1.99, 0],
        [1.01, 0],
      ],
      // A 20 km side channel beside the river is left out.
      [
        [1.5, 0.1],
        [1.68, 0.1],
      ],
    ]);
    const xs = line.coordinates.map((c) => Math.round(c[0]! * 100) / 100);
    // Ends carried on 15 km (~0.13°) beyond the first and last points, in order between.
    expect(xs[0]).toBeCloseTo(-0.13, 1);
    expect(xs.slice(1, -1)).toEqual([0, 1, 1.01, 1.99, 2, 3]);
    expect(xs[xs.length - 1]).toBeCloseTo(3.13, 1);
  });
  it('refuses pieces too far apart to be one river', () => {
    expect(() =>
      stitchRiver(
        [
          [
            [0, 0],
            [1, 0],
          ],
          [
            [3, 0],
            [4, 0],
          ],
        ],
        'Syr Darya',
      ),
    ).toThrow(/Syr Darya has pieces 222 km apart/);
  });
});

describe('prepareOutline', () => {
  it('removes water so the border follows the shore', () => {
    const lake = square(0.5, 0.5, 2, 2) as Area;
    const dry = prepareOutline(square(0, 0, 1, 1), [], [lake], rivers);
    expect(areaKm2(dry)).toBeCloseTo(0.75 * areaKm2(square(0, 0, 1, 1)), -2);
  });
});

describe('holderOf and territoryAt', () => {
  const holdings: Holding[] = [
    { id: 'a', region: 'r', polity: 'west', start: 1652, end: 1669, event: 'e', certainty: 'approximate' },
    { id: 'b', region: 'r', polity: 'east', start: 1670, event: 'e', certainty: 'approximate' },
  ];
  const inputs = {
    extents: [
      { polity: 'west', shape: square(0, 0, 1, 1) as Area },
      { polity: 'east', shape: square(2, 0, 3, 1) as Area },
    ],
    regions: new Map([['r', square(0.8, 0, 2.2, 1) as Area]]),
    holdings,
  };
  it('gives a region to the holding in force', () => {
    expect(holderOf('r', 1660, holdings)).toBe('west');
    expect(holderOf('r', 1670, holdings)).toBe('east');
    expect(holderOf('r', 1600, holdings)).toBeNull();
    expect(holderOf('other', 1670, holdings)).toBeNull();
  });
  it('moves the region between territories with the year', () => {
    const west1660 = areaKm2(territoryAt('west', 1660, inputs));
    const west1670 = areaKm2(territoryAt('west', 1670, inputs));
    const east1670 = areaKm2(territoryAt('east', 1670, inputs));
    const region = areaKm2(square(0.8, 0, 2.2, 1));
    expect(west1660).toBeCloseTo(areaKm2(square(0, 0, 2.2, 1)), -2);
    // The part of the west's extent inside the region goes to the east.
    expect(west1670).toBeCloseTo(areaKm2(square(0, 0, 0.8, 1)), -2);
    expect(east1670).toBeCloseTo(region + areaKm2(square(2.2, 0, 3, 1)), -2);
  });
});

describe('followEdges', () => {
  const crests: FeatureCollection<LineString, { name: string }> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Test Ridge' },
        // Runs south to north a little east of x = 1, bulging out to x = 1.3.
        geometry: {
          type: 'LineString',
          coordinates: [
            [1.05, -0.3],
            [1.2, 0.3],
            [1.3, 0.5],
            [1.2, 0.7],
            [1.05, 1.3],
          ],
        },
      },
    ],
  };
  const lineOf = (edge: { crest?: string; river?: string }) =>
    followedLine({ from: [0, 0], to: [0, 0], ...edge }, { crests, rivers });

  it('redraws the straight edge between two neighbouring vertices along the crest', () => {
    const drawn = followEdges(
      square(0, 0, 1, 1).geometry,
      [{ crest: 'Test Ridge', from: [1, 0], to: [1, 1] }],
      lineOf,
    );
    const ring = drawn.coordinates[0]!;
    expect(ring).toContainEqual([1.3, 0.5]);
    expect(areaKm2({ type: 'Feature', properties: {}, geometry: drawn })).toBeGreaterThan(
      areaKm2(square(0, 0, 1, 1)) * 1.15,
    );
    // The same edge named from the other side gives the same line, reversed: neighbours share it.
    const east = followEdges(
      square(1, 0, 2, 1).geometry,
      [{ crest: 'Test Ridge', from: [1, 1], to: [1, 0] }],
      lineOf,
    );
    expect(east.coordinates[0]).toContainEqual([1.3, 0.5]);
  });

  it('follows a river the same way', () => {
    const half = square(0, 0, 1, 0.5).geometry;
    const drawn = followEdges(half, [{ river: 'Test River', from: [1, 0.5], to: [0, 0.5] }], lineOf);
    expect(drawn.coordinates[0]).toContainEqual([0.5, 0.6]);
  });

  it('names what is wrong: unknown line, a vertex that is not there, vertices that are not neighbours, a line far away', () => {
    const outline = square(0, 0, 1, 1).geometry;
    expect(() => followEdges(outline, [{ crest: 'Nowhere', from: [1, 0], to: [1, 1] }], lineOf)).toThrow(
      /unknown crest "Nowhere"/,
    );
    expect(() => followEdges(outline, [{ crest: 'Test Ridge', from: [1, 0.5], to: [1, 1] }], lineOf)).toThrow(
      /not a vertex/,
    );
    expect(() => followEdges(outline, [{ crest: 'Test Ridge', from: [0, 0], to: [1, 1] }], lineOf)).toThrow(
      /not neighbours/,
    );
    expect(() =>
      followEdges(square(5, 5, 6, 6).geometry, [{ crest: 'Test Ridge', from: [6, 5], to: [6, 6] }], lineOf),
    ).toThrow(/km from the crest "Test Ridge", not on it/);
  });
});
