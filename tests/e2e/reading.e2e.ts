// Reading the war: Kazakh, Russian and English; the territory chart; the story as a timeline;
// the sources.
import { readFileSync } from 'node:fs';
import { expect, openAtlas, test } from './support.ts';

const events = JSON.parse(readFileSync('geo/history/events.json', 'utf8')) as {
  id: string;
  year: number;
  title: string;
}[];
const kk = JSON.parse(readFileSync('geo/i18n/kk.json', 'utf8'));
const ru = JSON.parse(readFileSync('geo/i18n/ru.json', 'utf8'));

test('?lang=kk shows the interface and the names in Kazakh', async ({ page }) => {
  await openAtlas(page, '?year=1684&lang=kk');
  await expect(page.getByRole('heading', { name: /Қазақ-жоңғар соғысы/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Жыл' })).toHaveValue('1684');
  await expect(page.locator('war-atlas .atlas')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('war-atlas .year-events')).toContainText(
    kk.events['tsewang-rabtan-takes-sayram'].title,
  );
  await expect(page.locator('war-atlas .place-list')).toContainText('Түркістан');
  // Quotes stay English, marked as such.
  await expect(page.locator('war-atlas .year-events blockquote').first()).toHaveAttribute('lang', 'en');
  await expect(page.locator('war-atlas .year-events')).toContainText('Galdan');
  // Kazakh numbers as a Kazakh reader reads them, whatever number data this browser has: the
  // thousands (the change bars, the chart's table) apart by a narrow no-break space, never a comma
  // (a decimal sign in kk).
  const amounts = await page.locator('war-atlas').evaluate((el) => el.shadowRoot!.textContent ?? '');
  expect(amounts).toMatch(/\d{1,3}\u202f000\u00a0км²/);
  expect(amounts).not.toMatch(/\d,\d{3}\u00a0км²/);
});

test('?lang=ru shows the interface and the names in Russian, with Russian numbers', async ({ page }) => {
  await openAtlas(page, '?year=1684&lang=ru&place=jetisu');
  await expect(page.getByRole('heading', { name: /Казахско-джунгарская война/ })).toBeVisible();
  const panel = page.locator('war-atlas .panel.place');
  await expect(panel.getByRole('heading', { name: 'Семиречье' })).toBeVisible();
  await expect(panel).toContainText('Джунгарское ханство');
  // Russian groups thousands with a narrow no-break space and writes км².
  await expect(panel).toContainText(/\d{3}\u202f000\u00a0км²/);
  await expect(page.locator('war-atlas .place-list')).toContainText('Туркестан');
});

test.describe('without a lang attribute', () => {
  test.use({ locale: 'kk-KZ' });
  test('the browser’s language is used', async ({ page }) => {
    await openAtlas(page, '?year=1681');
    await expect(page.getByRole('heading', { name: /Қазақ-жоңғар соғысы/ })).toBeVisible();
  });
});

test('the language switcher changes everything at once and keeps it in the URL', async ({ page }) => {
  await openAtlas(page, '?year=1683&place=sayram');
  await expect(page.locator('war-atlas .panel.place')).toContainText('Kazakh Khanate');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: /Казахско-джунгарская война/ })).toBeVisible();
  await expect(page.locator('war-atlas .panel.place')).toContainText('Казахское ханство');
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]lang=ru\b/);
  expect(ru.places.sayram).toBe('Сайрам');
  await expect(page.locator('war-atlas .panel.place h2')).toHaveText('Сайрам');
});

test('clicking late on the territory chart moves the year late', async ({ page }) => {
  await openAtlas(page, '?year=1681');
  const chart = page.getByRole('group', { name: 'Territory by year' });
  const box = (await chart.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.97, box.y + box.height / 2);
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue(/^169\d$/);
  await page.mouse.click(box.x + box.width * 0.02, box.y + box.height / 2);
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue(/^165\d$/);
});

