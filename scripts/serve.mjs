#!/usr/bin/env node
// The static server for the built atlas (`npm start`, `npm run preview`, the tests and the
// benchmark), on sirv; serves dist/ on 127.0.0.1 only.
//   node scripts/serve.mjs [--dir dist] [--port 4173] [--header 'Name: value' …]
import { createServer } from 'node:http';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Hashed file names (Vite's `assets/name-hash.js`) never change: a year in the cache, unasked. */
const IMMUTABLE = /^\/assets\//;

/**
 * Serves `dir` over HTTP with sirv: the `.br`/`.gz` copy the browser accepts (written by the
 * build, scripts/compress.mjs) with `Vary: Accept-Encoding`, ETags and 304s. Hashed files under
 * assets/ are cached for a year as immutable; the rest (HTML, sw.js, the manifest, war-atlas.js,
 * data) is `no-cache`: kept, but checked by ETag before use. Resolves to { url, port, close };
 * tries the next ports when one is busy. `headers` are added to every response (e.g. a
 * Content-Security-Policy for tests).
 */
export async function startServer({ dir = 'dist', port = 4173, headers = {}, quiet = false } = {}) {
  const files = sirv(resolve(dir), {
    // Looks each file up when asked (not once at start): a rebuild, or a test that writes a new
    // sw.js, is served at once.
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      // The atlas is made to be embedded from other origins (one <script type="module"> tag).
      res.setHeader('Access-Control-Allow-Origin', '*');
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    },
  });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Not found');
    }),
  );
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(port + attempt, '127.0.0.1', ok);
      });
      break;
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || attempt >= 20) throw e;
    }
  }
  const actual = server.address().port;
  const url = `http://127.0.0.1:${actual}/`;
  if (!quiet) console.log(`War Atlas: ${url}`);
  return { url, port: actual, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const headers = {};
  args.forEach((a, i) => {
    if (a === '--header' && args[i + 1]?.includes(':')) {
      const [name, ...rest] = args[i + 1].split(':');
      headers[name.trim()] = rest.join(':').trim();
    }
  });
  const dir = value('--dir') ?? 'dist';
  const found = await stat(join(dir, 'index.html')).catch(() => null);
  if (!found) {
    console.error(
      `No ${dir}/index.html: run \`npm run build\` first (or \`npm start\`, which builds and serves).`,
    );
    process.exit(1);
  }
  await startServer({ dir, port: Number(value('--port') ?? process.env.PORT ?? 4173), headers });
}
