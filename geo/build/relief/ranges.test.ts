import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleElevation } from './elevation.ts';
import { readElevationGrid } from './grid.ts';
import { placeRangeLabel, RANGE_BOXES, rangeLabels } from './ranges.ts';

const grid = await readElevationGrid();

describe('range labels from the elevation', () => {
  it('are what the committed grid gives (geo/basemap/range-labels.geojson is reproducible)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../basemap/range-labels.geojson'), 'utf8'),
    ) as { features: unknown[] };
    expect(committed.features).toEqual(rangeLabels(grid));
  });

  it('sit on high ground inside each range’s box', () => {
    for (const [name, [w, s, e, n]] of Object.entries(RANGE_BOXES)) {
      const label = placeRangeLabel(grid, name, [w, s, e, n]);
      const [lon, lat] = label.coordinates;
      expect(lon).toBeGreaterThanOrEqual(w);
      expect(lon).toBeLessThanOrEqual(e);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(n);
      expect(Math.abs(label.rotate)).toBeLessThanOrEqual(60);
      // The label's spot is at least 60 % as high as the range's top (valleys between crests allowed).
      expect(sampleElevation(grid, lon, lat)!, name).toBeGreaterThan(0.6 * label.highestMetres);
    }
  });

  it('follow the run of a ridge: a synthetic ridge rising to the north-east gives a tilted label', () => {
    const width = 60;
    const height = 60;
    const metres = new Float32Array(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) metres[y * width + x] = 3000 - 200 * Math.abs(x - (height - y));
    const label = placeRangeLabel(
      { width, height, west: 0, north: 1, step: 1 / 60, metres },
      'ridge',
      [0, 0, 1, 1],
    );
    // A 45° ridge, text turned counter-clockwise (MapLibre's text-rotate is clockwise).
    expect(label.rotate).toBeLessThan(-30);
    expect(label.rotate).toBeGreaterThan(-60);
  });
});
