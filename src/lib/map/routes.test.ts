import { describe, expect, it } from 'vitest';
import { bearing, distanceKm, lineBounds, lineUpTo } from './routes.ts';

describe('distanceKm', () => {
  it('measures a degree of latitude as about 111 km', () => {
    expect(distanceKm([70, 42], [70, 43])).toBeCloseTo(111.2, 0);
  });
});

describe('bearing', () => {
  it('points east and north', () => {
    expect(bearing([70, 0], [71, 0])).toBeCloseTo(90, 5);
    expect(bearing([70, 42], [70, 43])).toBeCloseTo(0, 5);
  });
});

describe('lineUpTo', () => {
  const line = [
    [0, 0],
    [1, 0],
    [1, 1],
  ];
  it('returns the whole line at 1 and a point at 0', () => {
    expect(lineUpTo(line, 1).coordinates).toEqual(line);
    expect(lineUpTo(line, 0).coordinates).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  it('cuts partway along a segment, with the bearing of that segment', () => {
    const half = lineUpTo(line, 0.25);
    expect(half.coordinates).toHaveLength(2);
    expect(half.coordinates[1]![0]).toBeCloseTo(0.5, 2);
    expect(half.bearing).toBeCloseTo(90, 0);
    const late = lineUpTo(line, 0.75);
    expect(late.coordinates).toHaveLength(3);
    expect(late.coordinates[2]![1]).toBeCloseTo(0.5, 2);
    expect(late.bearing).toBeCloseTo(0, 0);
  });
  it('treats junk fractions as the whole line', () => {
    expect(lineUpTo(line, NaN).coordinates).toEqual(line);
  });
});

describe('lineBounds', () => {
  it('gives west, south, east, north', () => {
    expect(
      lineBounds([
        [70, 42],
        [68, 43],
        [69, 41],
      ]),
    ).toEqual([68, 41, 70, 43]);
  });
});
