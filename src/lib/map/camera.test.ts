import { describe, expect, it } from 'vitest';
import { marchesTarget, placeShown, placeTarget, type Box, type View } from './camera.ts';
import type { YearRoutes } from './features.ts';

/** A 1000×600 px map showing [west, south, east, north] (linear is enough for the decisions). */
const view = ([w, s, e, n]: Box, area = { left: 0, top: 0, right: 1000, bottom: 600 }): View => ({
  project: ([lon, lat]) => ({ x: ((lon - w) / (e - w)) * 1000, y: ((n - lat) / (n - s)) * 600 }),
  area,
});
const march = (coordinates: [number, number][]) =>
  ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates },
  }) as unknown as YearRoutes[number];
const town = (lon: number, lat: number) =>
  ({ center: [lon, lat], bbox: null }) as unknown as Parameters<typeof placeTarget>[1];
const region = (bbox: Box) => ({ center: [0, 0], bbox }) as unknown as Parameters<typeof placeTarget>[1];

describe('placeTarget', () => {
  it('leaves a map that shows the town, and frames one it does not', () => {
    expect(placeTarget(view([60, 35, 85, 50]), town(69, 42))).toBeNull();
    expect(placeTarget(view([60, 35, 85, 50]), town(100, 47))).toEqual([98.5, 46, 101.5, 48]);
  });
  it('counts a town under a card as not shown, and one whose name would be cut by the card too', () => {
    // A story card over the lower half: 69°E 42°N falls at y = 320, under it.
    const lowerHalfCovered = { left: 0, top: 0, right: 1000, bottom: 300 };
    expect(placeShown(view([60, 35, 85, 50], lowerHalfCovered), town(69, 42))).toBe(false);
    expect(placeTarget(view([60, 35, 85, 50], lowerHalfCovered), town(69, 42))).toEqual([67.5, 41, 70.5, 43]);
    // 69°E 45°N falls at y = 200: its dot is clear, and its name has 20 px above and below.
    expect(placeShown(view([60, 35, 85, 50], lowerHalfCovered), town(69, 45))).toBe(true);
    // A card from x = 480: 70°E (x = 400) leaves 80 px for a name, 70.1°E 76 px, too few.
    const rightCovered = { left: 0, top: 0, right: 480, bottom: 600 };
    expect(placeShown(view([60, 35, 85, 50], rightCovered), town(70, 45))).toBe(true);
    expect(placeShown(view([60, 35, 85, 50], rightCovered), town(70.1, 45))).toBe(false);
  });
  it('wants a region whole in the uncovered part', () => {
    expect(placeShown(view([60, 35, 85, 50]), region([70, 40, 75, 45]))).toBe(true);
    expect(
      placeShown(
        view([60, 35, 85, 50], { left: 0, top: 0, right: 1000, bottom: 300 }),
        region([70, 40, 75, 45]),
      ),
    ).toBe(false);
    expect(placeTarget(view([60, 35, 85, 50]), region([80, 40, 90, 45]))).toEqual([80, 40, 90, 45]);
  });
});

describe('marchesTarget', () => {
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
  it('follows the marches only when none of them is on screen', () => {
    expect(marchesTarget(view([60, 35, 85, 50]), marches)).toBeNull();
    expect(marchesTarget(view([60, 35, 85, 50]), marches.slice(0, 1))).toEqual([100, 46, 104, 47]);
    expect(marchesTarget(view([60, 35, 85, 50]), [])).toBeNull();
  });
  it('counts a march under a card as not on screen', () => {
    // 70–72°E, 42–43°N lies at y 280–320: under a card over the lower half from y = 250.
    const covered = { left: 0, top: 0, right: 1000, bottom: 250 };
    expect(marchesTarget(view([60, 35, 85, 50], covered), marches.slice(1))).toEqual([70, 42, 72, 43]);
  });
});
