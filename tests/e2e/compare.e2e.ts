// Two years compared: `compare` by attribute, property, URL, iframe message and the legend's
// picker; what the map, the panels and the slider then show; junk ignored; the snapshot.
import type { Page } from '@playwright/test';
import { expect, openAtlas, setTimings, test } from './support.ts';

const atlas = (page: Page) => page.locator('war-atlas');

/** The map's pixels round a place, as PNG bytes (to tell whether its drawing changed). */
async function around(page: Page, id: string): Promise<Buffer> {
  await page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());
  const p = await page.evaluate((id) => (document.querySelector('war-atlas') as any).screenPosition(id), id);
  return page.screenshot({ clip: { x: p.x - 40, y: p.y - 40, width: 80, height: 80 } });
}

test.describe('two years compared', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('?year=1685&compare=1680 hatches what the war changed, and says so in every panel', async ({
    page,
  }) => {
    await openAtlas(page, '?year=1685&place=sayram');
    // 1685 itself changed nothing: no hatching over Jetisu, the panel says no change.
    const plain = await around(page, 'jetisu');
    await page.evaluate(() => ((document.querySelector('war-atlas') as any).compare = 1680));
    await expect(atlas(page)).toHaveAttribute('compare', '1680');
    await expect(page).toHaveURL(/compare=1680/);
    const side = page.locator('war-atlas .side');
    await expect(side.locator('[data-legend="compared"]')).toHaveText('Borders in 1680, where they differ');
    await expect(side.getByText('Land that changed hands, 1680 → 1685')).toBeVisible();
    // The place panel gives both holders, earlier first.
    await expect(side.locator('.panel.place .holder')).toHaveText([
      /^In 1680: held by Kazakh Khanate/,
      /^In 1685: held by Dzungar Khanate/,
    ]);
    // The bars: who took what from whom between the two years.
    const bars = page.locator('war-atlas .timeline-bar');
    await expect(bars.getByRole('region', { name: 'Change 1680 → 1685' })).toBeAttached();
    await expect(bars.getByRole('button', { name: 'Jetisu', exact: true })).toBeAttached();
    // The slider: a second mark at 1680, and the screen reader hears it.
    await expect(bars.locator('.compare-mark')).toHaveAttribute('data-year', '1680');
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
      'aria-valuetext',
      '1685, compared with 1680',
    );
    // The map: Jetisu now hatched (once the map has drawn the comparison's data).
    await expect.poll(async () => (await around(page, 'jetisu')).equals(plain)).toBe(false);

    // Reloading the link opens the same comparison.
    await openAtlas(page, '?year=1685&compare=1680');
    await expect(atlas(page)).toHaveAttribute('compare', '1680');
    await expect(page.locator('war-atlas [data-legend="compared"]')).toBeVisible();
    await expect.poll(async () => (await around(page, 'jetisu')).equals(plain)).toBe(false);
  });

  test('the legend’s Compare with… turns it on and off, and picks the year', async ({ page }) => {
    await openAtlas(page, '?year=1685');
    const side = page.locator('war-atlas .side');
    await side.getByRole('checkbox', { name: 'Compare with…' }).check();
    await expect(atlas(page)).toHaveAttribute('compare', '1680');
    await side.getByRole('combobox', { name: 'Year' }).selectOption('1670');
    await expect(atlas(page)).toHaveAttribute('compare', '1670');
    await expect(side.locator('[data-legend="compared"]')).toHaveText('Borders in 1670, where they differ');
    await side.getByRole('checkbox', { name: 'Compare with…' }).uncheck();
    await expect(atlas(page)).not.toHaveAttribute('compare', /.*/);
    await expect(side.locator('[data-legend="compared"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/compare=/);
  });

  test('junk is ignored with a notice, out of range is clamped, the same year shows nothing extra', async ({
    page,
  }) => {
    await setTimings(page, { noticeMs: Infinity });
    await openAtlas(page, '?year=1685&compare=%3Cb%3Eyes');
    await expect(page.locator('war-atlas .notice')).toContainText('is not a year to compare with');
    expect(await page.evaluate(() => (document.querySelector('war-atlas') as any).compare)).toBeNull();
    expect(await page.locator('war-atlas b').count()).toBe(0);
    await page.evaluate(() => document.querySelector('war-atlas')!.setAttribute('compare', '1500'));
    await expect(atlas(page)).toHaveAttribute('compare', '1652');
    await page.evaluate(() => ((document.querySelector('war-atlas') as any).compare = 1685));
    await expect(atlas(page)).toHaveAttribute('compare', '1685');
    await expect(page.locator('war-atlas [data-legend="compared"]')).toHaveCount(0);
    await expect(page.locator('war-atlas .compare-mark')).toHaveCount(0);
  });

  test('printed, the comparison stays: the title card and legend say it, the printed map, no year picker', async ({
    page,
  }) => {
    await openAtlas(page, '?year=1685&compare=1680');
    const side = page.locator('war-atlas .side');
    await expect(side.getByRole('combobox', { name: 'Year' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(side.locator('[data-legend="compared"]')).toBeVisible();
    await expect(side.locator('[data-legend="compared"]')).toHaveText('Borders in 1680, where they differ');
    await expect(side.getByText('Land that changed hands, 1680 → 1685')).toBeVisible();
    await expect(side.getByRole('combobox', { name: 'Year' })).toBeHidden();
    // The title card beside the year says which year the page compares with.
    await expect(page.locator('war-atlas .title-card .print-compare')).toHaveText('compared with 1680');
    // The map printed is the copy drawn for print, made from the map as it is: hatching and all.
    await expect(page.locator('war-atlas canvas.print-map')).toBeVisible();
  });

  test('the snapshot shows the comparison in its legend', async ({ page }) => {
    test.slow();
    await openAtlas(page, '?year=1685&compare=1680');
    const legendOf = () =>
      page.evaluate(async () => {
        // The legend's labels as drawn are not readable from a PNG: check the picture grew a row
        // and differs from the same view without the comparison.
        const el = document.querySelector('war-atlas') as any;
        const blob: Blob = await el.snapshot({ pixelRatio: 1 });
        const bitmap = await createImageBitmap(blob);
        return { width: bitmap.width, height: bitmap.height, size: blob.size };
      });
    const compared = await legendOf();
    await page.evaluate(() => ((document.querySelector('war-atlas') as any).compare = null));
    await expect(page.locator('war-atlas [data-legend="compared"]')).toHaveCount(0);
    const single = await legendOf();
    expect(compared.width).toBe(single.width);
    expect(compared.size).not.toBe(single.size);
  });
});

test.describe('two years compared in an iframe', () => {
  const HOST = 'http://127.0.0.1:41731';
  test('takes the compare message, and compare= in its URL', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html`);
    await expect
      .poll(() => page.evaluate(() => (window as any).received.some((m: any) => m.event === 'ready')))
      .toBe(true);
    const frame = page.frameLocator('#atlas');
    await page.evaluate(() => (window as any).send({ type: 'war-atlas', action: 'compare', year: 1680 }));
    await expect(frame.locator('war-atlas')).toHaveAttribute('compare', '1680');
    await page.evaluate(() => (window as any).send({ type: 'war-atlas', action: 'compare', year: '<i>' }));
    await page.evaluate(() => (window as any).send({ type: 'war-atlas', action: 'compare', year: null }));
    await expect(frame.locator('war-atlas')).not.toHaveAttribute('compare', /.*/);
    await page.goto(`${HOST.replace('41731', '41730')}/embed.html?year=1685&compare=1680`);
    await page.locator('war-atlas[data-ready]').waitFor();
    await expect(page.locator('war-atlas')).toHaveAttribute('compare', '1680');
  });
});
