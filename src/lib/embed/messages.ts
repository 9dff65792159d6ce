/**
 * The iframe embed's postMessage protocol. Every message from a host is parsed here, and only
 * exact, small, well-typed commands get through; everything else is ignored.
 *
 * Host → frame: { type: 'war-atlas', action: 'setYear', year } | { …, action: 'selectPlace', place }
 *               | { …, action: 'play' } | { …, action: 'pause' } | { …, action: 'snapshot' }
 *               | { …, action: 'timelapse', from?, to? } | { …, action: 'compare', year } (null: off)
 * Frame → host: { type: 'war-atlas', event: 'ready' | 'yearchange' | 'placeselect' | 'resize',
 *                 year?, place?, height? }
 *               | { …, event: 'snapshot', dataUrl } (a PNG) | { …, event: 'snapshot', error }
 *               | { …, event: 'timelapse', blob } (the video) | { …, event: 'timelapse', error }
 */
export const MESSAGE_TYPE = 'war-atlas';

export type HostCommand =
  | { action: 'setYear'; year: number }
  | { action: 'selectPlace'; place: string | null }
  | { action: 'play' }
  | { action: 'pause' }
  | { action: 'snapshot' }
  | { action: 'timelapse'; from?: number; to?: number }
  | { action: 'compare'; year: number | null };

export interface FrameEvent {
  type: typeof MESSAGE_TYPE;
  event: 'ready' | 'yearchange' | 'placeselect' | 'resize' | 'snapshot' | 'timelapse';
  year?: number;
  place?: string | null;
  height?: number;
  /** The snapshot as a `data:image/png;base64,…` URL. */
  dataUrl?: string;
  /** The time-lapse video (a Blob is cloned across frames). */
  blob?: Blob;
  /** Why no snapshot or video could be made. */
  error?: string;
}

/** Longest id or year string we accept; real ones are far shorter. */
const MAX_STRING = 64;
/** Messages with more keys than a command has are not ours. */
const MAX_KEYS = 4;
/** Keys that only an attempt at prototype pollution would send. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a host message as a command, or null when it is not exactly one of ours.
 *
 * @example parseHostMessage({ type: 'war-atlas', action: 'setYear', year: 1684 }) // { action: 'setYear', year: 1684 }
 */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  // Own, plain data properties only: no getters, no prototype tricks.
  if (Object.getPrototypeOf(data) !== Object.prototype && Object.getPrototypeOf(data) !== null) return null;
  const keys = Object.keys(data);
  if (keys.length > MAX_KEYS || keys.some((k) => FORBIDDEN_KEYS.has(k))) return null;
  const get = (key: string): unknown => {
    const d = Object.getOwnPropertyDescriptor(data, key);
    return d && 'value' in d ? d.value : undefined;
  };
  if (get('type') !== MESSAGE_TYPE) return null;
  /** A year as a whole number or its digits; undefined when missing, null when junk. */
  const yearOf = (key: string): number | null | undefined => {
    const year = get(key);
    if (year === undefined) return undefined;
    if (typeof year === 'number' && Number.isInteger(year) && Math.abs(year) < 1e6) return year;
    if (typeof year === 'string' && year.length <= MAX_STRING && /^\d{1,6}$/.test(year)) return Number(year);
    return null;
  };
  switch (get('action')) {
    case 'setYear': {
      const year = yearOf('year');
      return typeof year === 'number' ? { action: 'setYear', year } : null;
    }
    case 'compare': {
      if (get('year') === null) return { action: 'compare', year: null };
      const year = yearOf('year');
      return typeof year === 'number' ? { action: 'compare', year } : null;
    }
    case 'timelapse': {
      const from = yearOf('from');
      const to = yearOf('to');
      if (from === null || to === null) return null;
      return {
        action: 'timelapse',
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      };
    }
    case 'selectPlace': {
      const place = get('place');
      if (place === null) return { action: 'selectPlace', place: null };
      if (typeof place === 'string' && place.length <= MAX_STRING && /^[a-z0-9-]*$/.test(place))
        return { action: 'selectPlace', place: place || null };
      return null;
    }
    case 'play':
      return { action: 'play' };
    case 'pause':
      return { action: 'pause' };
    case 'snapshot':
      return { action: 'snapshot' };
    default:
      return null;
  }
}

/**
 * Which origins a frame talks to: the `origin` parameter of the embed URL, a comma-separated
 * allow-list of exact origins. Without it, the frame accepts commands from any parent (they
 * can only move the map) and posts its events to '*' (they carry only year, place and height,
 * which the parent page can see anyway).
 */
export function parseAllowedOrigins(param: string | null): string[] | null {
  if (!param) return null;
  const origins = param
    .split(',')
    .map((o) => o.trim())
    .filter((o) => {
      try {
        return new URL(o).origin === o;
      } catch {
        return false;
      }
    });
  return origins.length ? origins : null;
}

export function originAllowed(origin: string, allowed: string[] | null): boolean {
  return allowed === null || allowed.includes(origin);
}
