import { booleanPointInPolygon, point, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { FIRST_LOOK, labelPoint } from './outlines.ts';
import type { Area } from './territory.ts';

/** A box [west, south, east, north] as a territory. */
const box = ([w, s, e, n]: [number, number, number, number]) =>
  polygon([
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ]) as Area;

describe('labelPoint', () => {
  it('names a territory at the middle of its land', () => {
    expect(labelPoint(box([50, 44, 60, 50]))).toEqual([55, 47]);
  });

  it('moves a name from under the title card to just below it', () => {
    // Like the Kazakh Khanate: its middle under the card, a large part in view below it.
    const steppe = box([56, 42, 76, 52]);
    expect(booleanPointInPolygon(point(labelPoint(steppe)), FIRST_LOOK.card)).toBe(true);
    const [lon, lat] = labelPoint(steppe, FIRST_LOOK);
    expect(lon).toBeCloseTo(66, 0);
    expect(lat).toBeCloseTo(45.1, 1);
  });

  it('names a land whose middle is off the view in the part of it in view', () => {
    // Like the Dzungar Khanate: its middle far east, its western lands in view.
    const khanate = box([78, 36, 110, 52]);
    expect(booleanPointInPolygon(point(labelPoint(khanate)), FIRST_LOOK.view)).toBe(false);
    expect(labelPoint(khanate, FIRST_LOOK)).toEqual([80.5, 43.45]);
  });

  it('keeps the middle of a territory that only touches the first view', () => {
    // A strip one degree wide along the view's east edge: too little to name it there.
    const edge = box([82, 30, 100, 50]);
    expect(labelPoint(edge, FIRST_LOOK)).toEqual(labelPoint(edge));
  });
});
