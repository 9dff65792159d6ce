/**
 * Range names placed from the elevation: each range's label sits on its highest ground (the cell
 * of the top 3 % of a hand-picked search box nearest to their centre) and is turned along the
 * axis of that high ground, so it runs with the crest. The boxes only say where to look.
 */
import { writeFileSync } from 'node:fs';
import type { ElevationGrid } from './elevation.ts';

type Box = [west: number, south: number, east: number, north: number];

/** Where each range is, roughly (standard geographic descriptions); its name is the key. */
export const RANGE_BOXES: Record<string, Box> = {
  'Tian Shan': [69.5, 39.8, 95, 44.3],
  'Dzungarian Alatau': [78.3, 44.6, 80.6, 45.7],
  Tarbagatai: [80.5, 46.6, 85.7, 47.8],
  Altai: [83, 45.5, 99, 51],
  Karatau: [67.5, 43.45, 69.6, 44.6],
  Pamir: [71, 36.8, 75.6, 39.3],
  Alay: [69.5, 39.6, 74, 40.15],
  Kunlun: [76, 34.8, 97, 37.4],
  Himalaya: [78, 26.8, 93, 28.9],
  Hangai: [96, 46, 103, 49],
  Sayan: [89, 50.8, 103, 54],
  Khentii: [106.5, 47.5, 111, 50],
  'Kopet Dag': [54, 37.2, 60, 39],
  'Hindu Kush': [67, 34.7, 72.5, 37],
  Qilian: [94, 37.2, 103, 40],
  Ural: [56, 50.5, 61, 58],
};

export interface RangeLabel {
  name: string;
  /** Where the label goes: on the range's highest ground, near its middle. */
  coordinates: [number, number];
  /** Degrees clockwise from east, for MapLibre's `text-rotate`; within ±60° to stay readable. */
  rotate: number;
  /** The highest elevation found in the box (a 2′ pixel average: summits read low). */
  highestMetres: number;
}

/** Places one range's label from the elevation grid. */
export function placeRangeLabel(
  grid: ElevationGrid,
  name: string,
  [w, s, e, n]: Box,
  share = 0.03,
): RangeLabel {
  const x0 = Math.max(0, Math.floor((w - grid.west) / grid.step));
  const x1 = Math.min(grid.width - 1, Math.ceil((e - grid.west) / grid.step));
  const y0 = Math.max(0, Math.floor((grid.north - n) / grid.step));
  const y1 = Math.min(grid.height - 1, Math.ceil((grid.north - s) / grid.step));
  const cells: { x: number; y: number; m: number }[] = [];
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) cells.push({ x, y, m: grid.metres[y * grid.width + x]! });
  if (cells.length === 0) throw new Error(`${name}: search box outside the elevation grid`);
  cells.sort((a, b) => b.m - a.m);
  const top = cells.slice(0, Math.max(3, Math.round(cells.length * share)));
  // Principal axis of the high ground, in local metres-like units (longitude shrunk by cos φ).
  const lon = (c: { x: number }) => grid.west + (c.x + 0.5) * grid.step;
  const lat = (c: { y: number }) => grid.north - (c.y + 0.5) * grid.step;
  const cLon = top.reduce((a, c) => a + lon(c), 0) / top.length;
  const cLat = top.reduce((a, c) => a + lat(c), 0) / top.length;
  const k = Math.cos((cLat * Math.PI) / 180);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const c of top) {
    const dx = (lon(c) - cLon) * k;
    const dy = lat(c) - cLat;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const axis = (0.5 * Math.atan2(2 * sxy, sxx - syy) * 180) / Math.PI; // counter-clockwise from east
  const rotate = Math.max(-60, Math.min(60, -axis));
  // The centre of scattered massifs can fall in a basin between them: take the high cell nearest to it.
  const nearest = top.reduce((best, c) =>
    ((lon(c) - cLon) * k) ** 2 + (lat(c) - cLat) ** 2 <
    ((lon(best) - cLon) * k) ** 2 + (lat(best) - cLat) ** 2
      ? c
      : best,
  );
  return {
    name,
    coordinates: [Math.round(lon(nearest) * 1000) / 1000, Math.round(lat(nearest) * 1000) / 1000],
    rotate: Math.round(rotate),
    highestMetres: Math.round(top[0]!.m),
  };
}

/** The range-labels FeatureCollection for a grid. */
export function rangeLabels(grid: ElevationGrid) {
  return Object.entries(RANGE_BOXES).map(([name, box]) => {
    const label = placeRangeLabel(grid, name, box);
    return {
      type: 'Feature',
      properties: { name, rotate: label.rotate, highestMetres: label.highestMetres },
      geometry: { type: 'Point', coordinates: label.coordinates },
    };
  });
}

export function writeRangeLabels(grid: ElevationGrid, file: string): void {
  const features = rangeLabels(grid);
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n');
  console.log(`${file}: ${features.length} range labels`);
}
