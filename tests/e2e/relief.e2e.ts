// The relief under the war and van Schagen's 1689 map: drawn from the atlas's own files after the
// first render, switched in the legend, kept in the URL only when off, and off by attribute.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CSP_PORT } from '../../playwright.config.ts';
import { expect, openAtlas, projector, test } from './support.ts';

const atlas = (page: Page) => page.locator('war-atlas');
const idle = (page: Page) => page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
const stateJson = (page: Page) =>
  page.evaluate(() => JSON.stringify((document.querySelector('war-atlas') as any).state()));

/** A 120×80 px patch of the map centred on a place, offset by (dx, dy). */
async function patch(page: Page, id: string, dx = 0, dy = 0): Promise<Buffer> {
  const pos = await page.evaluate(
    (id) => (document.querySelector('war-atlas') as any).screenPosition(id),
    id,
  );
  expect(pos).not.toBeNull();
  const shot = await page.screenshot({
    clip: { x: Math.round(pos.x + dx) - 60, y: Math.round(pos.y + dy) - 40, width: 120, height: 80 },
  });
  return PNG.sync.read(shot).data;
}
/** Share of pixels that differ by more than a little between two patches. */
function changed(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4)
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 12) n++;
  return n / (a.length / 4);
}

/** Mean colour difference per pixel (sum over R, G, B). */
function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 4)
    sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
  return sum / (a.length / 4);
}

test('whenIdle, asked the moment the map is ready, resolves only once the relief has loaded', async ({
  page,
}) => {
  // A host page (or a test) that takes a picture on `ready`: the relief is added after the map's
  // first picture, so a whenIdle that resolved at `ready` handed over a map without it.
  await page.addInitScript(() => {
    document.addEventListener(
      'ready',
      (event) => {
        const el = event.target as HTMLElement & { whenIdle(): Promise<void> };
        (window as any).reliefTilesAtIdle = el
          .whenIdle()
          .then(
            () =>
              performance.getEntriesByType('resource').filter((r) => r.name.includes('/relief/tiles/'))
                .length,
          );
      },
      { capture: true, once: true },
    );
  });
  await page.goto('/?year=1684');
  await page.waitForFunction(() => (window as any).reliefTilesAtIdle);
  const tiles = await page.evaluate(() => (window as any).reliefTilesAtIdle);
  expect(tiles, 'relief tiles loaded when whenIdle resolved').toBeGreaterThan(0);
});

test('the relief shades the mountains, not the plains, and changes no data', async ({ page }) => {
  const tiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/relief/tiles/')) tiles.push(r.url());
  });
  await openAtlas(page, '?year=1684');
  expect(tiles.length, 'relief tiles loaded from the atlas itself').toBeGreaterThan(0);
  expect(tiles.every((u) => u.startsWith('http://127.0.0.1:41730/relief/tiles/'))).toBe(true);
  // The Borohoro range by the Taqli pass; the Kyzylkum steppe west of Turkistan.
  const mountainsOn = await patch(page, 'taqli-pass', 0, 50);
  const plainsOn = await patch(page, 'turkistan', -170, 30);
  const before = await stateJson(page);

  const relief = page.getByRole('checkbox', { name: 'Relief', exact: true });
  await expect(relief).toBeChecked();
  await relief.uncheck();
  await idle(page);
  expect(page.url()).toContain('relief=off');
  await expect(atlas(page)).toHaveAttribute('relief', 'off');
  const mountainsOff = await patch(page, 'taqli-pass', 0, 50);
  const plainsOff = await patch(page, 'turkistan', -170, 30);
  expect(changed(mountainsOn, mountainsOff)).toBeGreaterThan(0.3);
  // The steppe has low hills too, but the shading there is a fraction of the mountains'.
  expect(meanDifference(plainsOn, plainsOff)).toBeLessThan(meanDifference(mountainsOn, mountainsOff) / 3);
  expect(await stateJson(page)).toBe(before);
  // The legend's relief entry goes with it.
  await expect(page.locator('war-atlas .legend')).not.toContainText('Relief, shaded');

  await relief.check();
  await idle(page);
  expect(page.url()).not.toContain('relief');
  expect(changed(mountainsOn, await patch(page, 'taqli-pass', 0, 50))).toBeLessThan(0.02);
});

test('the first year is drawn before any relief is asked for', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__log = [];
    document.addEventListener('ready', () => (window as any).__log.push('ready'), true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name.includes('/relief/')) (window as any).__log.push('relief');
    }).observe({ type: 'resource', buffered: false });
  });
  await openAtlas(page, '?year=1681');
  const log: string[] = await page.evaluate(() => (window as any).__log);
  expect(log[0]).toBe('ready');
  expect(log).toContain('relief');
});

