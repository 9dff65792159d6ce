// The atlas's two product timers, in one place. A page may lengthen (or shorten) them before the
// atlas loads, by `window.warAtlasTimings = { noticeMs, interfaceFallbackMs }`: the end-to-end
// tests do, so that a slow machine never races a timer (issue 17). Anything but a number ≥ 0 is
// ignored, so a host page cannot break the atlas this way.

export interface Timings {
  /** How long a notice about rejected input stays on screen. */
  noticeMs: number;
  /**
   * How long the interface (timeline, side panel) waits for the map's first picture before it
   * loads anyway: a map slow to draw, or never started, out of view, never holds it back.
   */
  interfaceFallbackMs: number;
}

export const DEFAULT_TIMINGS: Timings = { noticeMs: 6000, interfaceFallbackMs: 4000 };

/**
 * The timings, with a page's overrides where they are numbers ≥ 0 (Infinity: never).
 * @example timings({ noticeMs: 60_000 }).noticeMs // 60000
 */
export function timings(overrides: unknown = readOverrides()): Timings {
  const result = { ...DEFAULT_TIMINGS };
  if (!overrides || typeof overrides !== 'object') return result;
  for (const key of Object.keys(DEFAULT_TIMINGS) as (keyof Timings)[]) {
    const value: unknown = Object.getOwnPropertyDescriptor(overrides, key)?.value;
    if (typeof value === 'number' && value >= 0) result[key] = value;
  }
  return result;
}

function readOverrides(): unknown {
  try {
    return (globalThis as { warAtlasTimings?: unknown }).warAtlasTimings;
  } catch {
    return undefined;
  }
}

/** setTimeout that treats Infinity (and anything past setTimeout's 2³¹ ms limit) as never. */
export function after(ms: number, run: () => void): () => void {
  if (!(ms < 2 ** 31)) return () => {};
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
}
