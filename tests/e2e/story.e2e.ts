// The story shows what it tells: at every step the place it is about lies in the part of the
// map that no card (the title card, the story card, a phone's sheet) covers. In Kazakh, whose
// texts are the longest, on a laptop and on a phone.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './support.ts';

const kk = JSON.parse(readFileSync('src/lib/i18n/messages/kk.json', 'utf8'));

/** Where the chosen place is, and every box over the map, in viewport px. */
const whereThePlaceIs = (page: Page) =>
  page.evaluate(async () => {
    const el = document.querySelector('war-atlas') as any;
    await el.whenIdle();
    const root = el.shadowRoot as ShadowRoot;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      step: root.querySelector('.story .step')?.textContent?.trim() ?? '',
      place: el.place as string | null,
      at: el.place ? el.screenPosition(el.place) : null,
      map: box(root.querySelector('.map-area')!),
      covers: [...root.querySelectorAll('.title-card, .story, .sheet-mode .side')].map((e) => ({
        name: e.className.split(' ')[0],
        ...box(e),
      })),
    };
  });

/** A dot this far around the place's point must be clear too. */
const DOT = 6;

for (const [name, size, touch] of [
  ['on a laptop', { width: 1280, height: 800 }, false],
  ['on a phone', { width: 390, height: 844 }, true],
] as const) {
  test.describe(name, () => {
    test.use({ viewport: size, hasTouch: touch });
    test('every step of the story in Kazakh shows its place clear of the cards', async ({ page }) => {
      test.slow();
      await openAtlas(page, '?year=1690&lang=kk');
      // On a phone the title card's buttons are in its menu.
      if (touch) await page.getByRole('button', { name: kk['menu.button'] }).tap();
      await page.getByRole('button', { name: kk['story.start'] }).click();
      const story = page.locator('war-atlas .story');
      // "Оқиға: 1 / 34": the story's length from its first step.
      const total = Number((await story.locator('.step').textContent())?.match(/\/\s*(\d+)/)?.[1]);
      expect(total).toBeGreaterThan(20);
      const hidden: string[] = [];
      let placed = 0;
      for (let n = 1; n <= total; n++) {
        await expect(story.locator('.step')).toContainText(`${n} / ${total}`);
        const s = await whereThePlaceIs(page);
        if (s.place && s.at) {
          placed++;
          const { x, y } = s.at;
          const inMap =
            x - DOT > s.map.left && x + DOT < s.map.right && y - DOT > s.map.top && y + DOT < s.map.bottom;
          const under = s.covers.filter(
            (c) => x + DOT > c.left && x - DOT < c.right && y + DOT > c.top && y - DOT < c.bottom,
          );
          if (!inMap) hidden.push(`${n} ${s.place}: off the map at ${Math.round(x)},${Math.round(y)}`);
          for (const c of under) hidden.push(`${n} ${s.place}: under the ${c.name}`);
        }
        if (n < total) await story.getByRole('button', { name: new RegExp(kk['story.next']) }).click();
      }
      // Most steps are about a place; a few (the Dalai Lama's titles) fly nowhere.
      expect(placed).toBeGreaterThan(total / 2);
      expect(hidden).toEqual([]);
    });
  });
}
