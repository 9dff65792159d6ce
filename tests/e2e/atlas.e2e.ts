// The atlas as a person uses it, in a real Chromium: load, drag the slider, click a town,
// follow a link. Every test also fails on a page error or a request leaving the machine.
import { closest, expect, markerColor, openAtlas, setTimings, test } from './support.ts';

// The reader's default: the camera flies and the marches draw themselves (config: reduced motion).
test.use({ reducedMotion: 'no-preference' });

test('opens at 1681 with the map, the timeline and the year’s events', async ({ page }) => {
  await openAtlas(page);
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1681');
  await expect(page.getByRole('heading', { name: 'Kazakh–Dzungar War 1681–1684' })).toBeVisible();
  await expect(page.locator('war-atlas .year-events')).toContainText('Sayram');
  await expect(page.locator('war-atlas canvas')).toBeVisible();
});

test('dragging the slider from 1681 to 1684 hands Sayram to the Dzungars on screen', async ({ page }) => {
  await openAtlas(page);
  expect(closest(await markerColor(page, 'sayram'))).toBe('kazakh');
  await expect(page.locator('war-atlas [data-place="sayram"]')).toContainText('Kazakhs');

  const slider = page.getByRole('slider', { name: 'Year' });
  const box = (await slider.boundingBox())!;
  // The thumb (18 px) travels between half a thumb from each end of the track.
  const xOf = (year: number) => box.x + 9 + ((year - 1652) / (1697 - 1652)) * (box.width - 18);
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(1681), y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(xOf(1681) + ((xOf(1684) - xOf(1681)) * i) / 6, y);
  await page.mouse.up();

  await expect(slider).toHaveValue('1684');
  await expect(page.locator('war-atlas .timeline .year')).toHaveText('1684');
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  expect(closest(await markerColor(page, 'sayram'))).toBe('dzungar');
  await expect(page.locator('war-atlas [data-place="sayram"]')).toContainText('Dzungars');
  await expect(page).toHaveURL(/year=1684/);
});

test('clicking Sayram’s marker on the map opens its panel', async ({ page }) => {
  await openAtlas(page);
  const pos = await page.evaluate(() =>
    (document.querySelector('war-atlas') as any).screenPosition('sayram'),
  );
  await page.mouse.click(pos.x, pos.y);
  const panel = page.locator('war-atlas .panel.place');
  await expect(panel.getByRole('heading', { name: 'Sayram' })).toBeVisible();
  await expect(panel).toContainText('held by');
  await expect(panel).toContainText('Kazakh Khanate');
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await expect(page).toHaveURL(/place=sayram/);
});

test('a deep link restores year and place', async ({ page }) => {
  await openAtlas(page, '?year=1684&place=sayram');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1684');
  const panel = page.locator('war-atlas .panel.place');
  await expect(panel.getByRole('heading', { name: 'Sayram' })).toBeVisible();
  await expect(panel.locator('.holder')).toContainText('Dzungar Khanate');
  await expect(panel.locator('li[aria-current="true"]').first()).toContainText('1684');
});

test('junk in the URL leaves a working map at a sensible year, with nothing injected', async ({ page }) => {
  // The notice lives a few seconds; here it stays until read, however slow the machine.
  await setTimings(page, { noticeMs: Infinity });
  await openAtlas(
    page,
    `?year=${encodeURIComponent('<img src=x onerror=alert(1)>')}&place=${encodeURIComponent('<script>alert(1)</script>')}`,
  );
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1681');
  await expect(page.locator('war-atlas .notice')).toBeVisible();
  const injected = await page.evaluate(() => {
    const root = document.querySelector('war-atlas')!.shadowRoot!;
    return (
      document.querySelectorAll('img[src=x], script:not([type=module]):not([src])').length +
      root.querySelectorAll('img, script').length
    );
  });
  expect(injected).toBe(0);
  await openAtlas(page, '?year=2500');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1697');
});

test('the keyboard moves through the years and opens places', async ({ page }) => {
  await openAtlas(page);
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1684');
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('1652');
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('1697');
  await page.locator('war-atlas summary', { hasText: 'Places' }).click();
  await page.locator('war-atlas [data-place="tashkent"]').focus();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('war-atlas .panel.place').getByRole('heading', { name: 'Tashkent' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('war-atlas .panel.place')).toHaveCount(0);
});

test('the element’s contract: state(), years, events', async ({ page }) => {
  await openAtlas(page);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('war-atlas') as any;
    const seen: string[] = [];
    el.addEventListener('yearchange', (e: CustomEvent) => seen.push(`year:${e.detail.year}`));
    el.addEventListener('placeselect', (e: CustomEvent) => seen.push(`place:${e.detail.id}`));
    el.year = 1684;
    el.setAttribute('place', 'tashkent');
    el.year = 'junk';
    const s = el.state(1684);
    return {
      seen,
      years: el.years,
      year: el.year,
      sayram: s.control.sayram,
      jetisu: s.control.jetisu,
      events: s.events.length,
      area: s.territories.dzungar.areaKm2,
    };
  });
  expect(result.seen).toEqual(['year:1684', 'place:tashkent']);
  expect(result.years).toEqual({ min: 1652, max: 1697 });
  expect(result.year).toBe(1684);
  expect(result.sayram).toBe('dzungar');
  expect(result.jetisu).toBe('dzungar');
  expect(result.events).toBeGreaterThan(3);
  expect(result.area).toBeGreaterThan(1_000_000);
});
