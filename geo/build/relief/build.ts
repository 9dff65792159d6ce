/**
 * `npm run geo:relief` (also run by `npm run geo:build`): elevation for the atlas frame from
 * KDE Marble's SRTM30 tiles (Debian's marble-qt-data), and the 1689 van Schagen map cropped to it.
 *
 *   tsx geo/build/relief/build.ts <marble-data-dir>
 *
 * <marble-data-dir> is `usr/share/marble/data/maps/earth` of the unpacked package (relief.sh
 * downloads and unpacks it). Writes:
 *   geo/basemap/elevation.png        the frame at 1/30°, Terrarium-encoded (for the build: range
 *                                    labels, crest tracing)
 *   public/relief/{z}/{x}/{y}.webp   raster-dem tiles (Terrarium, 512 px, lossless WebP) for MapLibre
 *   public/relief/schagen1689.jpg    the old map, laid on the frame by control points, in Web Mercator
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { FRAME, RELIEF_MAX_ZOOM, RELIEF_MIN_ZOOM, SCHAGEN_BOUNDS } from './frame.ts';
import {
  decodeGrey,
  encodeTerrarium,
  gaussianBlur,
  sampleElevation,
  type ElevationGrid,
} from './elevation.ts';
import { lonLatOfTilePixel, tilesCovering } from './tiles.ts';
import { writeRangeLabels } from './ranges.ts';
import { readElevationGrid } from './grid.ts';
import { applyAffine, fitAffine, invertAffine } from './affine.ts';

const marbleArg = process.argv[2];
if (!marbleArg) {
  console.error('usage: tsx geo/build/relief/build.ts <marble earth data dir>');
  process.exit(1);
}
const marble: string = marbleArg;
const ROOT = join(import.meta.dirname, '../../..');

// Level 3 of Marble's srtm theme: 16 × 8 tiles of 675 px, each 22.5°. Rows 1–2 and columns 10–13
// hold 45–135° E, 22.5–67.5° N, which contains the frame.
const TILE = 675;
const ROWS = [1, 2];
const COLS = [10, 11, 12, 13];

async function mosaic(): Promise<ElevationGrid> {
  const width = TILE * COLS.length;
  const height = TILE * ROWS.length;
  const grey = new Uint8Array(width * height);
  for (const [ri, r] of ROWS.entries())
    for (const [ci, c] of COLS.entries()) {
      const name = `${String(r).padStart(6, '0')}_${String(c).padStart(6, '0')}.jpg`;
      const file = join(marble, 'srtm/3', String(r).padStart(6, '0'), name);
      const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true });
      if (info.width !== TILE || info.height !== TILE) throw new Error(`${file}: expected ${TILE}×${TILE}`);
      for (let y = 0; y < TILE; y++)
        grey.set(data.subarray(y * TILE, (y + 1) * TILE), (ri * TILE + y) * width + ci * TILE);
    }
  // JPEG quality 70: a Gaussian of 1.2 px takes out the 8-px block edges the hillshade would show.
  const metres = gaussianBlur(decodeGrey(grey), width, height, 1.2);
  return {
    width,
    height,
    west: -180 + 22.5 * COLS[0]!,
    north: 90 - 22.5 * ROWS[0]!,
    step: 22.5 / TILE,
    metres,
  };
}

/** The frame, cut from the mosaic, to the metre; sea floor clamped to the Caspian's level. */
async function writeFrameGrid(grid: ElevationGrid, file: string): Promise<void> {
  const x0 = Math.round((FRAME.west - grid.west) / grid.step);
  const y0 = Math.round((grid.north - FRAME.north) / grid.step);
  const width = Math.round((FRAME.east - FRAME.west) / grid.step);
  const height = Math.round((FRAME.north - FRAME.south) / grid.step);
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const m = grid.metres[(y0 + y) * grid.width + x0 + x]!;
      encodeTerrarium(Math.round(Math.max(SEA_FLOOR, m)), rgb, (y * width + x) * 3);
    }
  await sharp(rgb, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 9 })
    .toFile(file);
  console.log(`${file}: ${width}×${height}`);
}

/** Seas and lakes are drawn flat from GSHHG over the relief; their floors would only shade the shore. */
const SEA_FLOOR = -30;

const TILE_STEP_M = 4;

