// Offline and installable: the standalone page's service worker, the update notice, the web app
// manifest; the embeds that must never register a service worker; the open data files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CSP_PORT } from '../../playwright.config.ts';
import { writeCompressed } from '../../scripts/compress.mjs';
import { expect, openAtlas, test } from './support.ts';
import { makeVideo, probe } from './videoFile.ts';

// One after another, in one worker: "a new version waits" rewrites dist/sw.js, which must not
// happen while another test here has turned the network off and counts the requests.
test.describe.configure({ mode: 'default' });

const HOST = 'http://127.0.0.1:41731';
const ATLAS = 'http://127.0.0.1:41730';
const kk = JSON.parse(readFileSync('src/lib/i18n/messages/kk.json', 'utf8'));
const ru = JSON.parse(readFileSync('src/lib/i18n/messages/ru.json', 'utf8'));

/** Resolves once the page's service worker is activated, i.e. has precached the whole atlas. */
const serviceWorkerActive = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated')
      await new Promise((done) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && done(null)),
      );
    return worker.state;
  });
/**
 * A first visit that precaches the atlas, then the network off. Nothing may reach the server
 * after: the URLs that tried are returned (anything not in the precache), for the test to check.
 */
async function visitThenOffline(page: Page, context: BrowserContext): Promise<string[]> {
  await openAtlas(page, '?year=1681');
  expect(await serviceWorkerActive(page)).toBe('activated');
  await context.setOffline(true);
  const missed: string[] = [];
  await context.route(`${ATLAS}/**`, (route) => {
    missed.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return missed;
}
const registrations = (target: Page | import('@playwright/test').Frame) =>
  target.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

test('after one visit the atlas opens and works with the network off', async ({ page, context }) => {
  // Two visits, the second walking through the years, places and languages: room for a busy machine.
  test.slow();
  const missed = await visitThenOffline(page, context);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await page.locator('war-atlas[data-ready]').waitFor();

  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.fill('1684');
  await expect(page.locator('war-atlas .year-events')).toContainText('Sayram');
  await page.locator('war-atlas .place-list summary').click();
  await page.locator('war-atlas .place-list [data-place="jetisu"]').click();
  await expect(page.locator('war-atlas .panel.place h2')).toHaveText('Jetisu');
  await page.getByRole('checkbox', { name: /Modern borders/ }).check();
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByRole('heading', { name: /Қазақ-жоңғар соғысы/ })).toBeVisible();
  await expect(page.locator('war-atlas .panel.place h2')).toHaveText('Жетісу');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.locator('war-atlas .panel.place h2')).toHaveText('Семиречье');
  await page.getByRole('button', { name: ru['story.start'] }).click();
  await expect(page.locator('war-atlas .story h2')).toBeVisible();
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  // The open data is there too.
  const csv = await page.evaluate(() => fetch('data/events.csv').then((r) => r.text()));
  expect(csv.startsWith('year,id,title,places,section,quote\r\n')).toBe(true);
  expect(missed).toEqual([]);
});

