/**
 * The time-lapse's plan: which years, how long each is on screen, the frame size, and for every
 * frame its year and how far that year's marches have drawn. Pure: options in, plan out, junk
 * refused with the reason, so the element, the dialog and the iframe all check input alike.
 */
import { ROUTE_MS } from '../map/animation.ts';

export interface TimelapseOptions {
  from?: unknown;
  to?: unknown;
  secondsPerYear?: unknown;
  width?: unknown;
  height?: unknown;
}

export interface TimelapsePlan {
  from: number;
  to: number;
  secondsPerYear: number;
  width: number;
  height: number;
  fps: number;
  /** Frames in the whole video: every year from `from` to `to`, both included. */
  frames: number;
  framesPerYear: number;
}

/** Why an option was refused: a message key and what to fill it with. */
export class TimelapseInputError extends Error {
  constructor(
    readonly key: 'video.badYears' | 'video.badPace' | 'video.badSize',
    readonly values: Record<string, string | number>,
  ) {
    super(key);
  }
}

export const FPS = 30;
export const DEFAULT_SECONDS_PER_YEAR = 1.5;
export const PACE = { min: 0.5, max: 10 };
export const SIZE = { min: 240, max: 3840 };
/** The sizes the dialog offers; the element takes any even size within SIZE. */
export const FRAME_SIZES = [
  { id: '720p', width: 1280, height: 720 },
  { id: '1080p', width: 1920, height: 1080 },
] as const;

/** A whole number given as a number or as digits; anything else is null. */
function wholeNumber(input: unknown): number | null {
  const n = typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : input;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/**
 * Checks the options against the atlas's years and fills in the defaults: the war and a year on
 * each side of it (1680→1685), 1.5 s a year, 1280×720, 30 frames a second.
 */
export function planTimelapse(
  options: TimelapseOptions,
  years: { min: number; max: number },
  war: { start: number; end: number },
): TimelapsePlan {
  const opts = options ?? {};
  const pick = (value: unknown, fallback: number) => (value === undefined ? fallback : wholeNumber(value));
  const from = pick(opts.from, Math.max(years.min, war.start - 1));
  const to = pick(opts.to, Math.min(years.max, war.end + 1));
  if (from === null || to === null || from < years.min || to > years.max || from > to)
    throw new TimelapseInputError('video.badYears', { min: years.min, max: years.max });

  const pace = opts.secondsPerYear === undefined ? DEFAULT_SECONDS_PER_YEAR : Number(opts.secondsPerYear);
  if (typeof opts.secondsPerYear === 'object' || !(pace >= PACE.min && pace <= PACE.max))
    throw new TimelapseInputError('video.badPace', PACE);

  const width = pick(opts.width, FRAME_SIZES[0].width);
  const height = pick(opts.height, FRAME_SIZES[0].height);
  // H.264 wants even sides.
  const fits = (n: number | null) => n !== null && n >= SIZE.min && n <= SIZE.max && n % 2 === 0;
  if (!fits(width) || !fits(height)) throw new TimelapseInputError('video.badSize', SIZE);

  const framesPerYear = Math.max(1, Math.round(pace * FPS));
  return {
    from,
    to,
    secondsPerYear: pace,
    width: width!,
    height: height!,
    fps: FPS,
    framesPerYear,
    frames: framesPerYear * (to - from + 1),
  };
}

/**
 * Frame `index`'s year, and how far its marches have drawn (0 → 1): they draw at the map's own
 * pace, or faster when a year is short, so they are whole for at least a third of the year.
 * Under reduced motion they are whole from the first frame.
 */
export function frameAt(
  plan: TimelapsePlan,
  index: number,
  reducedMotion = false,
): { year: number; routeProgress: number } {
  const year = plan.from + Math.floor(index / plan.framesPerYear);
  if (reducedMotion) return { year, routeProgress: 1 };
  const seconds = (index % plan.framesPerYear) / plan.fps;
  const drawSeconds = Math.min(ROUTE_MS / 1000, (plan.secondsPerYear * 2) / 3);
  return { year, routeProgress: Math.min(1, seconds / drawSeconds) };
}

/**
 * The download's file name.
 *
 * @example timelapseFileName(1680, 1685, 'mp4') // 'war-atlas-1680-1685.mp4'
 */
export function timelapseFileName(from: number, to: number, extension: 'mp4' | 'webm'): string {
  return `war-atlas-${Math.trunc(from)}-${Math.trunc(to)}.${extension}`;
}

/** The element's video maker as the dialog and the iframe call it: the file and its extension. */
export type TimelapseMaker = (
  options: TimelapseOptions & { onprogress?: (share: number) => void; signal?: AbortSignal },
) => Promise<{ blob: Blob; extension: 'mp4' | 'webm' }>;
