// The Playwright test runner drives the other engines' tests too (one report, the same servers),
// but not their browsers: each project's worker starts its own Firefox or WebKit here. Every test
// fails on an error in the page or a request leaving the machine, as in tests/e2e.
import { expect, test as base } from '@playwright/test';
import { PNG } from 'pngjs';
import { until, type Engine, type EnginePage } from './driver.ts';
import { firefox } from './firefox.ts';
import { webkit } from './webkit.ts';

type Open = (
  path: string,
  options?: { width?: number; height?: number; webgl?: boolean },
) => Promise<EnginePage>;

export const test = base.extend<{ open: Open }, { engine: Engine }>({
  engine: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function names
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name;
      const engine = name === 'firefox' ? firefox() : name === 'webkit' ? webkit() : null;
      if (!engine) throw new Error(`tests/engines run in the firefox and webkit projects, not "${name}"`);
      await use(engine);
      await engine.close();
    },
    { scope: 'worker' },
  ],
  open: async ({ engine, baseURL }, use) => {
    const pages: EnginePage[] = [];
    await use(async (path, { width = 1280, height = 800, webgl = true } = {}) => {
      const page = await engine.open({ width, height, webgl });
      pages.push(page);
      await page.goto(new URL(path, baseURL).href);
      return page;
    });
    for (const page of pages) {
      const { errors, external } = await page.problems();
      await page.close();
      expect(external, 'requests that left the machine').toEqual([]);
      expect(errors, 'errors in the page').toEqual([]);
    }
  },
});

export { expect };

/** The atlas in the page (`selector` for pages with several). As page-script source. */
export const atlas = (selector = 'war-atlas') => `document.querySelector(${JSON.stringify(selector)})`;

/** Waits for `ready`, the complete drawing of the year, and the interface chunk. */
export async function whenReady(page: EnginePage, selector = 'war-atlas') {
  await until(
    page,
    `return ${atlas(selector)}?.hasAttribute('data-ready');`,
    [],
    `${selector} ready`,
    90_000,
  );
  await page.run(`await ${atlas(selector)}.whenIdle();`);
  await until(
    page,
    `return !${atlas(selector)}.shadowRoot.querySelector('[aria-busy="true"]');`,
    [],
    'the interface',
  );
}

/** Text content of the first match of `css` in the atlas's shadow root ('' if none). */
export const textOf = (page: EnginePage, css: string, selector = 'war-atlas') =>
  page.run<string>(
    `return ${atlas(selector)}.shadowRoot.querySelector(args[0])?.textContent.replace(/\\s+/g, ' ').trim() ?? '';`,
    [css],
  );

/** Waits until the first match of `css` contains `text`. */
export const untilText = (page: EnginePage, css: string, text: string, selector = 'war-atlas') =>
  until(
    page,
    `return ${atlas(selector)}.shadowRoot.querySelector(args[0])?.textContent.includes(args[1]);`,
    [css, text],
    `"${text}" in ${css}`,
  );

/** The middle of the first match of `css` in the shadow root, in viewport pixels. */
export const centreOf = (page: EnginePage, css: string, selector = 'war-atlas') =>
  page.run<{ x: number; y: number; width: number; height: number }>(
    `const r = ${atlas(selector)}.shadowRoot.querySelector(args[0]).getBoundingClientRect();
     return { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, height: r.height, left: r.x };`,
    [css],
  );

export const KAZAKH = [0x6a, 0x4c, 0x9c];
export const DZUNGAR = [0xb5, 0x53, 0x2f];
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Who the dot drawn at a place says holds it: the colour of its middle pixel on screen. */
export async function markerHolder(page: EnginePage, id: string) {
  const pos = await page.run<{ x: number; y: number } | null>(`return ${atlas()}.screenPosition(args[0]);`, [
    id,
  ]);
  expect(pos, `${id} on screen`).not.toBeNull();
  const shot = PNG.sync.read(await page.screenshot());
  // Screenshots may be at the device's pixel ratio.
  const scale = shot.width / (await page.run<number>('return innerWidth;'));
  const i = (Math.round(pos!.y * scale) * shot.width + Math.round(pos!.x * scale)) * 4;
  const colour = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
  return distance(colour, KAZAKH) < distance(colour, DZUNGAR) ? 'kazakh' : 'dzungar';
}