test('with the network off a time-lapse video is made, and the class’s questions answered, in Kazakh', async ({
  page,
  context,
}) => {
  // A first visit that precaches the atlas, a second offline, and 30 frames drawn in software.
  test.slow();
  const missed = await visitThenOffline(page, context);
  const encoder: boolean[] = [];
  page.on('response', (r) => /\/encode-[^/]*\.js$/.test(r.url()) && encoder.push(r.fromServiceWorker()));
  const response = await page.goto('/?year=1683&lang=kk');
  expect(response?.fromServiceWorker()).toBe(true);
  await page.locator('war-atlas[data-ready]').waitFor();
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  const file = join(mkdtempSync(join(tmpdir(), 'war-atlas-offline-')), 'offline.mp4');
  const video = await makeVideo(
    page,
    { from: 1683, to: 1684, secondsPerYear: 0.5, width: 640, height: 360 },
    file,
  );
  expect(await page.evaluate(() => (document.querySelector('war-atlas') as any).lang)).toBe('kk');
  expect(video.type).toBe('video/mp4');
  // A file ffprobe reads: H.264 at the size asked, 30 frames (1683 → 1684 at half a second a year).
  expect(probe(file)).toMatchObject({ codec: 'h264', width: 640, height: 360, frames: 30 });
  // The encoder's own chunk, loaded only now, came from the precache; nothing reached the server.
  expect(encoder).toEqual([true]);

  // The class's shared link works offline too: Check yourself opens its set and answers.
  await page.goto('/?quiz=4711&lang=kk');
  await page.locator('war-atlas[data-ready]').waitFor();
  const first = await page.evaluate(
    () => (document.querySelector('war-atlas') as any).questions({ seed: 4711 })[0],
  );
  const quiz = page.getByRole('dialog', { name: kk['quiz.title'] });
  await expect(quiz.locator('legend')).toHaveText(first.prompt);
  const right = first.options.find((o: { id: string }) => o.id === first.answer).label;
  await quiz.getByRole('radio', { name: right, exact: true }).check();
  await quiz.getByRole('button', { name: kk['quiz.check'] }).click();
  await expect(quiz.getByRole('status')).toHaveText(kk['quiz.right']);
  expect(missed).toEqual([]);
});

test('a new version waits for the reader: a quiet notice, Reload only when pressed', async ({ page }) => {
  // Two visits, an update and a reload, each precaching the whole atlas: room for a busy machine.
  test.slow();
  await openAtlas(page, '?year=1683&lang=ru');
  expect(await serviceWorkerActive(page)).toBe('activated');
  // The reader comes back: the page is now the service worker's.
  await page.reload();
  await page.locator('war-atlas[data-ready]').waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.evaluate(() => ((window as any).sameDocument = true));

  const file = 'dist/sw.js';
  const original = readFileSync(file, 'utf8');
  try {
    // As a build writes it: with the compressed copies the server prefers.
    writeFileSync(file, `${original}\n// a new version\n`);
    await writeCompressed(file);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: ru['offline.updated'] });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: ru['offline.reload'] })).toBeVisible();
    // Nothing reloaded by itself.
    expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect(page.getByRole('status').filter({ hasText: kk['offline.updated'] })).toBeVisible();

    await page.getByRole('button', { name: kk['offline.reload'] }).click();
    await page.waitForFunction(() => !(window as any).sameDocument);
    await page.locator('war-atlas[data-ready]').waitFor();
    await expect(page.locator('.update-notice')).toBeEmpty();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  } finally {
    writeFileSync(file, original);
    await writeCompressed(file);
  }
});

test('the service worker registers under the strict Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      ((window as any).__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`http://127.0.0.1:${CSP_PORT}/?year=1684`);
  await page.locator('war-atlas[data-ready]').waitFor();
  expect(await serviceWorkerActive(page)).toBe('activated');
  expect(await page.evaluate(() => (window as any).__violations ?? [])).toEqual([]);
});

