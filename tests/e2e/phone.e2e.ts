// The atlas on a phone, held upright and on its side: the map is the page, the timeline is on
// screen, the side panel is a bottom sheet, and every control is a 24 px target (WCAG 2.2).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { OTHER_ORIGIN_PORT } from '../../playwright.config.ts';
import { axeViolations, expect, openAtlas, test } from './support.ts';

const axe = (page: Page) => axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

/** The share of the page's height where the map shows: its area less what the sheet covers. */
const mapShare = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('war-atlas')!.shadowRoot!;
    const map = root.querySelector('.map-area')!.getBoundingClientRect();
    const sheet = root.querySelector('.side')!.getBoundingClientRect();
    const covered = Math.max(0, Math.min(map.bottom, sheet.bottom) - Math.max(map.top, sheet.top));
    return (map.height - covered) / innerHeight;
  });

const sheetState = (page: Page) =>
  page.evaluate(() => document.querySelector('war-atlas')!.shadowRoot!.querySelector('.side')!.className);

for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 844, height: 390 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true });

    test('the event marks are 24 px targets that never overlap, in the war years too', async ({ page }) => {
      await openAtlas(page, '?year=1683');
      const boxes = await page.locator('war-atlas .marks .mark').evaluateAll((marks) =>
        marks.map((m) => {
          const r = m.getBoundingClientRect();
          return { year: Number((m as HTMLElement).dataset.year), x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      expect(boxes.map((b) => b.year)).toEqual(expect.arrayContaining([1681, 1682, 1683, 1684]));
      for (const b of boxes) {
        expect(b.w).toBeGreaterThanOrEqual(24);
        expect(b.h).toBeGreaterThanOrEqual(24);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(size.width);
      }
      const overlap = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
        a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
      const pairs = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => [a.year, b.year]),
      );
      expect(pairs).toEqual([]);
      // Activating the 1684 mark goes there.
      await page.locator('war-atlas .mark[data-year="1684"]').tap();
      await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1684');
    });

    // One atlas for the checks of the page at 1684: each step leaves the sheet closed, as it found it.
    test('at 1684: the layout, the sheet by tap, drag, Escape and Back, choosing a place, and axe', async ({
      page,
    }) => {
      // Five checks of one page, two of them axe runs: room on a busy two-core machine.
      test.slow();
      await openAtlas(page, '?year=1684');
      await test.step('the map fills most of the page, and the slider and play button are on screen', async () => {
        expect(await mapShare(page)).toBeGreaterThanOrEqual(0.55);
        for (const control of [
          page.getByRole('slider', { name: 'Year' }),
          page.getByRole('button', { name: 'Play the years' }),
        ]) {
          const box = (await control.boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        }
        // Nothing scrolls: the page is exactly the viewport.
        expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(
          size.height,
        );
        // The title card is one line: title, year and a menu.
        const card = (await page.locator('war-atlas .title-card').boundingBox())!;
        expect(card.height).toBeLessThan(56);
        await expect(page.locator('war-atlas .card-year')).toHaveText('1684');
        await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
        await page.getByRole('button', { name: 'Menu' }).tap();
        for (const name of ['Embed', 'Start the story', 'Download image', 'Қазақша'])
          await expect(page.getByRole('button', { name })).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
      });
      await test.step('axe finds no WCAG 2.2 AA violation, with the sheet closed and open', async () => {
        expect(await axe(page)).toEqual([]);
        await page.locator('war-atlas .sheet-handle').tap();
        await expect(page.locator('war-atlas .sheet-handle')).toHaveAttribute('aria-expanded', 'true');
        expect(await axe(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.locator('war-atlas .sheet-handle')).toHaveAttribute('aria-expanded', 'false');
      });
      await test.step('the bottom sheet opens with a tap on its handle and closes with Escape or Back', async () => {
        const handle = page.locator('war-atlas .sheet-handle');
        await expect(handle).toHaveAttribute('aria-expanded', 'false');
        await expect(handle).toContainText('1684');
        // Peeking, the sheet's contents are out of reach of Tab and touch.
        await expect(page.locator('war-atlas .side-content')).toHaveAttribute('inert', '');
        await handle.tap();
        await expect(handle).toHaveAttribute('aria-expanded', 'true');
        expect(await sheetState(page)).toContain('sheet-half');
        await expect(page.locator('war-atlas .year-events')).toBeInViewport();
        await handle.tap();
        expect(await sheetState(page)).toContain('sheet-full');
        // Nothing in it (the chart's screen-reader table included) makes it scroll sideways.
        const sheetWidths = await page.evaluate(() => {
          const side = document.querySelector('war-atlas')!.shadowRoot!.querySelector('.side')!;
          return [side.scrollWidth, side.clientWidth];
        });
        expect(sheetWidths[0]).toBeLessThanOrEqual(sheetWidths[1]!);
        await page.keyboard.press('Escape');
        await expect(handle).toHaveAttribute('aria-expanded', 'false');
        await expect(handle).toBeFocused();
        await expect.poll(() => mapShare(page)).toBeGreaterThanOrEqual(0.55);
        // Back (the phone's back gesture) closes the sheet and stays on the atlas.
        const url = page.url();
        await handle.tap();
        await expect(handle).toHaveAttribute('aria-expanded', 'true');
        await page.goBack();
        await expect(handle).toHaveAttribute('aria-expanded', 'false');
        expect(page.url()).toBe(url);
      });
      await test.step('choosing a place opens the sheet on its panel', async () => {
        const pos = await page.evaluate(() =>
          (document.querySelector('war-atlas') as any).screenPosition('turkistan'),
        );
        await page.touchscreen.tap(pos.x, pos.y);
        await expect(page.locator('war-atlas .panel.place h2')).toHaveText('Turkistan');
        await expect(page.locator('war-atlas .panel.place h2')).toBeInViewport();
        await expect(page.locator('war-atlas .sheet-handle')).toHaveAttribute('aria-expanded', 'true');
        // The open sheet does not hide the town it is about: the camera moves it clear.
        await expect
          .poll(() =>
            page.evaluate(() => {
              const el = document.querySelector('war-atlas') as any;
              const p = el.screenPosition('turkistan');
              const boxes = ['.side', '.title-card'].map((s) =>
                el.shadowRoot.querySelector(s).getBoundingClientRect(),
              );
              const under = boxes.some(
                (b: DOMRect) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom,
              );
              return !under && p.x > 0 && p.x < innerWidth && p.y > 0 && p.y < innerHeight;
            }),
          )
          .toBe(true);
        await page.keyboard.press('Escape');
        await expect(page.locator('war-atlas .panel.place')).toHaveCount(0);
        await expect(page.locator('war-atlas .sheet-handle')).toHaveAttribute('aria-expanded', 'false');
      });
      await test.step('dragging the handle up opens the sheet all the way', async () => {
        const box = (await page.locator('war-atlas .sheet-handle').boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let i = 1; i <= 8; i++) await page.mouse.move(x, y - (size.height * 0.8 * i) / 8);
        await page.mouse.up();
        await expect.poll(() => sheetState(page)).toContain('sheet-full');
      });
    });
  });
}

test.describe('the one-tag embed in a narrow column', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test('gets the phone layout, and its sheet never touches the host page’s history', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${OTHER_ORIGIN_PORT}/host.html`);
    const first = page.locator('war-atlas#first');
    await page.locator('war-atlas#first[data-ready]').waitFor();
    const before = await page.evaluate(() => history.length);
    const handle = first.locator('.sheet-handle');
    await expect(first.locator('.menu-button')).toBeVisible();
    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await handle.press('Escape');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

const PLACE_IDS: string[] = JSON.parse(readFileSync('geo/history/places.geojson', 'utf8')).features.map(
  (f: { properties: { id: string } }) => f.properties.id,
);

/**
 * The places that must keep their names in a year: the war's three towns, the chosen place and
 * the places of the year's events, those of them that are on the map's screen.
 */
async function namesMissing(page: Page, year: number, place: string | null) {
  return page.evaluate(
    async ([year, place, towns]) => {
      const el = document.querySelector('war-atlas') as any;
      el.year = year;
      el.place = place;
      await el.whenIdle();
      const area = el.shadowRoot.querySelector('.map-area').getBoundingClientRect();
      const sheet = el.shadowRoot.querySelector('.side').getBoundingClientRect();
      const due = new Set<string>(['sayram', 'tashkent', 'turkistan']);
      if (place) due.add(place);
      for (const event of el.state(year).events) for (const id of event.places) due.add(id);
      const named = new Set(el.namedPlaces());
      return [...due].filter((id) => {
        const p = el.screenPosition(id);
        // A town off the map, under the title card or under the sheet is not due; nor a region
        // (its name is another layer's).
        const onScreen =
          p &&
          p.x > area.left &&
          p.x < area.right &&
          p.y > area.top + 60 &&
          p.y < Math.min(area.bottom, sheet.top);
        return towns.includes(id) && onScreen && !named.has(id);
      });
    },
    [year, place, PLACE_IDS] as const,
  );
}

/**
 * One year for each distinct map of names: what decides where names go is who holds each town
 * (the holder line's length), the year's event places (their priority) and its marches (the
 * camera follows them); years alike in all three draw the same names in the same places.
 */
const distinctYears = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('war-atlas') as any;
    const seen = new Map<string, number>();
    for (let year = el.years.min; year <= el.years.max; year++) {
      const s = el.state(year);
      const key = JSON.stringify([
        s.control,
        s.events.flatMap((e: { places: string[] }) => e.places).sort(),
        s.routes.map((r: { id: string }) => r.id).sort(),
      ]);
      if (!seen.has(key)) seen.set(key, year);
    }
    return [...seen.values()];
  });

test.describe('the war’s towns keep their names on a phone', () => {
  // Every distinct year in English at 390×844; the war's years in each language and size
  // (each year is a drawn map in software WebGL: all of them in all five would add minutes).
  for (const [size, lang, years] of [
    [{ width: 390, height: 844 }, 'en', 'all'],
    [{ width: 390, height: 844 }, 'kk', 'war'],
    [{ width: 390, height: 844 }, 'ru', 'war'],
    [{ width: 360, height: 740 }, 'en', 'war'],
    [{ width: 360, height: 740 }, 'kk', 'war'],
  ] as const) {
    test(`at ${size.width}×${size.height} in ${lang}, ${years === 'all' ? 'every year' : 'the war years'}`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize(size);
      await openAtlas(page, `?year=1681&lang=${lang}`);
      const list = years === 'all' ? await distinctYears(page) : [1680, 1681, 1682, 1683, 1684, 1685];
      const missing: string[] = [];
      for (const year of list)
        for (const id of await namesMissing(page, year, null)) missing.push(`${year} ${id}`);
      // A chosen place keeps its name too, a lesser town beside the war's.
      for (const id of await namesMissing(page, 1684, 'andijan')) missing.push(`1684 with andijan: ${id}`);
      expect(missing).toEqual([]);
    });
  }
});
