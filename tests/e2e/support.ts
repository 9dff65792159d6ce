// Every end-to-end test runs with two guards: any page error or console error fails it, and any
// request leaving the machine is aborted and fails it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test as base, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

export const test = base.extend<{ guards: { external: string[]; errors: string[] } }>({
  guards: [
    async ({ page, context }, use) => {
      const external: string[] = [];
      const errors: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (LOCAL.test(url)) return route.continue();
        external.push(url);
        return route.abort();
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
      });
      await use({ external, errors });
      expect(external, 'requests that left the machine').toEqual([]);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export const KAZAKH = [0x6a, 0x4c, 0x9c];
export const DZUNGAR = [0xb5, 0x53, 0x2f];

export async function openAtlas(page: Page, query = '') {
  await page.goto(`/${query}`);
  await page.locator('war-atlas[data-ready]').waitFor();
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  // The interface arrives in its own chunk after the map's first picture (busy until then).
  await page.waitForFunction(
    () => !document.querySelector('war-atlas')!.shadowRoot!.querySelector('[aria-busy="true"]'),
  );
}

/** The colour of the marker drawn at a place: the middle pixel of its dot on the canvas. */
export async function markerColor(page: Page, id: string): Promise<number[]> {
  const pos = await page.evaluate(
    (id) => (document.querySelector('war-atlas') as any).screenPosition(id),
    id,
  );
  expect(pos).not.toBeNull();
  const shot = PNG.sync.read(
    await page.screenshot({
      clip: { x: Math.round(pos.x) - 1, y: Math.round(pos.y) - 1, width: 3, height: 3 },
    }),
  );
  const i = (1 * shot.width + 1) * 4;
  return [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
export const closest = (c: number[]) => (distance(c, KAZAKH) < distance(c, DZUNGAR) ? 'kazakh' : 'dzungar');

export { expect };

/**
 * Sets the atlas's product timers (src/lib/timings.ts) before it loads, so that no test races
 * one: `{ noticeMs: Infinity }` keeps notices until the test has read them,
 * `{ interfaceFallbackMs: Infinity }` leaves the interface to wait for the map however slow.
 */
export async function setTimings(page: Page, timings: { noticeMs?: number; interfaceFallbackMs?: number }) {
  // As source, not as an argument: Playwright sends arguments as JSON, where Infinity is null.
  const entries = Object.entries(timings).map(([key, ms]) => `${key}: ${Number(ms)}`);
  await page.addInitScript({ content: `window.warAtlasTimings = { ${entries.join(', ')} };` });
}

/** Makes the page's browser unable to draw WebGL, before any script runs. */
export async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: any[]
    ) {
      return /webgl/.test(kind) ? null : original.call(this, kind as '2d', ...rest);
    } as typeof original;
  });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** axe-core's violations of the page under the given rule sets (WCAG 2.1 AA unless told), one line each. */
export async function axeViolations(
  page: Page,
  rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate((runOnly) => (window as any).axe.run(document, { runOnly }), rules);
  return (result.violations as any[]).map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
  );
}

const PLACES = (
  JSON.parse(readFileSync('geo/history/places.geojson', 'utf8')) as {
    features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
  }
).features;
const where = (id: string) => PLACES.find((p) => p.properties.id === id)!.geometry.coordinates;
/** Web Mercator y of a latitude. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Longitude/latitude → viewport pixels, fitted from where the map draws two places now. */
export async function projector(page: Page, a = 'turkistan', b = 'taqli-pass') {
  const at = (id: string) =>
    page.evaluate((id) => (document.querySelector('war-atlas') as any).screenPosition(id), id);
  const [pa, pb] = [await at(a), await at(b)];
  const [lonA, latA] = where(a);
  const [lonB, latB] = where(b);
  const sx = (pb.x - pa.x) / (lonB - lonA);
  const sy = (pb.y - pa.y) / (mercatorY(latB) - mercatorY(latA));
  return (lon: number, lat: number) => ({
    x: pa.x + (lon - lonA) * sx,
    y: pa.y + (mercatorY(lat) - mercatorY(latA)) * sy,
  });
}
