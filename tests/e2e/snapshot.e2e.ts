// A picture of the map for slides and worksheets: el.snapshot(), the Download image button, the
// iframe's snapshot message, and printing.
import type { Page } from '@playwright/test';
import { OTHER_ORIGIN_PORT } from '../../playwright.config.ts';
import { expect, openAtlas, test, withoutWebGL } from './support.ts';

/** Decodes a PNG (a Blob or data URL) in the page: its size and how much its pixels vary. */
async function decode(page: Page, source: 'snapshot' | string) {
  return page.evaluate(async (source) => {
    const blob =
      source === 'snapshot'
        ? await (document.querySelector('war-atlas') as any).snapshot()
        : await (await fetch(source)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    // Sample a grid over the map's part of the picture: a blank map would be one colour.
    const values: number[] = [];
    const colours = new Set<string>();
    for (let gx = 1; gx < 40; gx++)
      for (let gy = 4; gy < 30; gy++) {
        const [r, g, b] = ctx.getImageData((bitmap.width * gx) / 40, (bitmap.height * gy) / 40, 1, 1).data;
        values.push(r! + g! + b!);
        colours.add(`${r},${g},${b}`);
      }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    return { type: blob.type, width: bitmap.width, height: bitmap.height, variance, colours: colours.size };
  }, source);
}

test.describe('el.snapshot()', () => {
  // The map is 800 CSS px wide beside the 360 px side panel.
  test.use({ viewport: { width: 1160, height: 800 } });

  // One atlas for the three: a snapshot leaves the map as it was, which the first step checks.
  test('gives a PNG at twice the map’s width, reads junk options as the default, and downloads', async ({
    page,
  }) => {
    // Four pictures at twice the map's size, each drawn in software WebGL: room on two cores.
    test.slow();
    await openAtlas(page, '?year=1684&place=sayram');
    await test.step('gives a PNG at twice the map’s width, with a map in it', async () => {
      const mapWidth = await page.evaluate(
        () => document.querySelector('war-atlas')!.shadowRoot!.querySelector('.map-area')!.clientWidth,
      );
      expect(mapWidth).toBe(800);
      const png = await decode(page, 'snapshot');
      expect(png.type).toBe('image/png');
      expect(png.width).toBeGreaterThanOrEqual(1600);
      expect(png.height).toBeGreaterThan(1000);
      expect(png.variance).toBeGreaterThan(200);
      expect(png.colours).toBeGreaterThan(20);
      // The map draws at its own pixel ratio again afterwards.
      expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
      const canvasWidth = await page.evaluate(
        () =>
          document
            .querySelector('war-atlas')!
            .shadowRoot!.querySelector<HTMLCanvasElement>('.atlas-map canvas')!.width,
      );
      expect(canvasWidth).toBe(800);
    });
    await test.step('reads junk options as the default', async () => {
      const widths = await page.evaluate(async () => {
        const el = document.querySelector('war-atlas') as any;
        const width = async (options?: unknown) =>
          (await createImageBitmap(await el.snapshot(options))).width;
        return [await width(), await width({ pixelRatio: 'lots' }), await width(null)];
      });
      expect(widths[1]).toBe(widths[0]);
      expect(widths[2]).toBe(widths[0]);
    });
    await test.step('the Download image button saves war-atlas-<year>-<place>.png', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download image' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('war-atlas-1684-sayram.png');
      await page.getByRole('button', { name: 'Close Sayram' }).click();
      await page.getByRole('slider', { name: 'Year' }).focus();
      await page.keyboard.press('ArrowLeft');
      const [second] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download image' }).click(),
      ]);
      expect(second.suggestedFilename()).toBe('war-atlas-1683.png');
    });
  });
});

test('the iframe answers a snapshot message with a PNG data URL', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${OTHER_ORIGIN_PORT}/iframe-host.html`);
  await expect
    .poll(() => page.evaluate(() => (window as any).received.some((m: any) => m.event === 'ready')))
    .toBe(true);
  await page.evaluate(() => (window as any).send({ type: 'war-atlas', action: 'snapshot' }));
  await expect
    .poll(() => page.evaluate(() => (window as any).received.some((m: any) => m.event === 'snapshot')), {
      timeout: 30_000,
    })
    .toBe(true);
  const reply = await page.evaluate(() => (window as any).received.find((m: any) => m.event === 'snapshot'));
  expect(Object.keys(reply).sort()).toEqual(['dataUrl', 'event', 'type']);
  expect(reply.dataUrl).toMatch(/^data:image\/png;base64,/);
  const png = await decode(page, reply.dataUrl);
  expect(png.width).toBeGreaterThanOrEqual(1600);
  expect(png.variance).toBeGreaterThan(200);
});

test.describe('printing', () => {
  test('gives the map, the legend and the year’s events with quotes, without slider or buttons', async ({
    page,
  }) => {
    await openAtlas(page, '?year=1684');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('slider', { name: 'Year' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Play the years' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download image' })).toBeHidden();
    await expect(page.locator('war-atlas .legend')).toBeVisible();
    const events = page.locator('war-atlas .year-events');
    await expect(events).toBeVisible();
    await expect(events).toContainText('Tsewang Rabtan takes Sayram');
    await expect(events.locator('blockquote').first()).toBeVisible();
    await expect(events.locator('blockquote').first()).toContainText('Tsewang Rabtan had successfully took');
    // The map is a copy drawn for print, not a blank WebGL canvas.
    const printMap = page.locator('war-atlas canvas.print-map');
    await expect(printMap).toBeVisible();
    const pixels = await printMap.evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const seen = new Set<string>();
      for (let i = 1; i < 20; i++)
        for (let j = 1; j < 20; j++) {
          const d = ctx.getImageData((canvas.width * i) / 20, (canvas.height * j) / 20, 1, 1).data;
          seen.add(`${d[0]},${d[1]},${d[2]},${d[3]}`);
        }
      return { width: canvas.width, colours: seen.size };
    });
    expect(pixels.width).toBeGreaterThan(500);
    expect(pixels.colours).toBeGreaterThan(10);
    // And a real print: A4 landscape (the page asks for it), the map on the first page.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
    expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
    expect(Math.round(Number(box[1]))).toBe(842);
    expect(text).toMatch(/\/Subtype\s*\/Image/);
  });
});

test('without WebGL, snapshot() rejects with a message and the Download button is off', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('/?year=1684');
  await page.locator('war-atlas[data-ready]').waitFor();
  const message = await page.evaluate(() =>
    (document.querySelector('war-atlas') as any).snapshot().then(
      () => 'resolved',
      (e: Error) => e.message,
    ),
  );
  expect(message).toMatch(/no map to take a picture of/);
  await expect(page.getByRole('button', { name: 'Download image' })).toBeDisabled();
});
