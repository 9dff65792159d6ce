import { describe, expect, it } from 'vitest';
import { marchesTarget, placeTarget, type Box } from './camera.ts';
import type { YearRoutes } from './features.ts';

const view = ([w, s, e, n]: Box) => ({
  getWest: () => w,
  getSouth: () => s,
  getEast: () => e,
  getNorth: () => n,
});
const march = (coordinates: [number, number][]) =>
  ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates },
  }) as unknown as YearRoutes[number];
const town = (lon: number, lat: number) =>
  ({ center: [lon, lat], bbox: null }) as unknown as Parameters<typeof placeTarget>[1];

describe('placeTarget', () => {
  it('leaves a map that shows the town, and frames one it does not', () => {
    expect(placeTarget(view([60, 35, 85, 50]), town(69, 42))).toBeNull();
    expect(placeTarget(view([60, 35, 85, 50]), town(100, 47))).toEqual([98.5, 46, 101.5, 48]);
  });
});

describe('marchesTarget', () => {
  it('follows the marches only when none of them is on screen', () => {
    const marches = [
      march([
        [100, 47],
        [104, 46],
      ]),
      march([
        [70, 42],
        [72, 43],
      ]),
    ];
    expect(marchesTarget(view([60, 35, 85, 50]), marches)).toBeNull();
    expect(marchesTarget(view([60, 35, 85, 50]), marches.slice(0, 1))).toEqual([100, 46, 104, 47]);
    expect(marchesTarget(view([60, 35, 85, 50]), [])).toBeNull();
  });
});
