/**
 * One atlas's live state: the year, the selected place and play-back. Inputs from the element,
 * the URL or the UI come in through its methods, which validate them; components read the
 * derived YearState. Nothing flows back from the map.
 */
import type { AtlasData } from './model/atlasData.ts';
import { placeInfo } from './model/places.ts';
import { nextPlayYear, parseYear, clampYear } from './model/timeline.ts';
import { stateAt } from './model/yearState.ts';
import type { YearState } from './model/types.ts';
import { Localizer } from './i18n/localizer.ts';
import { resolveLang, type Lang } from './i18n/messages.ts';
import { loadNames } from './i18n/loadNames.ts';
import type { DataNames } from './i18n/names.ts';
import { after, timings } from './timings.ts';
import type { Comparisons } from './model/atlasData.ts';
import { compareYears, type YearsCompared } from './model/compare.ts';
import { questionsFor } from './quiz/questions.ts';
import type { Question } from './quiz/question.ts';
import { MAX_SEED, newSeed } from './quiz/random.ts';

/** The comparisons come in a chunk of their own, the first time a reader compares two years. */
const loadComparisons = (): Promise<Comparisons> => import('virtual:atlas-compare').then((m) => m.default);

/** The browser's preferred languages, where there is a browser. */
const browserLanguages = (): readonly string[] =>
  typeof navigator !== 'undefined' && Array.isArray(navigator.languages) ? navigator.languages : [];

export const CONTROLS = ['full', 'slider', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];
export { LANGS, type Lang } from './i18n/messages.ts';

export interface AtlasCallbacks {
  onYear?: (year: number) => void;
  onPlace?: (id: string | null) => void;
  /** The reader picked a language with the switcher. */
  onLang?: (lang: Lang) => void;
  /** The reader turned the relief on or off. */
  onRelief?: (on: boolean) => void;
  /** The year compared with changed (null: none). */
  onCompare?: (year: number | null) => void;
  /** Check yourself opened with a set (its seed) or closed (null). */
  onQuiz?: (seed: number | null) => void;
  /** Input that was rejected, in words a person can act on. */
  onReject?: (message: string) => void;
}

/** Milliseconds per year while playing. */
export const PLAY_STEP_MS = 1400;
/** Milliseconds per event while the story plays by itself. */
export const STORY_STEP_MS = 7000;

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

