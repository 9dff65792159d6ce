/**
 * Reads the committed elevation grid of the frame (`geo/basemap/elevation.png`, Terrarium RGB at
 * 1/30°, written by `build.ts`) for build-time work: range labels, crest tracing, tests.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { decodeTerrarium, type ElevationGrid } from './elevation.ts';
import { FRAME } from './frame.ts';

export const ELEVATION_FILE = join(import.meta.dirname, '../../basemap/elevation.png');

export async function readElevationGrid(file = ELEVATION_FILE): Promise<ElevationGrid> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const metres = new Float32Array(info.width * info.height);
  for (let i = 0; i < metres.length; i++) {
    const o = i * info.channels;
    metres[i] = decodeTerrarium(data[o]!, data[o + 1]!, data[o + 2]!);
  }
  return {
    width: info.width,
    height: info.height,
    west: FRAME.west,
    north: FRAME.north,
    step: (FRAME.east - FRAME.west) / info.width,
    metres,
  };
}
