// What the server (scripts/serve.mjs) tells browsers and caches: the smallest copy a browser
// accepts, ETags that spare a repeat download, and a year in the cache only for hashed files.
import { expect, test } from '@playwright/test';

test('sends brotli when asked, gzip when only that is asked, and the file itself otherwise', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  // The page's module script is a hashed file under assets/ (first-paint.js starts it).
  const script = html.match(/data-app="\.\/(assets\/index-[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const raw = await request.get(`/${script}`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(raw.headers()['content-encoding']).toBeUndefined();
  const rawLength = Number(raw.headers()['content-length']);
  for (const [accept, encoding] of [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
  ] as const) {
    // Playwright's client would decode the body: read the headers of what was sent.
    const response = await request.fetch(`/${script}`, {
      method: 'HEAD',
      headers: { 'Accept-Encoding': accept },
    });
    const headers = response.headers();
    expect(headers['content-encoding'], accept).toBe(encoding);
    expect(headers['vary']).toContain('Accept-Encoding');
    expect(Number(headers['content-length'])).toBeLessThan(rawLength / 2);
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  // The decoded body is the file itself.
  const decoded = await request.get(`/${script}`, { headers: { 'Accept-Encoding': 'br' } });
  expect((await decoded.body()).length).toBe(rawLength);
});

test('answers a repeat with 304 by its ETag, and lets no unhashed file be cached unchecked', async ({
  request,
}) => {
  for (const path of [
    '/',
    '/index.html',
    '/sw.js',
    '/manifest.webmanifest',
    '/war-atlas.js',
    '/embed.html',
  ]) {
    const first = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(first.status(), path).toBe(200);
    expect(first.headers()['cache-control'], path).toBe('no-cache');
    const etag = first.headers()['etag'];
    expect(etag, path).toBeTruthy();
    const repeat = await request.get(path, {
      headers: { 'Accept-Encoding': 'br, gzip', 'If-None-Match': etag! },
    });
    expect(repeat.status(), path).toBe(304);
  }
  expect((await request.get('/no-such-file.js')).status()).toBe(404);
});
