/**
 * Vite plugin: `import('virtual:atlas-data')` yields the precomputed AtlasData, shipped packed
 * (src/lib/model/packed.ts) and unpacked as the chunk loads. The data is
 * validated and computed once per build (and again in dev when a geo/ file changes); a broken
 * file stops the build with file, feature and field named. The build also writes the open data
 * (OPEN_DATA_FILES) beside the page; the dev server serves the same files.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DataNames } from '../../src/lib/i18n/names.ts';
import type { AtlasData, BuiltAtlas } from '../../src/lib/model/atlasData.ts';
import { eventsCsv, openDataGeoJSON, openDataReadme } from '../../src/lib/model/openData.ts';
import { packAtlas, packCollection, packComparisons } from '../../src/lib/model/packed.ts';
import { splitRivers } from '../../src/lib/model/rivers.ts';
import { DataError } from '../../src/lib/model/validate.ts';
import { GEO_DIR, loadAtlas, sourceFiles } from './atlas-data.ts';
import { Localizer } from '../../src/lib/i18n/localizer.ts';
import { posterFiles } from './poster.ts';
import { deferAppScripts, firstPaintMarkup, firstPaintScript, firstPaintStyle } from './firstPaint.ts';

const PACKED_MODULE = resolve(GEO_DIR, '../src/lib/model/packed.ts');

const readNames = (lang: 'kk' | 'ru'): DataNames =>
  JSON.parse(readFileSync(join(GEO_DIR, 'i18n', `${lang}.json`), 'utf8')) as DataNames;

/** The open data files, by path under the built site, and how each is made (DESIGN.md). */
export const OPEN_DATA_FILES: Record<string, { type: string; make: (data: AtlasData) => string }> = {
  'data/war-atlas.geojson': {
    type: 'application/geo+json',
    make: (data) => JSON.stringify(openDataGeoJSON(data, { kk: readNames('kk'), ru: readNames('ru') })),
  },
  'data/events.csv': { type: 'text/csv; charset=utf-8', make: eventsCsv },
  'data/README.md': { type: 'text/markdown; charset=utf-8', make: openDataReadme },
};

const ID = 'virtual:atlas-data';
const RESOLVED = '\0' + ID;
/** The minor rivers, loaded after the first picture (src/lib/model/rivers.ts). */
const DETAIL_ID = 'virtual:atlas-data-detail';
const DETAIL_RESOLVED = '\0' + DETAIL_ID;
/** Two years compared (AtlasData's Comparisons), loaded when a reader compares. */
const COMPARE_ID = 'virtual:atlas-compare';
const COMPARE_RESOLVED = '\0' + COMPARE_ID;

/**
 * `firstPaint: false` (the bench's bare pages) leaves out the first pictures and the first
 * paint, which only the atlas's own pages show.
 */
export function atlasData({ firstPaint = true }: { firstPaint?: boolean } = {}): Plugin {
  let cached: string | null = null;
  let atlas: BuiltAtlas | null = null;
  const computed = (): BuiltAtlas => (atlas ??= loadAtlas());
  // The first pictures (poster.ts), in each language, made when asked for.
  const posters = () =>
    posterFiles(
      computed(),
      (['en', 'kk', 'ru'] as const).map(
        (lang) => new Localizer(lang, computed(), lang === 'en' ? null : readNames(lang)),
      ),
    );
  return {
    name: 'war-atlas-data',
    resolveId(id) {
      return id === ID
        ? RESOLVED
        : id === DETAIL_ID
          ? DETAIL_RESOLVED
          : id === COMPARE_ID
            ? COMPARE_RESOLVED
            : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== DETAIL_RESOLVED && id !== COMPARE_RESOLVED) return undefined;
      for (const file of sourceFiles()) this.addWatchFile(join(GEO_DIR, file));
      let built: BuiltAtlas;
      try {
        built = computed();
      } catch (e) {
        if (e instanceof DataError) this.error(`the atlas data is broken:\n${e.message}`);
        throw e;
      }
      const { comparisons, ...data } = built;
      const { always, detail } = splitRivers(data.basemap.rivers);
      // JSON.parse of a string literal is faster to start than a large object literal.
      const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      const from = JSON.stringify(PACKED_MODULE);
      if (id === COMPARE_RESOLVED)
        return `import { unpackComparisons } from ${from};\nexport default unpackComparisons(${literal(packComparisons(comparisons))});`;
      if (id === DETAIL_RESOLVED)
        return `import { unpackCollection } from ${from};\nexport default unpackCollection(${literal(packCollection(detail, 'rivers'))});`;
      cached ??= `import { unpackAtlas } from ${from};\nexport default unpackAtlas(${literal(
        packAtlas({ ...data, basemap: { ...data.basemap, rivers: always } }),
      )});`;
      return cached;
    },
    // The first paint (firstPaint.ts) in the pages that are one full-window atlas, once Vite has
    // written the module tags: in the build first-paint.js starts them after the first picture
    // (deferAppScripts); the dev server keeps its own.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!firstPaint || !html.includes('<war-atlas></war-atlas>')) return html;
        const page = html
          .replace('</head>', `${firstPaintStyle()}\n  </head>`)
          .replace(
            '<war-atlas></war-atlas>',
            `<war-atlas>\n    ${firstPaintMarkup(computed())}\n    </war-atlas>\n    <script src="./first-paint.js"></script>`,
          );
        return ctx.bundle ? deferAppScripts(page) : page;
      },
    },
    watchChange(id) {
      if (id.startsWith(GEO_DIR)) cached = atlas = null;
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(OPEN_DATA_FILES))
        this.emitFile({ type: 'asset', fileName, source: file.make(computed()) });
      if (!firstPaint) return;
      for (const [fileName, make] of posters()) this.emitFile({ type: 'asset', fileName, source: make() });
      this.emitFile({ type: 'asset', fileName: 'first-paint.js', source: firstPaintScript(computed()) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\//, '');
        const file = Object.hasOwn(OPEN_DATA_FILES, path)
          ? OPEN_DATA_FILES[path]!
          : posters().has(path)
            ? { type: 'image/svg+xml', make: posters().get(path)! }
            : path === 'first-paint.js'
              ? { type: 'text/javascript', make: firstPaintScript }
              : undefined;
        if (!file) return next();
        try {
          res.setHeader('Content-Type', file.type);
          res.end(file.make(computed()));
        } catch (e) {
          next(e);
        }
      });
    },
  };
}

/**
 * `manualChunks` for the atlas and the bench's baseline alike: MapLibre and the precomputed data
 * in chunks of their own, cached apart from our code and measured apart by the benchmark.
 */
export const chunkOf = (id: string): string | undefined =>
  id.includes('node_modules/maplibre-gl')
    ? 'maplibre'
    : id.includes('atlas-data-detail')
      ? 'atlas-data-detail'
      : id.includes('atlas-data')
        ? 'atlas-data'
        : undefined;
