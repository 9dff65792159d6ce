// The first picture waits only for the map: the interface (timeline, side panel) arrives in its
// own chunk once the map has drawn, in the places kept for it, and a failure to load it leaves
// a working map and says so.
import type { Page } from '@playwright/test';
import { expect, setTimings, test } from './support.ts';

// The reader's default: the camera flies and the marches draw themselves (config: reduced motion).
test.use({ reducedMotion: 'no-preference' });

/** Records, from the start, the map's size and the requests made up to the `ready` event. */
async function watchStartup(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  let beforeReady: number | null = null;
  await page.exposeFunction('__atReady', () => (beforeReady ??= requests.length));
  await page.addInitScript(() => {
    document.addEventListener(
      'ready',
      () => {
        const root = document.querySelector('war-atlas')!.shadowRoot!;
        (window as any).__mapAtReady = root.querySelector('.map-area')!.getBoundingClientRect().height;
        (window as any).__atReady();
      },
      { capture: true, once: true },
    );
  });
  return { requests, beforeReady: () => requests.slice(0, beforeReady ?? requests.length) };
}

const interfaceLoaded = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('war-atlas')!.shadowRoot!.querySelector('[aria-busy="true"]'),
  );

test('the interface, minor rivers, relief and service worker are requested only after `ready`; then the slider and side panel appear', async ({
  page,
}) => {
  // However slow the machine, the interface waits for the map here (its fallback timer is off).
  await setTimings(page, { interfaceFallbackMs: Infinity });
  const startup = await watchStartup(page);
  await page.goto('/?year=1684');
  await page.locator('war-atlas[data-ready]').waitFor();
  await interfaceLoaded(page);
  const before = startup.beforeReady();
  expect(before.some((p) => /maplibre-gl-worker/.test(p))).toBe(true);
  // The interface, the minor rivers, the snapshot's code, the relief and the service worker come later.
  expect(
    before.filter((p) =>
      /\/(interface|atlas-data-detail|compose|legend)-[^/]*\.js$|\/relief\/|sw\.js/.test(p),
    ),
  ).toEqual([]);
  expect(startup.requests.some((p) => /\/interface-[^/]*\.js$/.test(p))).toBe(true);
  await expect.poll(() => startup.requests.some((p) => /\/atlas-data-detail-[^/]*\.js$/.test(p))).toBe(true);
  await expect(page.getByRole('slider', { name: /year/i })).toHaveValue('1684');
  await expect(page.getByRole('complementary')).toContainText('Tsewang Rabtan takes Sayram');
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
  [844, 390],
] as const) {
  test(`at ${width}×${height} the map keeps its size when the interface arrives`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await watchStartup(page);
    await page.goto('/?year=1681');
    await page.locator('war-atlas[data-ready]').waitFor();
    await interfaceLoaded(page);
    const [atReady, now] = await page.evaluate(() => [
      (window as any).__mapAtReady as number,
      document.querySelector('war-atlas')!.shadowRoot!.querySelector('.map-area')!.getBoundingClientRect()
        .height,
    ]);
    expect(Math.abs(now - atReady), `map height ${atReady} px at ready, ${now} px after`).toBeLessThanOrEqual(
      2,
    );
  });
}

test('when the interface cannot load, the map still works and a notice says what happened', async ({
  page,
}) => {
  // Notices that fade go at once here: the one about the interface must stay.
  await setTimings(page, { noticeMs: 0 });
  // A chunk that fails as it loads (a half-deployed update, say); a refused request would
  // also be logged by the browser itself.
  await page.route(/\/interface-[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("broken chunk");' }),
  );
  await page.goto('/?year=1684');
  await page.locator('war-atlas[data-ready]').waitFor();
  const notice = page.locator('war-atlas').getByRole('status');
  await expect(notice).toContainText('could not load');
  // The map itself is still driven by its public API.
  await page.evaluate(() => ((document.querySelector('war-atlas') as any).year = 1681));
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  expect(await page.evaluate(() => (document.querySelector('war-atlas') as any).year)).toBe(1681);
  // The reader without controls still knows why, later too: past the time a fading notice has
  // (a timer queued after it with the same delay runs after it).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await expect(notice).toContainText('could not load');
});