test.describe('the embeds never register a service worker', () => {
  test('the one-tag embed on a host page', async ({ page }) => {
    await page.goto(`${HOST}/host.html`);
    await page.locator('#first[data-ready]').waitFor();
    await page.evaluate(() => (document.getElementById('first') as any).whenIdle());
    expect(await registrations(page)).toBe(0);
  });

  test('the iframe, inside a host page and on its own', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html`);
    const frame = page.frames().find((f) => f.url().startsWith(`${ATLAS}/embed.html`))!;
    await frame.locator('war-atlas[data-ready]').waitFor();
    expect(await registrations(frame)).toBe(0);
    expect(await registrations(page)).toBe(0);

    await page.goto(`${ATLAS}/embed.html?year=1684`);
    await page.locator('war-atlas[data-ready]').waitFor();
    await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
    expect(await registrations(page)).toBe(0);
  });
});

test('the web app manifest names the atlas and has real icons, maskable ones too', async ({ page }) => {
  await openAtlas(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url()).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({
    short_name: 'War Atlas',
    start_url: './',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  expect(manifest.name).toContain('Kazakh–Dzungar War');
  const sizes = new Set<string>();
  for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
    const png = PNG.sync.read(await (await page.request.get(new URL(icon.src, manifestUrl).href)).body());
    expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    // Not blank: the map's colours are in it.
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size, icon.src).toBeGreaterThan(5);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  expect([...sizes]).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']),
  );
  // The embeds do not make themselves installable on anyone's page.
  expect(readFileSync('dist/embed.html', 'utf8')).not.toContain('manifest');

  // Chromium itself finds nothing missing to install it, once the service worker runs (but that
  // a test's browser context is a private window, where nothing installs).
  expect(await serviceWorkerActive(page)).toBe('activated');
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('the Data links in Sources give the GeoJSON and the CSV', async ({ page }) => {
  await openAtlas(page, '?year=1684&lang=kk');
  await page.locator('war-atlas .sources-box summary').click();
  const link = page.getByRole('link', { name: kk['sources.dataMap'] });
  await expect(link).toBeVisible();
  const geojson = await (await page.request.get((await link.getAttribute('href'))!)).json();
  expect(geojson.type).toBe('FeatureCollection');
  const sayram1684 = geojson.features.find(
    (f: any) =>
      f.properties.kind === 'town' &&
      f.properties.id === 'sayram' &&
      f.properties.start_date <= '1684' &&
      '1684' < f.properties.end_date,
  );
  expect(sayram1684.properties.holder).toBe('dzungar');
  const csv = await page.request.get(
    (await page.getByRole('link', { name: kk['sources.dataEvents'] }).getAttribute('href'))!,
  );
  expect(csv.headers()['content-type']).toContain('text/csv');
});

test('MapLibre’s own control texts follow the language switch', async ({ page }) => {
  await openAtlas(page, '?year=1684');
  const zoomIn = page.locator('war-atlas .maplibregl-ctrl-zoom-in');
  const fullscreen = page.locator('war-atlas .maplibregl-ctrl-fullscreen');
  await expect(zoomIn).toHaveAttribute('title', 'Zoom in');
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(zoomIn).toHaveAttribute('title', kk['map.zoomIn']);
  await expect(zoomIn).toHaveAttribute('aria-label', kk['map.zoomIn']);
  await expect(fullscreen).toHaveAttribute('aria-label', kk['map.fullscreenEnter']);
  await expect(page.locator('war-atlas .maplibregl-ctrl-scale')).toHaveText(
    new RegExp(`\\s(${kk['unit.km']}|${kk['unit.m']})$`),
  );
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(zoomIn).toHaveAttribute('title', ru['map.zoomIn']);
  await expect(page.locator('war-atlas .maplibregl-ctrl-zoom-out')).toHaveAttribute(
    'aria-label',
    ru['map.zoomOut'],
  );
});

test('the cooperative gestures hint follows the language in an embed', async ({ page }) => {
  await page.goto(`${HOST}/host.html`);
  await page.locator('#first[data-ready]').waitFor();
  const hint = page.locator('#first .maplibregl-desktop-message');
  await expect(hint).toHaveText('Use Ctrl + scroll to zoom the map');
  await page.evaluate(() => ((document.getElementById('first') as any).lang = 'kk'));
  await expect(hint).toHaveText(kk['map.zoomHelpWindows']);
  await page.evaluate(() => ((document.getElementById('first') as any).lang = 'ru'));
  await expect(hint).toHaveText(ru['map.zoomHelpWindows']);
  await expect(page.locator('#first .maplibregl-ctrl-zoom-in')).toHaveAttribute('title', ru['map.zoomIn']);
});
