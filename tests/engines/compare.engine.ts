// Two years compared and the time-lapse video in Firefox and in WebKit: ?year=1685&compare=1680
// draws and says so in the legend; where the engine has a WebCodecs video encoder the Video button
// is available and el.timelapse() gives a video file (in WebKitGTK 2.50 only thanks to the
// GStreamer start in src/lib/video/encode.ts); where it has none, the Video button says why and
// is marked unavailable.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { until, type EnginePage } from './driver.ts';
import { atlas, expect, test, textOf, whenReady } from './fixtures.ts';

/** The RGBA pixels of the 80 × 80 CSS px round Jetisu on screen. */
async function aroundJetisu(page: EnginePage): Promise<number[]> {
  const pos = await page.run<{ x: number; y: number }>(`return ${atlas()}.screenPosition('jetisu');`);
  const shot = PNG.sync.read(await page.screenshot());
  const scale = shot.width / (await page.run<number>('return innerWidth;'));
  const pixels: number[] = [];
  for (let y = pos.y - 40; y < pos.y + 40; y++)
    for (let x = pos.x - 40; x < pos.x + 40; x++) {
      const i = (Math.round(y * scale) * shot.width + Math.round(x * scale)) * 4;
      pixels.push(shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!, shot.data[i + 3]!);
    }
  return pixels;
}

const en = JSON.parse(readFileSync('src/lib/i18n/messages/en.json', 'utf8')) as Record<string, string>;

test('?year=1685&compare=1680 draws the comparison; the Video button or a video, as the engine can', async ({
  open,
}, testInfo) => {
  const page = await open('/?year=1685&compare=1680');
  await whenReady(page);
  expect(await page.run(`return ${atlas()}.compare;`)).toBe(1680);
  expect(await page.run(`return ${atlas()}.getAttribute('compare');`)).toBe('1680');
  expect(await textOf(page, '[data-legend="compared"]')).toBe('Borders in 1680, where they differ');
  expect(await textOf(page, '.legend')).toContain('Land that changed hands, 1680 → 1685');
  // The map draws it: round Jetisu (hatched, 1680's borders dotted over it) the picture differs
  // from the same view without the comparison (polled: the comparison's data may come later).
  await page.run(`${atlas()}.compare = null; await ${atlas()}.whenIdle();`);
  const single = await aroundJetisu(page);
  await page.run(`${atlas()}.compare = 1680;`);
  await expect
    .poll(
      async () => {
        await page.run(`await ${atlas()}.whenIdle();`);
        const compared = await aroundJetisu(page);
        let differing = 0;
        for (let i = 0; i < compared.length; i += 4)
          if (Math.abs(compared[i]! - single[i]!) + Math.abs(compared[i + 1]! - single[i + 1]!) > 30)
            differing++;
        return differing / (compared.length / 4);
      },
      { message: 'share of the pixels round Jetisu that the comparison changed', timeout: 30_000 },
    )
    .toBeGreaterThan(0.05);
  expect(await textOf(page, '[data-legend="compared"]')).toBe('Borders in 1680, where they differ');

  const video = await page.run<{
    encoder: boolean;
    button: { disabled: string | null; title: string | null };
  }>(
    `const b = [...${atlas()}.shadowRoot.querySelectorAll('.title-card button')].find((b) => b.textContent.trim() === 'Video');
     return { encoder: typeof VideoEncoder !== 'undefined',
              button: { disabled: b?.getAttribute('aria-disabled') ?? null, title: b?.getAttribute('title') ?? null } };`,
  );
  testInfo.annotations.push({ type: 'VideoEncoder', description: String(video.encoder) });
  if (!video.encoder) {
    expect(video.button).toEqual({ disabled: 'true', title: en['video.unsupported'] });
    return;
  }
  expect(video.button).toEqual({ disabled: 'false', title: null });
  const made = await page.run<{ type: string; size: number } | { error: string }>(
    `try {
       const blob = await ${atlas()}.timelapse({ from: 1684, to: 1684, secondsPerYear: 0.5, width: 320, height: 240 });
       return { type: blob.type, size: blob.size };
     } catch (e) { return { error: String(e && e.message) }; }`,
  );
  testInfo.annotations.push({ type: 'timelapse', description: JSON.stringify(made) });
  expect(made).toMatchObject({ type: expect.stringMatching(/^video\/(mp4|webm)$/) });
  expect((made as { size: number }).size).toBeGreaterThan(0);
  // The reader's map is back as it was, the comparison with it.
  await until(
    page,
    `return ${atlas()}.shadowRoot.querySelectorAll('.film').length === 0;`,
    [],
    'the film map gone',
  );
  expect(await page.run(`return ${atlas()}.compare;`)).toBe(1680);
});
