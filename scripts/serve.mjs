#!/usr/bin/env node
// A small static server for the built atlas (`npm start`, `npm run preview`, the tests and the
// benchmark). No dependencies; serves dist/ on 127.0.0.1 only.
//   node scripts/serve.mjs [--dir dist] [--port 4173] [--header 'Name: value' …]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` over HTTP. Resolves to { url, port, close }. Tries the next ports when one is busy.
 * `headers` are added to every response (e.g. a Content-Security-Policy for tests).
 */
export async function startServer({ dir = 'dist', port = 4173, headers = {}, quiet = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        // The atlas is made to be embedded from other origins (one <script type="module"> tag).
        'Access-Control-Allow-Origin': '*',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(400).end('Bad request');
    }
  });
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
