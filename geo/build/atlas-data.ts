/**
 * Reads geo/ from disk, validates it and computes the atlas (used by the Vite plugin, the
 * `validate` script and the tests). Every failure is a DataError naming file, feature, field.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtlas } from '../../src/lib/model/atlas.ts';
import type { BuiltAtlas } from '../../src/lib/model/atlasData.ts';
import type { Basemap } from '../../src/lib/model/types.ts';
import {
  DataError,
  HISTORY_FILES,
  validateHistory,
  type DataProblem,
  type HistoryKey,
} from '../../src/lib/model/validate.ts';

export const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const BASEMAP_FILES = {
  water: 'basemap/water.geojson',
  rivers: 'basemap/rivers.geojson',
  ranges: 'basemap/range-labels.geojson',
  crests: 'basemap/crests.geojson',
} as const;

/** Every file the atlas is built from, relative to geo/. */
export function sourceFiles(): string[] {
  return [
    'source/article.txt',
    ...Object.values(HISTORY_FILES).map((f) => `history/${f}`),
    ...Object.values(BASEMAP_FILES),
  ];
}

function readJson(path: string, file: string, problems: DataProblem[]): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    problems.push({ file, feature: '(file)', field: '(file)', message: 'cannot be read' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push({
      file,
      feature: '(file)',
      field: '(file)',
      message: `is not valid JSON: ${(e as Error).message}`,
    });
    return undefined;
  }
}

/** Loads, validates and computes the atlas from a geo/ folder (default: the repo's). */
export function loadAtlas(geoDir = GEO_DIR): BuiltAtlas {
  const problems: DataProblem[] = [];
  const raw = {} as Record<HistoryKey, unknown>;
  for (const [key, file] of Object.entries(HISTORY_FILES))
    raw[key as HistoryKey] = readJson(join(geoDir, 'history', file), file, problems);
  const basemap = {} as Record<keyof Basemap, unknown>;
  for (const [key, file] of Object.entries(BASEMAP_FILES)) {
    const value = readJson(join(geoDir, file), file, problems);
    const ok =
      typeof value === 'object' &&
      value !== null &&
      (value as { type?: unknown }).type === 'FeatureCollection';
    if (value !== undefined && !ok)
      problems.push({
        file,
        feature: '(file)',
        field: 'type',
        message: 'expected a GeoJSON FeatureCollection',
      });
    basemap[key as keyof Basemap] = value;
  }
  if (problems.length) throw new DataError(problems);
  const article = readFileSync(join(geoDir, 'source/article.txt'), 'utf8');
  const history = validateHistory(raw, article);
  return buildAtlas(history, basemap as unknown as Basemap);
}