/** `relief="off"` and friends: true for on, false for off, null for anything else. */
export function parseOnOff(input: unknown): boolean | null {
  if (input === null || input === undefined || input === true) return true;
  if (input === false) return false;
  if (typeof input !== 'string') return null;
  const value = input.trim().toLowerCase();
  if (['', 'on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  return null;
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
  /** The data's names in `lang` (null for English, and until a table has loaded). */
  names = $state.raw<DataNames | null>(null);
  /** Messages, names and numbers in the current language. */
  readonly text: Localizer = $derived.by(() => new Localizer(this.lang, this.data, this.names));
  /** The map starts only once the atlas is on screen (browsers allow about 16 WebGL maps). */
  mapStarted = $state(false);
  /**
   * Whether the map can draw: without WebGL, or while the browser has taken its context away,
   * the atlas carries on as text.
   */
  mapStatus = $state<'ok' | 'no-webgl' | 'context-lost'>('ok');
  /**
   * Layers the reader switches (the Legend's checkboxes; what a snapshot's legend lists): the shaded relief (on unless asked off), van Schagen's 1689 map
   * (off until asked for) and its opacity 0–1, and the modern borders for reference.
   */
  overlays = $state({ relief: true, oldMap: false, oldMapOpacity: 0.6, modernBorders: false });
  /**
   * What the reader asked to see, framed clear of the cards: a point with a few degrees round it
   * (a name on the 1689 map), or a box (a question's places); a new object each time.
   */
  lookAt = $state<{ center: [number, number] } | { bounds: [number, number, number, number] } | null>(null);
  readonly state: YearState = $derived.by(() => stateAt(this.data, this.year));
  /** The year the map is compared with (its borders as a ghost), or null. */
  compare = $state<number | null>(null);
  #comparisons = $state.raw<Comparisons | null>(null);
  /**
   * The two years compared, earlier to later, once their data has come; null without a
   * comparison, or when the compared year is the year shown.
   */
  readonly comparison: YearsCompared | null = $derived.by(() =>
    this.compare === null || this.compare === this.year || !this.#comparisons
      ? null
      : compareYears(this.data, this.#comparisons, this.compare, this.year),
  );
  /** Check yourself: the seed of the question set on show, or null while it is closed. */
  quiz = $state<number | null>(null);
  /** The guided tour: which of data.events is on show (in article order), or null. */
  storyIndex = $state<number | null>(null);
  storyPlaying = $state(false);
  #timer: ReturnType<typeof setInterval> | null = null;
  #storyTimer: ReturnType<typeof setInterval> | null = null;
  #cancelNotice: (() => void) | null = null;

  constructor(
    readonly data: AtlasData,
    private readonly callbacks: AtlasCallbacks = {},
    private readonly comparisons: () => Promise<Comparisons> = loadComparisons,
  ) {
    this.year = data.openingYear;
    this.setLang(null);
  }

  get years() {
    return { ...this.data.years };
  }

  /** Sets the year from any input; junk is ignored, out-of-range years are clamped. */
  setYear(input: unknown): void {
    const parsed = parseYear(input);
    if (parsed === null) {
      this.#reject(this.text.t('notice.notAYear', { input: quoteInput(input), year: this.year }));
      return;
    }
    const year = clampYear(parsed, this.data.years);
    if (year !== parsed) this.#reject(this.text.t('notice.outOfRange', { ...this.data.years, year }));
    if (year === this.year) return;
    this.year = year;
    this.callbacks.onYear?.(year);
  }

  /**
   * Sets the year to compare with (null, '' or 'off' clears it); junk is ignored with a notice,
   * out-of-range years are clamped. The same year as shown is kept but shows nothing extra.
   */
  setCompare(input: unknown): void {
    const off = input === null || input === undefined || input === '' || input === 'off';
    let year: number | null = null;
    if (!off) {
      const parsed = parseYear(input);
      if (parsed === null) {
        this.#reject(this.text.t('notice.badCompare', { input: quoteInput(input) }));
        return;
      }
      year = clampYear(parsed, this.data.years);
      if (year !== parsed) this.#reject(this.text.t('notice.outOfRange', { ...this.data.years, year }));
    }
    if (year !== null && !this.#comparisons)
      this.comparisons()
        .then((c) => (this.#comparisons = c))
        .catch(() => this.#reject(this.text.t('notice.compareFailed')));
    if (year === this.compare) return;
    this.compare = year;
    this.callbacks.onCompare?.(year);
  }

  /**
   * Opens Check yourself with the set `input` names (`?quiz=SEED`, the attribute `quiz`); null,
   * '' or 'off' closes it. Junk is ignored with a notice.
   */
  setQuiz(input: unknown): void {
    const off = input === null || input === undefined || input === '' || input === 'off';
    const seed = off ? null : typeof input === 'number' ? input : Number(String(input).trim());
    if (seed !== null && !(Number.isInteger(seed) && seed >= 1 && seed <= MAX_SEED)) {
      this.#reject(this.text.t('notice.badQuiz', { input: quoteInput(input, 20) }));
      return;
    }
    if (seed === this.quiz) return;
    this.quiz = seed;
    this.callbacks.onQuiz?.(seed);
  }

  /** The reader's Check yourself (or Again): a new set. */
  openQuiz(): void {
    this.setQuiz(newSeed());
  }

  /** The questions of set `seed`, in the atlas's language (the element's questions()). */
  questions(seed: number, count?: number): Question[] {
    return questionsFor(this.data, this.text, { seed, ...(count === undefined ? {} : { count }) });
  }

  /** Selects a place or region by id (null or '' clears); unknown ids are ignored. */
  selectPlace(input: unknown): void {
    const id = input === null || input === undefined || input === '' ? null : input;
    if (id !== null && !placeInfo(this.data, id)) {
      this.#reject(this.text.t('notice.unknownPlace', { input: quoteInput(input) }));
      return;
    }
    if (id === this.place) return;
    this.place = id as string | null;
    this.callbacks.onPlace?.(this.place);
  }

  #reject(message: string): void {
    this.notify(message);
    this.callbacks.onReject?.(message);
  }

  /**
   * Shows a message for a few seconds (input we could not use, an image we could not make), or
   * until the next one when `lasting` (something the reader must still know later).
   */
  notify(message: string, { lasting = false } = {}): void {
    this.notice = message;
    this.#cancelNotice?.();
    this.#cancelNotice = lasting ? null : after(timings().noticeMs, () => (this.notice = null));
  }

  /** Sets the relief from an attribute or property: on, off (`off`, `false`, `0`); junk is ignored. */
  setRelief(input: unknown): void {
    const on = parseOnOff(input);
    if (on === null) this.#reject(this.text.t('notice.badRelief', { input: quoteInput(input, 20) }));
    else this.overlays.relief = on;
  }

  /** The reader's own switch of the relief: set, and reported. */
  chooseRelief(on: boolean): void {
    if (on === this.overlays.relief) return;
    this.overlays.relief = on;
    this.callbacks.onRelief?.(on);
  }

  /** Sets which controls show; anything but full, slider or none is ignored. */
  setControls(input: unknown): void {
    const value = input === null || input === undefined || input === '' ? 'full' : input;
    if (CONTROLS.includes(value as Controls)) this.controls = value as Controls;
    else this.#reject(this.text.t('notice.badControls', { input: quoteInput(input, 20) }));
  }

  /**
   * Sets the interface language: one of en, kk, ru (region variants accepted); anything else,
   * or none, means the browser's language if it is one of ours, else English.
   */
  setLang(input: unknown): void {
    const lang = resolveLang(input, browserLanguages());
    this.lang = lang;
    loadNames(lang)
      .then((names) => {
        if (this.lang === lang) this.names = names;
      })
      .catch(() => this.#reject('The names for this language could not be loaded.'));
  }

  /** The reader's own choice of language (the switcher): set, and reported. */
  chooseLang(lang: Lang): void {
    this.setLang(lang);
    this.callbacks.onLang?.(this.lang);
  }

  /** Brings a point into view (the camera frames it where no card covers it). */
  look(center: [number, number]): void {
    this.lookAt = { center };
  }

  /** Brings a box (west, south, east, north) into view, clear of the cards. */
  frame(bounds: [number, number, number, number]): void {
    this.lookAt = { bounds };
  }

  /** Shows one event of the story: its year, and the first place it happened (the camera follows). */
  showStoryEvent(index: number): void {
    const events = this.data.events;
    if (events.length === 0) return;
    const i = Math.min(events.length - 1, Math.max(0, Math.trunc(index) || 0));
    const event = events[i]!;
    this.pause();
    this.storyIndex = i;
    this.setYear(event.year);
    this.selectPlace(event.places.find((id) => placeInfo(this.data, id)) ?? null);
  }
  startStory(): void {
    this.showStoryEvent(0);
  }
  /** Moves the story on (or back); past the last event the tour stops playing. */
  storyStep(delta: 1 | -1): void {
    const next = (this.storyIndex ?? -1) + delta;
    if (next >= this.data.events.length) return this.pauseStory();
    this.showStoryEvent(next);
  }
  playStory(): void {
    if (this.storyIndex === null) this.startStory();
    this.storyPlaying = true;
    if (this.#storyTimer) clearInterval(this.#storyTimer);
    this.#storyTimer = setInterval(() => this.storyStep(1), STORY_STEP_MS);
  }
  pauseStory(): void {
    this.storyPlaying = false;
    if (this.#storyTimer) clearInterval(this.#storyTimer);
    this.#storyTimer = null;
  }
  stopStory(): void {
    this.pauseStory();
    this.storyIndex = null;
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
    this.pauseStory();
    this.#cancelNotice?.();
  }
}