test('relief=off works in the URL, the tag attribute and the iframe', async ({ page }) => {
  await openAtlas(page, '?year=1681&relief=off');
  await expect(page.getByRole('checkbox', { name: 'Relief', exact: true })).not.toBeChecked();
  const off = await patch(page, 'taqli-pass', 0, 50);
  await page.evaluate(() => document.querySelector('war-atlas')!.removeAttribute('relief'));
  await idle(page);
  await expect(page.getByRole('checkbox', { name: 'Relief', exact: true })).toBeChecked();
  expect(changed(off, await patch(page, 'taqli-pass', 0, 50))).toBeGreaterThan(0.3);
  // Junk is ignored with a notice, never thrown.
  await page.evaluate(() => document.querySelector('war-atlas')!.setAttribute('relief', '<b>sideways</b>'));
  await expect(page.locator('war-atlas .notice')).toContainText('relief="<b>sideways</b>"');
  await expect(page.locator('war-atlas .notice b')).toHaveCount(0);

  await page.goto('/embed.html?year=1684&relief=off');
  await page.locator('war-atlas[data-ready]').waitFor();
  await expect(page.getByRole('checkbox', { name: 'Relief', exact: true })).not.toBeChecked();
  await expect(atlas(page)).toHaveAttribute('relief', 'off');
});

test('the 1689 map shows under the territories, with its opacity, and says what it is', async ({ page }) => {
  await openAtlas(page, '?year=1681');
  const without = await patch(page, 'turkistan', -170, 30);
  const oldMap = page.getByRole('checkbox', { name: /Map of 1689/ });
  await expect(oldMap).not.toBeChecked();
  await expect(page.getByRole('slider', { name: /Opacity of the 1689 map/ })).toHaveCount(0);
  await oldMap.check();
  await idle(page);
  const legend = page.locator('war-atlas .legend');
  await expect(legend).toContainText('Amsterdam 1689');
  await expect(legend).toContainText('hundreds of km off');
  const opacity = page.getByRole('slider', { name: /Opacity of the 1689 map/ });
  await expect(opacity).toBeVisible();
  const strong = await patch(page, 'turkistan', -170, 30);
  expect(changed(without, strong)).toBeGreaterThan(0.3);
  await opacity.fill('0.1');
  await idle(page);
  const faint = await patch(page, 'turkistan', -170, 30);
  expect(changed(strong, faint)).toBeGreaterThan(0.3);
  expect(changed(without, faint)).toBeLessThan(changed(without, strong));
  // The legend says the war's towns are not on it, and shows where its "Casakk" is.
  await expect(legend).toContainText('The war’s towns are not on it');
  await legend.getByRole('button', { name: 'Show “Casakk”' }).click();
  await idle(page);
  const casakk = (await projector(page))(66.7, 47.0);
  const clear = await page.evaluate(({ x, y }) => {
    const root = document.querySelector('war-atlas')!.shadowRoot!;
    const map = root.querySelector('.map-area')!.getBoundingClientRect();
    const card = root.querySelector('.title-card')!.getBoundingClientRect();
    const inMap = x > map.left && x < map.right && y > map.top && y < map.bottom;
    const underCard = x > card.left && x < card.right && y > card.top && y < card.bottom;
    return inMap && !underCard;
  }, casakk);
  expect(clear).toBe(true);
  // The Sources name the relief and the old map, with their licences.
  await page.locator('war-atlas .sources-box summary').click();
  const sources = page.locator('war-atlas .sources-box');
  await expect(sources).toContainText('SRTM30 (NASA JPL)');
  await expect(sources).toContainText('Gerard van Schagen, Amsterdam 1689');
  await expect(sources).toContainText('Mare de Sala');
});

test('relief and the old map load under the strict policy with no violation', async ({ page }) => {
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (e) => ((window as any).__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    ),
  );
  const loaded: string[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().includes('/relief/')) loaded.push(r.url());
  });
  await page.goto(`http://127.0.0.1:${CSP_PORT}/?year=1684`);
  await page.locator('war-atlas[data-ready]').waitFor();
  await page.getByRole('checkbox', { name: /Map of 1689/ }).check();
  await idle(page);
  expect(loaded.some((u) => u.includes('/relief/tiles/'))).toBe(true);
  expect(loaded.some((u) => u.endsWith('/relief/schagen1689.jpg'))).toBe(true);
  expect(await page.evaluate(() => (window as any).__violations ?? [])).toEqual([]);
});
