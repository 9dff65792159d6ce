// Borders that say what they rest on: soft where no natural line is known, listed as such in the
// legend, and summed up in the place panel.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, openAtlas, projector, test } from './support.ts';

const en = JSON.parse(readFileSync('src/lib/i18n/messages/en.json', 'utf8'));
const kk = JSON.parse(readFileSync('src/lib/i18n/messages/kk.json', 'utf8'));
const ru = JSON.parse(readFileSync('src/lib/i18n/messages/ru.json', 'utf8'));

test.use({ viewport: { width: 1600, height: 1000 } });

/**
 * How many pixels of a row 80 px wide centred on a point are neither the colour at its left end
 * nor the colour at its right end: the width over which one side fades into the other.
 */
async function transitionWidth(page: Page, x: number, y: number): Promise<number> {
  const shot = PNG.sync.read(
    await page.screenshot({ clip: { x: Math.round(x) - 40, y: Math.round(y), width: 80, height: 1 } }),
  );
  const px = (i: number) => [shot.data[i * 4]!, shot.data[i * 4 + 1]!, shot.data[i * 4 + 2]!];
  const [left, right] = [px(0), px(79)];
  const far = (c: number[], d: number[]) => Math.hypot(c[0]! - d[0]!, c[1]! - d[1]!, c[2]! - d[2]!) > 12;
  let width = 0;
  for (let i = 0; i < 80; i++) if (far(px(i), left) && far(px(i), right)) width++;
  return width;
}

test('the legend lists the uncertain border, in each language', async ({ page }) => {
  // One atlas, switched from language to language.
  await openAtlas(page, '?year=1684');
  for (const [lang, messages] of [
    ['en', en],
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    await page.locator('war-atlas').evaluate((el: any, lang) => (el.lang = lang), lang);
    const legend = page.locator('war-atlas .legend');
    await expect(legend.locator('[data-legend="border-uncertain"]')).toHaveText(
      messages['legend.borderUncertain'],
    );
    await expect(legend.locator('[data-legend="border-uncertain"]')).toBeVisible();
    await expect(legend).toContainText(messages['legend.borderNatural']);
  }
});

test('an uncertain border is drawn as a soft, wide band where it divides two powers', async ({ page }) => {
  // Jetisu's western edge across the Taukum sands rests on nothing: from 1684 it divides the
  // Kazakhs from the Dzungars (1685: no land changing hands, so no hatching over it).
  await openAtlas(page, '?year=1685');
  const project = await projector(page);
  const edge = project(73.63, 44.6);
  const soft = await transitionWidth(page, edge.x, edge.y);
  expect(soft, 'pixels over which Kazakh land fades into Dzungar land').toBeGreaterThanOrEqual(8);

  // In 1681 the same line lies inside Kazakh land: only the thin dashed outline of the region.
  await page.locator('war-atlas').evaluate((el: any) => (el.year = 1681));
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  const inside = await transitionWidth(page, edge.x, edge.y);
  expect(inside).toBeLessThanOrEqual(4);
});

test("the panel says in one line what a region's border rests on, and a town's holder's", async ({
  page,
}) => {
  await openAtlas(page, '?year=1684&place=jetisu');
  const panel = page.locator('war-atlas .panel.place');
  await expect(panel.locator('.border-basis')).toHaveText(
    /^Border: (along (shores|rivers|mountain crests)|uncertain) \d+%(, (along (shores|rivers|mountain crests)|uncertain) \d+%)*\.$/,
  );
  await expect(panel.locator('.border-basis')).toContainText('along mountain crests');
  await expect(panel.locator('.border-basis')).toContainText('uncertain');

  // The same atlas, switched to Sayram in Russian.
  await page.locator('war-atlas').evaluate((el: any) => {
    el.lang = 'ru';
    el.place = 'sayram';
  });
  await expect(panel.locator('.border-basis')).toHaveText(
    /^Джунгарское ханство — граница в 1684 году: .*по горным хребтам \d+%.*\.$/,
  );
});
