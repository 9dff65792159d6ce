// The first visit: the title and a picture of the year before MapLibre has arrived, then the
// live map over the same view without moving anything (geo/build/poster.ts, firstPaint.ts).
import { test as plain } from '@playwright/test';
import { expect, openAtlas, test } from './support.ts';

// The reader's default: the camera flies and the marches draw themselves (config: reduced motion).
test.use({ reducedMotion: 'no-preference' });

const posterRequests = (page: import('@playwright/test').Page) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/posters/')) asked.push(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  return asked;
};

test.describe('with JavaScript blocked', () => {
  test.use({ javaScriptEnabled: false });
  test('the page still shows the title and the picture of the opening year', async ({ page }) => {
    await page.goto('/?year=1684');
    await expect(page.locator('.first-paint-card')).toHaveText(/Kazakh–Dzungar War\s*1681/);
    const img = page.locator('.first-paint img.war-atlas-poster');
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    expect(await img.getAttribute('src')).toBe('./posters/en-1681-wide.svg');
  });
});

test('a deep link paints its own year and language at once, and fetches only that picture', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const asked = posterRequests(page);
  // Held before any module runs: what the first paint alone shows.
  await page.route('**/assets/index-*.js', (route) => new Promise(() => void route));
  await page.goto('/?year=1684&lang=kk', { waitUntil: 'commit' });
  await expect(page.locator('war-atlas')).toHaveAttribute('data-first-paint', 'kk 1684');
  await expect(page.locator('.first-paint-card')).toHaveText(/Қазақ-жоңғар соғысы\s*1684/);
  const img = page.locator('.first-paint img.war-atlas-poster');
  await expect
    .poll(() => img.evaluate((i: HTMLImageElement) => i.currentSrc))
    .toMatch(/posters\/kk-1684-narrow\.svg$/);
  expect(asked).toEqual(['posters/kk-1684-narrow.svg']);
});

test('on a slow line the picture comes first: the atlas’s code is asked for once it has loaded', async ({
  page,
}) => {
  const events: string[] = [];
  page.on('requestfinished', (r) => r.url().includes('/posters/') && events.push('picture loaded'));
  page.on('request', (r) => {
    const code = /\/assets\/(index|maplibre)-[\w-]+\.js$/.exec(r.url());
    if (code) events.push(`${code[1]} asked for`);
  });
  await openAtlas(page, '?year=1684');
  expect(events.slice(0, 1)).toEqual(['picture loaded']);
  expect(events.filter((e) => e.endsWith('asked for')).sort()).toEqual([
    'index asked for',
    'maplibre asked for',
  ]);
});

test('the live map takes the picture’s place with no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/?year=1684');
  // The element's own picture, framed like the map's opening view, until the map has drawn.
  const poster = page.locator('war-atlas .poster-box img');
  await expect(poster).toHaveAttribute('src', /posters\/en-1684-wide\.svg$/);
  await page.locator('war-atlas[data-ready]').waitFor();
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  await page.waitForFunction(
    () => !document.querySelector('war-atlas')!.shadowRoot!.querySelector('[aria-busy="true"]'),
  );
  await expect(poster).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__shift)).toBeLessThanOrEqual(0.02);
});

// Without the guards of support.ts: the missing pictures' 404s are the point here.
plain('a missing picture leaves the map to start as before', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/posters/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openAtlas(page, '?year=1684');
  await expect(page.locator('war-atlas canvas')).toBeVisible();
  await expect(page.locator('war-atlas .poster-box')).toHaveCount(0);
  expect(errors).toEqual([]);
});