test('the slider stands still and over the chart’s years; the bars say who took what from whom', async ({
  page,
}) => {
  // Two checks of one page.
  await openAtlas(page, '?year=1681');
  await test.step('the slider stands still from year to year, and its years stand over the chart’s', async () => {
    const slider = page.getByRole('slider', { name: 'Year' });
    const boxes = new Set<string>();
    // Years whose change of land (beside the slider) reads very differently.
    for (const year of [1681, 1687, 1696, 1660, 1684]) {
      await page.evaluate((y) => {
        const el = document.querySelector('war-atlas') as any;
        el.year = y;
        return el.whenIdle();
      }, year);
      const b = (await slider.boundingBox())!;
      boxes.add(`${Math.round(b.x)} ${Math.round(b.width)}`);
    }
    expect([...boxes]).toHaveLength(1);
    // The war's band on the track and on the chart: the same years, so the same pixels.
    const band = (selector: string) =>
      page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return [r.left, r.right];
      });
    const [trackLeft, trackRight] = await band('war-atlas .track .war');
    const [chartLeft, chartRight] = await band('war-atlas .territory-chart rect.war');
    expect(Math.abs(trackLeft! - chartLeft!)).toBeLessThan(1.5);
    expect(Math.abs(trackRight! - chartRight!)).toBeLessThan(1.5);
  });
  await test.step('in 1684 the bars under the year say who took what from whom, and each land opens', async () => {
    const bars = page.locator('war-atlas .year-transfers');
    const taken = bars.locator('li[data-from="kazakh"][data-to="dzungar"]');
    await expect(taken).toContainText('Kazakhs → Dzungars');
    for (const land of ['Jetisu', 'Tashkent', 'Sayram'])
      await expect(taken.getByRole('button', { name: land })).toBeVisible();
    // The Baraba steppe was no power's: the Dzungars' gain is more than the Kazakhs' loss.
    await expect(bars.locator('li[data-from=""][data-to="dzungar"]')).toContainText('Baraba steppe');
    // Tashkent's change of hands is the map's conjecture, and says so to a screen reader too.
    await expect(taken.getByText('(the holder is this map’s conjecture)')).toHaveCount(2);
    await taken.getByRole('button', { name: 'Jetisu' }).click();
    await expect(page.locator('war-atlas .panel.place h2')).toHaveText('Jetisu');
  });
});

test('the story visits the events in order, each at its year and place', async ({ page }) => {
  await openAtlas(page, '?year=1690');
  await page.getByRole('button', { name: 'Start the story' }).click();
  const story = page.locator('war-atlas .story');
  for (let i = 0; i < 5; i++) {
    await expect(story.locator('h2')).toHaveText(events[i]!.title);
    await expect(story).toContainText(`Event ${i + 1} of ${events.length}`);
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue(String(events[i]!.year));
    await story.getByRole('button', { name: /Next event/ }).click();
  }
  await story.getByRole('button', { name: 'End the story' }).click();
  await expect(story).toHaveCount(0);
});

test('the marks along the track show their titles and jump to their year', async ({ page }) => {
  await openAtlas(page, '?year=1652');
  const mark = page.locator('war-atlas .marks [data-year="1684"]');
  await expect(mark).toHaveAttribute('aria-label', /^1684 \(\d+\): .*Sayram/);
  await mark.hover();
  await expect(mark.locator('.tip')).toBeVisible();
  await mark.click();
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1684');
  await expect(page.locator('war-atlas .panel.place')).toBeVisible();
});

test('the Sources panel lists the article, its quotes and the data credits', async ({ page }) => {
  await openAtlas(page, '?year=1681');
  await page.locator('war-atlas .sources-box summary').click();
  const sources = page.locator('war-atlas .sources-box');
  await expect(sources).toContainText('Kazakh–Dzungar War (1681–1684)');
  await expect(sources).toContainText('GSHHG');
  await expect(sources.locator('blockquote').first()).toBeVisible();
});
