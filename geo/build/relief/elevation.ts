/**
 * Elevation from KDE Marble's SRTM30 greyscale tiles (../shared/RELIEF.md), as pure functions:
 * grey byte → metres, smoothing of the JPEG noise, and the Terrarium encoding MapLibre's
 * `raster-dem` sources read. No file access here: `build.ts` does the reading and writing.
 */

/** Marble's gradient stops: p = (grey + 0.5) / 256 → metres (srtm.dgml legend, RELIEF.md). */
const STOPS: readonly (readonly [number, number])[] = [
  [0, -11000],
  [0.07, -6500],
  [0.14, -4000],
  [0.21, -2000],
  [0.28, -200],
  [0.31, -50],
  [0.38, 0],
  [0.45, 50],
  [0.52, 200],
  [0.59, 500],
  [0.7, 1000],
  // The legend puts 2000 m at p = .77 (grey 196.6); on this data Issyk-Kul (1607 m) then reads
  // ~90 m low. Grey 194.2, as RELIEF.md found, fits the known heights between 1000 and 3500 m.
  [(194.2 + 0.5) / 256, 2000],
  [0.83, 3500],
  [0.9, 5000],
  [0.95, 7000],
];

/** Metres for one grey byte of Marble's `srtm` theme; above the last stop the last segment goes on. */
export function greyToMetres(grey: number): number {
  const p = (grey + 0.5) / 256;
  for (let i = 1; i < STOPS.length; i++) {
    const [p1, m1] = STOPS[i]!;
    if (p <= p1 || i === STOPS.length - 1) {
      const [p0, m0] = STOPS[i - 1]!;
      return m0 + ((p - p0) / (p1 - p0)) * (m1 - m0);
    }
  }
  return STOPS[STOPS.length - 1]![1];
}

/** A grid of elevations in metres, row-major from the north-west corner, plate carrée. */
export interface ElevationGrid {
  width: number;
  height: number;
  /** Longitude of the west edge and latitude of the north edge, degrees. */
  west: number;
  north: number;
  /** Degrees per pixel (both axes). */
  step: number;
  metres: Float32Array;
}

/** Decodes a greyscale raster with greyToMetres (a 256-entry lookup). */
export function decodeGrey(grey: Uint8Array): Float32Array {
  const table = Float32Array.from({ length: 256 }, (_, g) => greyToMetres(g));
  const out = new Float32Array(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = table[grey[i]!]!;
  return out;
}

/** Separable Gaussian blur (edges clamped): removes JPEG block noise before shading. */
export function gaussianBlur(
  values: Float32Array,
  width: number,
  height: number,
  sigma: number,
): Float32Array {
  const radius = Math.max(1, Math.ceil(sigma * 3));
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) =>
    Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)),
  );
  const sum = kernel.reduce((a, b) => a + b, 0);
  const k = kernel.map((w) => w / sum);
  const pass = (src: Float32Array, horizontal: boolean): Float32Array => {
    const dst = new Float32Array(src.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let acc = 0;
        for (let i = -radius; i <= radius; i++) {
          const xx = horizontal ? Math.min(width - 1, Math.max(0, x + i)) : x;
          const yy = horizontal ? y : Math.min(height - 1, Math.max(0, y + i));
          acc += src[yy * width + xx]! * k[i + radius]!;
        }
        dst[y * width + x] = acc;
      }
    return dst;
  };
  return pass(pass(values, true), false);
}

/** Elevation at a longitude/latitude, bilinear between pixel centres; null outside the grid. */
export function sampleElevation(grid: ElevationGrid, lon: number, lat: number): number | null {
  const fx = (lon - grid.west) / grid.step - 0.5;
  const fy = (grid.north - lat) / grid.step - 0.5;
  if (fx < -0.5 || fy < -0.5 || fx > grid.width - 0.5 || fy > grid.height - 0.5) return null;
  const x0 = Math.max(0, Math.min(grid.width - 1, Math.floor(fx)));
  const y0 = Math.max(0, Math.min(grid.height - 1, Math.floor(fy)));
  const x1 = Math.min(grid.width - 1, x0 + 1);
  const y1 = Math.min(grid.height - 1, y0 + 1);
  const tx = Math.max(0, Math.min(1, fx - x0));
  const ty = Math.max(0, Math.min(1, fy - y0));
  const at = (x: number, y: number) => grid.metres[y * grid.width + x]!;
  return (
    at(x0, y0) * (1 - tx) * (1 - ty) +
    at(x1, y0) * tx * (1 - ty) +
    at(x0, y1) * (1 - tx) * ty +
    at(x1, y1) * tx * ty
  );
}

/** Terrarium: metres = R·256 + G + B/256 − 32768 (what MapLibre's `encoding: 'terrarium'` reads). */
export function encodeTerrarium(metres: number, out: Uint8Array | Uint8ClampedArray, offset: number): void {
  const v = Math.max(0, Math.min(65535.996, metres + 32768));
  out[offset] = Math.floor(v / 256);
  out[offset + 1] = Math.floor(v) % 256;
  out[offset + 2] = Math.floor((v - Math.floor(v)) * 256);
}

export function decodeTerrarium(r: number, g: number, b: number): number {
  return r * 256 + g + b / 256 - 32768;
}
