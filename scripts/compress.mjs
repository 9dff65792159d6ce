// Brotli and gzip copies beside every text file of the build (`app.js` → `app.js.br`,
// `app.js.gz`), which scripts/serve.mjs (sirv) and most static hosts send to browsers that
// accept them. Written once at build time, at the highest levels, so no server compresses on
// the fly.
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The files worth compressing: text. Images, fonts and tiles are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|webmanifest|txt|md|csv|xml|wasm)$/;
/** Below this a copy saves less than a request's headers weigh. */
const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` beside `file` (or removes stale ones when a copy would not be
 * smaller). Resolves to the sizes: { raw, br, gz } (0 for a copy not written).
 */
export async function writeCompressed(file) {
  const raw = await readFile(file);
  const sizes = { raw: raw.length, br: 0, gz: 0 };
  const copies = [
    [
      'br',
      () =>
        brotli(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        }),
    ],
    ['gz', () => gz(raw, { level: 9 })],
  ];
  for (const [ext, compress] of copies) {
    const copy = raw.length >= MIN_BYTES ? await compress() : null;
    if (copy && copy.length < raw.length) {
      await writeFile(`${file}.${ext}`, copy);
      sizes[ext] = copy.length;
    } else await unlink(`${file}.${ext}`).catch(() => {});
  }
  return sizes;
}

async function* textFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Compresses every text file under `dir`; resolves to the totals { files, raw, br, gz }. */
export async function compressBuild(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  const jobs = [];
  for await (const file of textFiles(dir)) jobs.push(writeCompressed(file));
  for (const sizes of await Promise.all(jobs)) {
    totals.files++;
    totals.raw += sizes.raw;
    totals.br += sizes.br || sizes.raw;
    totals.gz += sizes.gz || sizes.raw;
  }
  return totals;
}

/**
 * The Vite plugin: compresses the build once everything (the service worker included, which
 * vite-plugin-pwa writes when the bundle closes) is on disk.
 */
export function compress() {
  let outDir = 'dist';
  return {
    name: 'war-atlas-compress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      // outDir is relative to the config's root (bench/ for the baseline pages), not to the cwd.
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!(await stat(outDir).catch(() => null))) return;
        const t = await compressBuild(outDir);
        const kib = (n) => `${Math.round(n / 1024)} KiB`;
        this.info?.(`compressed ${t.files} files: ${kib(t.raw)} → brotli ${kib(t.br)}, gzip ${kib(t.gz)}`);
      },
    },
  };
}
