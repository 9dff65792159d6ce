/**
 * Vite plugin: `import('virtual:atlas-data')` yields the precomputed AtlasData. The data is
 * validated and computed once per build (and again in dev when a geo/ file changes); a broken
 * file stops the build with file, feature and field named.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DataError } from '../../src/lib/model/validate.ts';
import { GEO_DIR, loadAtlas, sourceFiles } from './atlas-data.ts';

const ID = 'virtual:atlas-data';
const RESOLVED = '\0' + ID;

export function atlasData(): Plugin {
  let cached: string | null = null;
  return {
    name: 'war-atlas-data',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of sourceFiles()) this.addWatchFile(join(GEO_DIR, file));
      if (!cached) {
        try {
          // JSON.parse of a string literal is faster to start than a large object literal.
          cached = `export default JSON.parse(${JSON.stringify(JSON.stringify(loadAtlas()))});`;
        } catch (e) {
          if (e instanceof DataError) this.error(`the atlas data is broken:\n${e.message}`);
          throw e;
        }
      }
      return cached;
    },
    watchChange(id) {
      if (id.startsWith(GEO_DIR)) cached = null;
    },
  };
}

/**
 * `manualChunks` for the atlas and the bench's baseline alike: MapLibre and the precomputed data
 * in chunks of their own, cached apart from our code and measured apart by the benchmark.
 */
export const chunkOf = (id: string): string | undefined =>
  id.includes('node_modules/maplibre-gl') ? 'maplibre' : id.includes('atlas-data') ? 'atlas-data' : undefined;
