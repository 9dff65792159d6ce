import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceCrest } from './crest.ts';
import { CRESTS, CRESTS_FILE, traceCrests } from './crests.ts';
import { sampleElevation, type ElevationGrid } from './relief/elevation.ts';
import { readElevationGrid } from './relief/grid.ts';

/** A 10°×6° grid at 0.1° with a ridge that bends: its crest runs at latitude 3 + sin(lon) (degrees from the south edge). */
function ridgeGrid(): { grid: ElevationGrid; crestLat: (lon: number) => number } {
  const step = 0.1;
  const width = 100;
  const height = 60;
  const west = 0;
  const north = 6;
  const crestLat = (lon: number) => 3 + Math.sin(lon);
  const metres = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const lon = west + (x + 0.5) * step;
      const lat = north - (y + 0.5) * step;
      // A ridge 3000 m high falling off over about a degree on either side, on a 500 m plain.
      metres[y * width + x] = 500 + 2500 * Math.exp(-(((lat - crestLat(lon)) / 0.8) ** 2));
    }
  return { grid: { width, height, west, north, step, metres }, crestLat };
}

describe('traceCrest on a synthetic ridge', () => {
  const { grid, crestLat } = ridgeGrid();

  it('follows the bending crest between two waypoints instead of the straight line', () => {
    const line = traceCrest(grid, [
      [0.5, crestLat(0.5)],
      [9.5, crestLat(9.5)],
    ]);
    expect(line.length).toBeGreaterThan(50);
    // Every point of the traced line lies within two pixels of the true crest…
    for (const [lon, lat] of line) expect(Math.abs(lat - crestLat(lon))).toBeLessThan(0.2);
    // …which swings a full 2° north and south: a straight line would be 1° off in places.
    const lats = line.map(([, lat]) => lat);
    expect(Math.max(...lats) - Math.min(...lats)).toBeGreaterThan(1.8);
  });

  it('keeps to the ridge even when the waypoints lie off it on the flank', () => {
    const line = traceCrest(grid, [
      [1, crestLat(1) - 0.6],
      [8, crestLat(8) + 0.6],
    ]);
    const middle = line.filter(([lon]) => lon > 2 && lon < 7);
    expect(middle.length).toBeGreaterThan(20);
    for (const [lon, lat] of middle) expect(Math.abs(lat - crestLat(lon))).toBeLessThan(0.2);
  });

  it('never loops back on itself', () => {
    const line = traceCrest(grid, [
      [0.5, crestLat(0.5)],
      [5, crestLat(5) + 0.7],
      [9.5, crestLat(9.5)],
    ]);
    const keys = line.map(([lon, lat]) => `${lon},${lat}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses a waypoint outside the grid, and a single waypoint', () => {
    expect(() =>
      traceCrest(grid, [
        [0.5, 3],
        [20, 3],
      ]),
    ).toThrow(/outside the elevation grid/);
    expect(() => traceCrest(grid, [[0.5, 3]])).toThrow(/at least two/);
  });
});

describe('the crests the atlas uses, on the real elevation grid', async () => {
  const grid = await readElevationGrid();

  it('a traced Tian Shan crest lies above the 80th percentile of elevation in its band', () => {
    for (const name of ['Kokshaal-Too', 'Halyk-Tau', 'Kyrgyz and Trans-Ili Alatau']) {
      const crest = CRESTS.find((c) => c.name === name)!;
      const line = traceCrest(grid, crest.waypoints);
      // The band: every grid cell within 0.75° of latitude of the line, over its span of longitude.
      const band: number[] = [];
      const lons = line.map(([lon]) => lon);
      for (let lon = Math.min(...lons); lon <= Math.max(...lons); lon += grid.step) {
        const near = line.filter(([l]) => Math.abs(l - lon) < grid.step);
        if (!near.length) continue;
        const lat = near.reduce((s, [, l]) => s + l, 0) / near.length;
        for (let d = -0.75; d <= 0.75; d += grid.step) band.push(sampleElevation(grid, lon, lat + d)!);
      }
      band.sort((a, b) => a - b);
      const p80 = band[Math.floor(band.length * 0.8)]!;
      const onLine = line.map(([lon, lat]) => sampleElevation(grid, lon, lat)!).sort((a, b) => a - b);
      const median = onLine[Math.floor(onLine.length / 2)]!;
      expect(
        median,
        `${name}: median on the crest ${Math.round(median)} m, 80th percentile of its band ${Math.round(p80)} m`,
      ).toBeGreaterThan(p80);
    }
  });

  it('the committed geo/basemap/crests.geojson is what tracing the waypoints gives (npm run geo:crests)', () => {
    const committed = JSON.parse(readFileSync(CRESTS_FILE, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(traceCrests(grid))));
  });
});
