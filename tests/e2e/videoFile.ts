// Making a video in the page and reading it back with Debian's ffprobe: shared by the video
// and offline tests.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Makes a video in the page and writes it to disk; with what the page saw meanwhile. */
export async function makeVideo(page: Page, options: Record<string, unknown>, file: string) {
  const result = await page.evaluate(async (options) => {
    const el = document.querySelector('war-atlas') as any;
    const shares: number[] = [];
    const blob: Blob = await el.timelapse({ ...options, onprogress: (s: number) => shares.push(s) });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { type: blob.type, base64: btoa(binary), shares, year: el.year };
  }, options);
  writeFileSync(file, Buffer.from(result.base64, 'base64'));
  return result;
}

/** What ffprobe reads in a video file. */
export function probe(file: string) {
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-count_frames',
    '-show_entries',
    'stream=codec_name,width,height,nb_read_frames:format=duration,format_name',
    '-of',
    'json',
    file,
  ]);
  const json = JSON.parse(String(out));
  const stream = json.streams[0];
  return {
    codec: stream.codec_name as string,
    width: Number(stream.width),
    height: Number(stream.height),
    frames: Number(stream.nb_read_frames),
    duration: Number(json.format.duration),
    format: json.format.format_name as string,
  };
}