async function writeTiles(grid: ElevationGrid, dir: string): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let z = RELIEF_MIN_ZOOM; z <= RELIEF_MAX_ZOOM; z++)
    for (const { x, y } of tilesCovering(FRAME, z)) {
      const size = 512;
      const rgb = new Uint8Array(size * size * 3);
      for (let py = 0; py < size; py++)
        for (let px = 0; px < size; px++) {
          const [lon, lat] = lonLatOfTilePixel(z, x, y, px + 0.5, py + 0.5, size);
          const inFrame = lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north;
          const m = inFrame ? (sampleElevation(grid, lon, lat) ?? 0) : 0;
          // 4 m steps: a third fewer bytes than whole metres, and invisible in the shading of a
          // 3.7 km pixel (a 4 m step is a 0.1 % slope).
          encodeTerrarium(
            Math.round(Math.max(SEA_FLOOR, m) / TILE_STEP_M) * TILE_STEP_M,
            rgb,
            (py * size + px) * 3,
          );
        }
      mkdirSync(join(dir, String(z), String(x)), { recursive: true });
      const out = join(dir, String(z), String(x), `${y}.webp`);
      const info = await sharp(rgb, { raw: { width: size, height: size, channels: 3 } })
        .webp({ lossless: true, effort: 6 })
        .toFile(out);
      bytes += info.size;
    }
  return bytes;
}

/**
 * Van Schagen's map laid on the frame by an affine fit to towns it draws (control points in
 * schagen-control-points.json), resampled to Web Mercator so MapLibre's image source places it.
 * The misfit (hundreds of km: a 1689 map is not a survey) is printed and stated in SOURCES.md.
 */
async function writeSchagen(file: string): Promise<number> {
  const src = join(marble, 'schagen1689/schagen1689.jpg');
  const { data, info } = await sharp(src).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const control = JSON.parse(
    readFileSync(join(import.meta.dirname, 'schagen-control-points.json'), 'utf8'),
  ) as {
    points: { name: string; lonLat: [number, number]; pixel: [number, number] }[];
  };
  const toPixel = fitAffine(control.points.map((p) => ({ from: p.lonLat, to: p.pixel })));
  const toLonLat = invertAffine(toPixel);
  const misfitKm = control.points.map((p) => {
    const [lon, lat] = applyAffine(toLonLat, p.pixel);
    const km = distanceKm(p.lonLat, [lon, lat]);
    console.log(`  ${p.name}: drawn ${Math.round(km)} km from where it is`);
    return km;
  });
  const rms = Math.sqrt(misfitKm.reduce((a, k) => a + k * k, 0) / misfitKm.length);
  console.log(
    `  van Schagen control points: RMS misfit ${Math.round(rms)} km, largest ${Math.round(Math.max(...misfitKm))} km`,
  );

  const { west, east, south, north } = SCHAGEN_BOUNDS;
  const perDegree = 15; // twice the source's 7.5 px a degree near Central Asia, for smooth resampling
  const width = Math.round((east - west) * perDegree);
  const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const height = Math.round((((merc(north) - merc(south)) * 180) / Math.PI) * perDegree);
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const m = merc(north) - ((y + 0.5) / height) * (merc(north) - merc(south));
    const lat = (Math.atan(Math.sinh(m)) * 180) / Math.PI;
    for (let x = 0; x < width; x++) {
      const lon = west + ((x + 0.5) / width) * (east - west);
      const [px, py] = applyAffine(toPixel, [lon, lat]);
      const sx = Math.min(info.width - 1, Math.max(0, Math.floor(px)));
      const sy = Math.min(info.height - 1, Math.max(0, Math.floor(py)));
      for (let c = 0; c < 3; c++)
        out[(y * width + x) * 3 + c] = data[(sy * info.width + sx) * info.channels + c]!;
    }
  }
  const result = await sharp(out, { raw: { width, height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 72, mozjpeg: true })
    .toFile(file);
  console.log(`${file}: ${width}×${height}, ${result.size} bytes`);
  return result.size;
}

/** Great-circle distance, km. */
function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const grid = await mosaic();
await writeFrameGrid(grid, join(ROOT, 'geo/basemap/elevation.png'));
const tileBytes = await writeTiles(grid, join(ROOT, 'public/relief/tiles'));
console.log(`public/relief/tiles: ${tileBytes} bytes`);
await writeSchagen(join(ROOT, 'public/relief/schagen1689.jpg'));
// Labels from the committed grid, so a test can re-derive them from what is in the repository.
writeRangeLabels(await readElevationGrid(), join(ROOT, 'geo/basemap/range-labels.geojson'));
