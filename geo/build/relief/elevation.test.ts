import { describe, expect, it } from 'vitest';
import {
  decodeGrey,
  decodeTerrarium,
  encodeTerrarium,
  gaussianBlur,
  greyToMetres,
  sampleElevation,
  type ElevationGrid,
} from './elevation.ts';
import { readElevationGrid } from './grid.ts';

describe('greyToMetres (Marble srtm grey byte → metres)', () => {
  // Grey bytes read from marble-qt-data 4:22.12.3-1, srtm/3, at the middle of each lake or town
  // (every pixel of the 3×3 block around the point has this value on the lakes);
  // the heights are the surveyed ones quoted in ../shared/RELIEF.md.
  const samples = [
    { place: 'Lake Balkhash (341 m)', grey: 141, metres: 341, tolerance: 15 },
    { place: 'Issyk-Kul (1607 m)', grey: 188, metres: 1607, tolerance: 30 },
    { place: 'Lhasa (≈3650 m)', grey: 214, metres: 3650, tolerance: 60 },
    { place: 'Nam Co (4718 m)', grey: 227, metres: 4718, tolerance: 60 },
    { place: 'Caspian (−28 m)', grey: 87, metres: -28, tolerance: 5 },
  ];
  for (const s of samples)
    it(`reads ${s.place} within ${s.tolerance} m`, () => {
      expect(Math.abs(greyToMetres(s.grey) - s.metres)).toBeLessThanOrEqual(s.tolerance);
    });

  it('rises with every grey step and goes on past the last stop', () => {
    for (let g = 1; g < 256; g++) expect(greyToMetres(g)).toBeGreaterThan(greyToMetres(g - 1));
    expect(greyToMetres(255)).toBeGreaterThan(7000);
    expect(decodeGrey(Uint8Array.of(141, 188))).toEqual(
      Float32Array.of(greyToMetres(141), greyToMetres(188)),
    );
  });
});

describe('Terrarium encoding', () => {
  it('round-trips heights from the Caspian to above Everest', () => {
    const px = new Uint8Array(3);
    for (const m of [-30, 0, 341, 1607.5, 3650.25, 8848]) {
      encodeTerrarium(m, px, 0);
      expect(decodeTerrarium(px[0]!, px[1]!, px[2]!)).toBeCloseTo(m, 1);
    }
  });
});

describe('gaussianBlur', () => {
  it('smooths 8-px JPEG-like blocks away but keeps a ridge where it is', () => {
    const w = 32;
    const h = 32;
    const v = new Float32Array(w * h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        v[y * w + x] = 1000 - 40 * Math.abs(x - 16) + (((x >> 3) + (y >> 3)) % 2 ? 15 : -15);
    const out = gaussianBlur(v, w, h, 1.2);
    // The step at a block edge (x = 7 → 8) shrinks, and the ridge's top is still at x = 16.
    const step = (a: Float32Array, y: number) => Math.abs(a[y * w + 8]! - a[y * w + 7]! - 40);
    expect(step(out, 12)).toBeLessThan(step(v, 12) / 2);
    const row = Array.from(out.subarray(12 * w, 13 * w));
    expect(row.indexOf(Math.max(...row))).toBe(16);
  });
});

describe('the committed elevation grid (geo/basemap/elevation.png)', async () => {
  const grid: ElevationGrid = await readElevationGrid();
  const at = (lon: number, lat: number) => sampleElevation(grid, lon, lat)!;

  it('covers the frame at 1/30°', () => {
    expect(grid.width).toBe(2250);
    expect(grid.height).toBe(960);
  });
  it('has the lakes at their levels and the plains low', () => {
    expect(Math.abs(at(74.9, 46.35) - 341)).toBeLessThan(20); // Balkhash
    expect(Math.abs(at(77.3, 42.45) - 1607)).toBeLessThan(40); // Issyk-Kul
    expect(at(61, 44)).toBeLessThan(200); // Kyzylkum by the Aral
    expect(at(68.5, 43.5)).toBeLessThan(at(69.7, 43.2)); // the Karatau stands over the Syr Darya plain
  });
  it('has the mountains high', () => {
    expect(at(80.1, 42.2)).toBeGreaterThan(4000); // central Tian Shan, by Khan Tengri
    expect(at(86.6, 49.8)).toBeGreaterThan(2500); // Belukha, Altai
    expect(at(86, 33)).toBeGreaterThan(4500); // the Tibetan plateau
  });
});
