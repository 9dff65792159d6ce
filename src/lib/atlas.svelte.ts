/**
 * One atlas's live state: the year, the selected place and play-back. Inputs from the element,
 * the URL or the UI come in through its methods, which validate them; components read the
 * derived YearState. Nothing flows back from the map.
 */
import type { AtlasData } from './model/atlas.ts';
import { placeInfo } from './model/places.ts';
import { nextPlayYear, parseYear, clampYear } from './model/timeline.ts';
import { stateAt } from './model/yearState.ts';
import type { YearState } from './model/types.ts';

export const CONTROLS = ['full', 'slider', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

export interface AtlasCallbacks {
  onYear?: (year: number) => void;
  onPlace?: (id: string | null) => void;
  /** Input that was rejected, in words a person can act on. */
  onReject?: (message: string) => void;
}

/** Milliseconds per year while playing. */
export const PLAY_STEP_MS = 1400;
/** How long a notice about rejected input stays. */
const NOTICE_MS = 6000;

/**
 * Any input as a short line of text for a notice. Never throws: a page may pass objects whose
 * toString throws or that have no prototype at all.
 */
export function quoteInput(input: unknown, max = 40): string {
  const text =
    typeof input === 'string'
      ? input
      : input === null || ['undefined', 'number', 'boolean', 'bigint'].includes(typeof input)
        ? String(input)
        : Array.isArray(input)
          ? 'a list'
          : `a ${typeof input}`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

export class Atlas {
  year = $state(0);
  place = $state<string | null>(null);
  playing = $state(false);
  /** A message about rejected input, shown for a few seconds. */
  notice = $state<string | null>(null);
  /** Which controls show: everything, only the map and timeline, or only the map. */
  controls = $state<Controls>('full');
  lang = $state<Lang>('en');
  /** The map starts only once the atlas is on screen (browsers allow about 16 WebGL maps). */
  mapStarted = $state(false);
  /**
   * Whether the map can draw: without WebGL, or while the browser has taken its context away,
   * the atlas carries on as text.
   */
  mapStatus = $state<'ok' | 'no-webgl' | 'context-lost'>('ok');
  readonly state: YearState = $derived.by(() => stateAt(this.data, this.year));
  #timer: ReturnType<typeof setInterval> | null = null;
  #noticeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly data: AtlasData,
    private readonly callbacks: AtlasCallbacks = {},
  ) {
    this.year = data.openingYear;
  }

  get years() {
    return { ...this.data.years };
  }

  /** Sets the year from any input; junk is ignored, out-of-range years are clamped. */
  setYear(input: unknown): void {
    const parsed = parseYear(input);
    if (parsed === null) {
      this.#reject(`"${quoteInput(input)}" is not a year; showing ${this.year}.`);
      return;
    }
    const year = clampYear(parsed, this.data.years);
    if (year !== parsed)
      this.#reject(`The atlas covers ${this.data.years.min}–${this.data.years.max}; showing ${year}.`);
    if (year === this.year) return;
    this.year = year;
    this.callbacks.onYear?.(year);
  }

  /** Selects a place or region by id (null or '' clears); unknown ids are ignored. */
  selectPlace(input: unknown): void {
    const id = input === null || input === undefined || input === '' ? null : input;
    if (id !== null && !placeInfo(this.data, id)) {
      this.#reject(`There is no place "${quoteInput(input)}" in this atlas.`);
      return;
    }
    if (id === this.place) return;
    this.place = id as string | null;
    this.callbacks.onPlace?.(this.place);
  }

  #reject(message: string): void {
    this.notice = message;
    if (this.#noticeTimer) clearTimeout(this.#noticeTimer);
    this.#noticeTimer = setTimeout(() => (this.notice = null), NOTICE_MS);
    this.callbacks.onReject?.(message);
  }

  /** Sets which controls show; anything but full, slider or none is ignored. */
  setControls(input: unknown): void {
    const value = input === null || input === undefined || input === '' ? 'full' : input;
    if (CONTROLS.includes(value as Controls)) this.controls = value as Controls;
    else this.#reject(`controls="${quoteInput(input, 20)}" is not one of full, slider, none.`);
  }

  /** Sets the interface language; unknown languages fall back to English. */
  setLang(input: unknown): void {
    const value = typeof input === 'string' ? input.toLowerCase().split('-')[0] : '';
    this.lang = LANGS.includes(value as Lang) ? (value as Lang) : 'en';
  }

  play(): void {
    if (this.playing) return;
    this.playing = true;
    // Starting at the end replays from the beginning of the war.
    if (this.year >= this.data.years.max) this.setYear(this.data.war.start);
    this.#timer = setInterval(() => {
      const next = nextPlayYear(this.year, this.data.years);
      if (next < this.year) return this.pause();
      this.setYear(next);
    }, PLAY_STEP_MS);
  }

  pause(): void {
    this.playing = false;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  destroy(): void {
    this.pause();
    if (this.#noticeTimer) clearTimeout(this.#noticeTimer);
  }
}
