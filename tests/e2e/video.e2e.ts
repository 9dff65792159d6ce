// The time-lapse video: el.timelapse() gives a real file (read back with Debian's ffprobe and
// ffmpeg), reports its progress, can be cancelled, refuses junk, and the Video dialog saves it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openAtlas, test } from './support.ts';
import { makeVideo, probe } from './videoFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'war-atlas-video-'));

/** Every frame of a (short) video as raw RGB bytes, decoded by ffmpeg. */
function framesOf(file: string, width: number, height: number): Buffer[] {
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const size = width * height * 3;
  return Array.from({ length: raw.length / size }, (_, i) => raw.subarray(i * size, (i + 1) * size));
}

test.describe('time-lapse video', () => {
  test.use({ viewport: { width: 1160, height: 800 } });

  test('el.timelapse() gives a playable video, reports progress, cancels, refuses junk; the dialog saves it', async ({
    page,
  }) => {
    // Every frame is drawn in software WebGL and encoded in software: minutes on two cores.
    test.slow();
    await openAtlas(page, '?year=1682&place=sayram');

    await test.step('a file ffprobe reads: H.264 in MP4, the years at their pace, the size asked', async () => {
      const file = join(dir, 'a.mp4');
      const made = await makeVideo(
        page,
        { from: 1683, to: 1684, secondsPerYear: 0.5, width: 480, height: 270 },
        file,
      );
      expect(made.type).toBe('video/mp4');
      const info = probe(file);
      expect(info).toMatchObject({ codec: 'h264', width: 480, height: 270, frames: 30 });
      expect(info.format).toContain('mp4');
      expect(info.duration).toBeCloseTo(1, 1);
      // Progress rises, frame by frame, to 1.
      expect(made.shares.length).toBeGreaterThanOrEqual(30);
      expect(made.shares.every((s, i) => i === 0 || s >= made.shares[i - 1]!)).toBe(true);
      expect(made.shares.at(-1)).toBe(1);
      // The first frame (1683) and the last (1684: Sayram and Tashkent taken) differ.
      const frames = framesOf(file, 480, 270);
      expect(frames).toHaveLength(30);
      const [first, last] = [frames[0]!, frames.at(-1)!];
      let differing = 0;
      for (let i = 0; i < first.length; i += 3)
        if (Math.abs(first[i]! - last[i]!) + Math.abs(first[i + 1]! - last[i + 1]!) > 30) differing++;
      expect(differing / (480 * 270)).toBeGreaterThan(0.005);
      // The reader's map stayed where it was.
      expect(made.year).toBe(1682);
      await expect(page.locator('war-atlas')).toHaveAttribute('place', 'sayram');
    });

    await test.step('junk options are refused with a message, and the map goes on', async () => {
      const messages = await page.evaluate(async () => {
        const el = document.querySelector('war-atlas') as any;
        const reasons: string[] = [];
        for (const options of [
          { from: 'soon' },
          { from: 1690, to: 1680 },
          { secondsPerYear: -1 },
          { width: 1281 },
        ])
          await el.timelapse(options).then(
            () => reasons.push('made'),
            (e: Error) => reasons.push(e.message),
          );
        el.year = 1684;
        return reasons;
      });
      expect(messages[0]).toContain('between 1652 and 1697');
      expect(messages[1]).toContain('between 1652 and 1697');
      expect(messages[2]).toContain('seconds per year');
      expect(messages[3]).toContain('even numbers');
      await expect(page.locator('war-atlas')).toHaveAttribute('year', '1684');
    });

    await test.step('Cancel stops it, frees its map, and the next video can be made', async () => {
      const outcome = await page.evaluate(async () => {
        const el = document.querySelector('war-atlas') as any;
        const controller = new AbortController();
        let frames = 0;
        const error = await el
          .timelapse({
            width: 480,
            height: 270,
            signal: controller.signal,
            onprogress: () => {
              if (++frames === 3) controller.abort();
            },
          })
          .then(
            () => null,
            (e: Error) => e.name,
          );
        return { error, frames, films: el.shadowRoot.querySelectorAll('.film').length };
      });
      expect(outcome).toEqual({ error: 'AbortError', frames: 3, films: 0 });
    });

    await test.step('the Video dialog makes the file and saves war-atlas-1683-1684.mp4', async () => {
      await page.getByRole('button', { name: 'Video' }).click();
      const dialog = page.getByRole('dialog', { name: 'Time-lapse video' });
      await expect(dialog).toBeVisible();
      await dialog.getByLabel('From').selectOption('1683');
      await dialog.getByLabel('To').selectOption('1684');
      await dialog.getByLabel('Seconds per year').selectOption('0.5');
      await expect(dialog).toContainText('1 s, 30 frames');
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Make video' }).click();
      await expect(dialog.getByRole('progressbar')).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
      expect((await download).suggestedFilename()).toBe('war-atlas-1683-1684.mp4');
      await expect(dialog.getByRole('status')).toHaveText('Saved war-atlas-1683-1684.mp4.');
      const file = join(dir, 'dialog.mp4');
      await (await download).saveAs(file);
      expect(probe(file)).toMatchObject({ codec: 'h264', width: 1280, height: 720, frames: 30 });
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
    });
  });
});
