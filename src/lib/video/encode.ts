/**
 * Encodes frames drawn on one canvas as a video file, in the page, with WebCodecs through
 * mediabunny: MP4 with H.264 where the browser encodes it, else WebM with VP9. Loaded only when a
 * video is asked for (its own chunk).
 */
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  getFirstEncodableVideoCodec,
} from 'mediabunny';
import type { TimelapsePlan } from './plan.ts';

export interface EncodeOptions {
  onprogress?: (share: number) => void;
  signal?: AbortSignal;
}

/** Thrown when this browser has no encoder for either format. */
export class NoEncoderError extends Error {}

/**
 * Asks `drawFrame(i)` for each of the plan's frames in turn, waits for it, and adds the canvas
 * as frame i. Progress is the share of the work done: frames added, then the file written (1). An aborted
 * signal stops it and frees the encoder.
 */
export async function encodeVideo(
  canvas: HTMLCanvasElement,
  plan: TimelapsePlan,
  drawFrame: (index: number) => Promise<void>,
  { onprogress, signal }: EncodeOptions = {},
): Promise<{ blob: Blob; extension: 'mp4' | 'webm' }> {
  const size = { width: plan.width, height: plan.height, quality: QUALITY_HIGH };
  // WebKitGTK (2.50, Debian 12's) aborts the page's process at the first VideoEncoder call unless
  // GStreamer is already initialised (WebKit bug 320327): asking a <video> what it plays does that.
  if (typeof document !== 'undefined') document.createElement('video').canPlayType('video/mp4');
  const avc = await getFirstEncodableVideoCodec(['avc'], size);
  const codec = avc ?? (await getFirstEncodableVideoCodec(['vp9'], size));
  if (!codec) throw new NoEncoderError('no encoder');
  const mp4 = codec === 'avc';
  const output = new Output({
    format: mp4 ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: plan.fps });
  try {
    signal?.throwIfAborted();
    await output.start();
    for (let i = 0; i < plan.frames; i++) {
      signal?.throwIfAborted();
      await drawFrame(i);
      signal?.throwIfAborted();
      await source.add(i / plan.fps, 1 / plan.fps);
      // The last share, 1, waits for the file to be written.
      onprogress?.((i + 1) / (plan.frames + 1));
    }
    await output.finalize();
  } catch (error) {
    await output.cancel().catch(() => undefined);
    throw error;
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('The video came out empty.');
  onprogress?.(1);
  return {
    blob: new Blob([buffer], { type: mp4 ? 'video/mp4' : 'video/webm' }),
    extension: mp4 ? 'mp4' : 'webm',
  };
}
