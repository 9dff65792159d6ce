/**
 * `<war-atlas>`: the public face of the atlas (DESIGN.md's contract). Attributes and properties
 * go into one Atlas; its changes come out as DOM events. Everything renders in a shadow root.
 */
import { mount, tick, unmount } from 'svelte';
import * as maplibregl from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import atlasData from 'virtual:atlas-data';
import { Atlas } from '../atlas.svelte.ts';
import { placeInfo } from '../model/places.ts';
import { yearFrom } from '../model/timeline.ts';
import { stateAt } from '../model/yearState.ts';
import type { YearState } from '../model/types.ts';
import type { YearsCompared } from '../model/compare.ts';
import AtlasView from '../ui/Atlas.svelte';
import { registerUiFont } from '../ui/fonts.ts';
import { captureMap, drawMapInto } from '../map/capture.ts';
import type { Overlays } from '../snapshot/legend.ts';
import type { SnapshotText } from '../snapshot/compose.ts';
import type { Question } from '../quiz/question.ts';
import { MAX_SEED, newSeed } from '../quiz/random.ts';
import { frameAt, planTimelapse, TimelapseInputError, type TimelapseOptions } from '../video/plan.ts';
import { POSTER_CSS } from '../poster/frame.ts';

// The worker is its own file beside this module (MapLibre 6, DESIGN.md).
maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

// The host keeps a sensible minimum height inside any page; `all: initial` on the frame stops
// inherited host-page styles (fonts, colours, line heights) at the shadow boundary.
const HOST_CSS = `
:host { display: block; position: relative; min-height: 420px; height: 100%; contain: content; }
@media print { :host { height: auto; min-height: 0; contain: none; } .frame { position: static; container-type: normal; } }
:host([hidden]) { display: none; }
.frame { all: initial; position: absolute; inset: 0; container-type: size; display: block; }
`;

/**
 * Whether this browser can give us a WebGL context at all. Asked once per page, and the test
 * context is handed back at once: browsers keep only about 16 alive.
 */
let webgl: boolean | undefined;
function supportsWebGL(): boolean {
  if (webgl !== undefined) return webgl;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    webgl = Boolean(gl);
  } catch {
    webgl = false;
  }
  return webgl;
}

/** Whether any of the element shows in the window now (a hidden or collapsed one does not). */
function inViewport(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return (
    r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
  );
}

/** Where the built atlas lives (for the Embed snippets); set by the entry that defines the tag. */
let atlasBase = '';

export class WarAtlasElement extends HTMLElement {
  static observedAttributes = ['year', 'place', 'lang', 'controls', 'autoplay', 'relief', 'compare', 'quiz'];

  readonly #atlas = new Atlas(atlasData, {
    onYear: (year) => {
      this.#reflect('year', String(year));
      this.#emit('yearchange', { year });
    },
    onPlace: (id) => {
      this.#reflect('place', id);
      this.#emit('placeselect', { id });
    },
    onLang: (lang) => {
      this.#reflect('lang', lang);
      this.#emit('langchange', { lang });
    },
    // Only "off" is worth saying: the relief is on by default.
    onRelief: (on) => this.#reflect('relief', on ? null : 'off'),
    onCompare: (year) => {
      this.#reflect('compare', year === null ? null : String(year));
      this.#emit('comparechange', { year });
    },
    // The set on show, so that the page's URL (`?quiz=SEED`) gives the class the same questions.
    onQuiz: (seed) => this.#reflect('quiz', seed === null ? null : String(seed)),
  });
  #app: ReturnType<typeof mount> | null = null;
  #visibility: IntersectionObserver | null = null;
  #map: maplibregl.Map | null = null;
  /**
   * Whether the map has had its first idle. What waits for it (the relief, the 1689 map) is
   * added only then, so until it has, the map is not yet completely drawn however loaded it looks.
   */
  #firstDrawn = false;
  /** Set by the map while the year's marches draw themselves; shown as `data-drawing` on the host. */
  readonly #drawStatus = ((host: HTMLElement) => {
    let drawing = false;
    return {
      get drawing() {
        return drawing;
      },
      set drawing(value: boolean) {
        drawing = value;
        host.toggleAttribute('data-drawing', value);
      },
    };
  })(this);
  #ready: Promise<void>;
  #resolveReady!: () => void;
  /**
   * Printing lays the page out without animation frames, and a WebGL canvas prints blank: the
   * map is copied into a 2D canvas (.print-map, styled by the atlas's print rules) for it, and
   * the copy goes again after.
   */
  readonly #onPrint = (event: Event) => {
    const printing = event.type === 'beforeprint' || (event as MediaQueryListEvent).matches === true;
    const area = this.shadowRoot?.querySelector('.map-area');
    let copy = area?.querySelector<HTMLCanvasElement>('canvas.print-map');
    if (!printing) return copy?.remove();
    if (!this.#map || !area || this.#atlas.mapStatus !== 'ok') return;
    if (!copy) {
      copy = document.createElement('canvas');
      copy.className = 'print-map';
      copy.setAttribute('aria-hidden', 'true');
      area.append(copy);
    }
    drawMapInto(this.#map, copy);
  };
  #printQuery: MediaQueryList | null = null;
  #capturing: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.#ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  connectedCallback(): void {
    if (this.#app) return;
    registerUiFont();
    const root = this.shadowRoot!;
    const style = document.createElement('style');
    style.textContent = maplibreCss + HOST_CSS + POSTER_CSS;
    const frame = document.createElement('div');
    frame.className = 'frame';
    root.replaceChildren(style, frame);
    // The page's first paint (geo/build/firstPaint.ts), hidden now by the shadow root: its
    // picture is the element's own from here on.
    this.querySelector(':scope > .first-paint')?.remove();
    this.#app = mount(AtlasView, {
      target: frame,
      props: {
        atlas: this.#atlas,
        status: this.#drawStatus,
        base: atlasBase,
        host: this,
        onmap: (map: maplibregl.Map) => this.#onMap(map),
        snapshot: () => this.snapshot(),
        timelapse: (options: TimelapseOptions) => this.#timelapse(options),
      },
    });
    for (const type of ['beforeprint', 'afterprint']) window.addEventListener(type, this.#onPrint);
    this.#printQuery = typeof matchMedia === 'function' ? matchMedia('print') : null;
    this.#printQuery?.addEventListener('change', this.#onPrint);
    // Without WebGL there is no map to start: the atlas carries on as text, and says so.
    if (!supportsWebGL()) {
      this.#atlas.mapStatus = 'no-webgl';
      this.setAttribute('data-ready', '');
      this.#resolveReady();
      this.#emit('error', { message: 'This browser cannot draw maps (WebGL is off or missing).' });
      this.#emit('ready', { year: this.#atlas.year, map: false });
      return;
    }
    // Start the map only when the atlas comes into view (or at once where that cannot be told):
    // at once when it already is, without waiting a frame for the observer to say so.
    if (typeof IntersectionObserver === 'undefined' || inViewport(this)) this.#atlas.mapStarted = true;
    else {
      this.#visibility = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#atlas.mapStarted = true;
        this.#visibility?.disconnect();
      });
      this.#visibility.observe(this);
    }
  }

  disconnectedCallback(): void {
    // A moved element is disconnected and reconnected in one task: only tear down if it stays out.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return;
      this.#atlas.pause();
      this.#visibility?.disconnect();
      for (const type of ['beforeprint', 'afterprint']) window.removeEventListener(type, this.#onPrint);
      this.#printQuery?.removeEventListener('change', this.#onPrint);
      this.#atlas.mapStarted = false;
      void unmount(this.#app);
      this.#app = null;
      this.#map = null;
      this.removeAttribute('data-ready');
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // Our own reflection comes back here too; the atlas ignores a value it already has. (A flag
    // set around setAttribute would also swallow other attributes' callbacks queued at upgrade.)
    if (name === 'year') this.#atlas.setYear(value);
    if (name === 'place') this.#atlas.selectPlace(value);
    if (name === 'controls') this.#atlas.setControls(value);
    if (name === 'lang') this.#atlas.setLang(value);
    if (name === 'relief') this.#atlas.setRelief(value);
    if (name === 'compare') this.#atlas.setCompare(value);
    if (name === 'quiz') this.#atlas.setQuiz(value);
    if (name === 'autoplay') {
      if (value === null) this.#atlas.pause();
      else this.#ready.then(() => this.hasAttribute('autoplay') && this.#atlas.play());
    }
  }

  get year(): number {
    return this.#atlas.year;
  }
  set year(value: unknown) {
    this.#atlas.setYear(value);
  }

  get place(): string | null {
    return this.#atlas.place;
  }
  set place(value: unknown) {
    this.#atlas.selectPlace(value);
  }

  override get lang(): string {
    return this.#atlas.lang;
  }
  override set lang(value: string) {
    this.#atlas.setLang(value);
  }

  get controls(): string {
    return this.#atlas.controls;
  }
  set controls(value: unknown) {
    this.#atlas.setControls(value);
    this.#reflect('controls', this.#atlas.controls);
  }

  /** Whether the shaded relief is drawn; attribute `relief="off"` turns it off. */
  get relief(): boolean {
    return this.#atlas.overlays.relief;
  }
  set relief(value: unknown) {
    this.#atlas.setRelief(value);
    this.#reflect('relief', this.#atlas.overlays.relief ? null : 'off');
  }

  /** The year the map is compared with (its borders drawn as a ghost), or null; attribute `compare`. */
  get compare(): number | null {
    return this.#atlas.compare;
  }
  set compare(value: unknown) {
    this.#atlas.setCompare(value);
  }

  /**
   * Questions made from the atlas's data, in its language: `count` (default 10) of set `seed`
   * (the same seed gives the same questions; none gives a new set). Junk options are ignored.
   */
  questions(options: { count?: unknown; seed?: unknown } = {}): Question[] {
    const { count, seed } = options ?? {};
    const wholeIn = (n: unknown, max: number) =>
      typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
    return this.#atlas.questions(wholeIn(seed, MAX_SEED) ?? newSeed(), wholeIn(count, 100));
  }

  get autoplay(): boolean {
    return this.hasAttribute('autoplay');
  }
  set autoplay(value: unknown) {
    this.toggleAttribute('autoplay', Boolean(value));
  }

  /**
   * The height (px) the atlas asks of a frame (the iframe embed reports it): wide, 620; narrow
   * (the phone layout, whose side panel is a bottom sheet over the map), room for the map, the
   * timeline and the sheet's handle, with the map at least 360 px tall.
   */
  preferredHeight(): number {
    const root = this.shadowRoot;
    const wide = this.getBoundingClientRect().width >= 760;
    if (!root || wide) return 620;
    const timeline = root.querySelector('.timeline-bar')?.scrollHeight ?? 0;
    const handle = root.querySelector('.sheet-handle')?.scrollHeight ?? 0;
    return Math.round(360 + timeline + handle);
  }

  get years(): { min: number; max: number } {
    return this.#atlas.years;
  }

  /** The data for a year (default: the one shown); junk years give the shown year's state. */
  state(year?: unknown): YearState {
    return stateAt(atlasData, yearFrom(year, atlasData.years, this.#atlas.year));
  }

  play(): void {
    this.#atlas.play();
  }
  pause(): void {
    this.#atlas.pause();
  }

  /**
   * Resolves when the map has completely drawn the current year: data loaded, routes drawn,
   * the relief (added after the first picture) drawn, nothing left to render. For screenshots,
   * printing and tests; called as soon as `ready` fires, it waits for the relief too.
   */
  async whenIdle(): Promise<void> {
    await this.#ready;
    for (;;) {
      // A change made in this task (el.year = …) reaches the map when Svelte applies it, in a
      // microtask: wait for that, not for a frame (a frame drawn in software costs ~100 ms).
      await tick();
      const map = this.#map;
      if (!map || this.#atlas.mapStatus !== 'ok') return;
      if (this.#firstDrawn && !this.#drawStatus.drawing && map.loaded() && !map.isMoving()) return;
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        // A map still loading or moving draws again by itself; one only animating routes may not.
        if (map.loaded() && !map.isMoving()) map.triggerRepaint();
      });
    }
  }

  /**
   * A PNG of the current view for a slide or a worksheet: the map at `pixelRatio` (default 2,
   * so an 800 px wide map gives a 1600+ px picture) with the title, the year, the selected
   * place, the legend of what is drawn, a scale bar and the credits with the article's name.
   * Rejects, with a message a person can act on, when there is no map to picture.
   */
  async snapshot(options: { pixelRatio?: unknown } = {}): Promise<Blob> {
    const ratio = Number(options?.pixelRatio ?? 2);
    const pixelRatio = Number.isFinite(ratio) ? Math.min(4, Math.max(1, ratio)) : 2;
    const text = this.#atlas.text;
    // A map not started yet (out of view) would never become idle: say so rather than wait.
    if (!this.#atlas.mapStarted || this.#atlas.mapStatus !== 'ok') throw new Error(text.t('snapshot.noMap'));
    await this.whenIdle();
    const map = this.#map;
    if (!map || this.#atlas.mapStatus !== 'ok') throw new Error(text.t('snapshot.noMap'));
    // One picture at a time: each raises the map's pixel ratio and puts it back.
    const capture = this.#capturing.catch(() => undefined).then(() => captureMap(map, pixelRatio));
    this.#capturing = capture;
    // The picture's frame and legend are drawn by code loaded when first asked for.
    const [picture, { composeSnapshot }, { drawnLegend }] = await Promise.all([
      capture,
      import('../snapshot/compose.ts'),
      import('../snapshot/legend.ts'),
    ]);
    return composeSnapshot(
      picture,
      this.#snapshotText(
        this.#atlas.state,
        this.#atlas.place,
        this.#atlas.overlays,
        drawnLegend,
        this.#atlas.comparison,
      ),
    );
  }

  /** What a picture of `state` says around its map (the snapshot's and each video frame's). */
  #snapshotText(
    state: YearState,
    place: string | null,
    overlays: Overlays,
    drawnLegend: typeof import('../snapshot/legend.ts').drawnLegend,
    compared: YearsCompared | null = null,
  ): SnapshotText {
    const text = this.#atlas.text;
    const other = compared ? (compared.from === state.year ? compared.to : compared.from) : null;
    return {
      title: text.t('title.heading'),
      years: text.years(atlasData.war.start, atlasData.war.end),
      subtitle:
        other === null
          ? text.t('title.subtitle')
          : `${text.t('title.subtitle')} · ${text.t('compare.subtitle', { year: other })}`,
      year: state.year,
      place: place ? text.t('snapshot.place', { place: text.place(place) }) : null,
      legendTitle: text.t('legend.title'),
      legend: drawnLegend(
        state,
        overlays,
        { t: (key, params) => text.t(key, params), polity: (id) => text.polity(id) },
        compared && other !== null ? { ...compared, year: other } : null,
      ),
      credits: text.t('side.credit'),
      km: text.t('unit.km'),
    };
  }

  #filming = false;

  /**
   * A time-lapse video of the years `from`–`to` (default 1680–1685), `secondsPerYear` each
   * (1.5), `width`×`height` px (1280×720), 30 frames a second: MP4 (H.264) where the browser
   * can encode it, else WebM (VP9). Every frame is the snapshot's picture of that moment, drawn
   * on a map of its own, so the reader's map and year do not move. Rejects with a message a
   * person can act on: junk options, no encoder, no map, a video already being made, or
   * `signal` aborted (an AbortError).
   */
  async timelapse(
    options: TimelapseOptions & { onprogress?: unknown; signal?: unknown } = {},
  ): Promise<Blob> {
    return (await this.#timelapse(options)).blob;
  }

  /** The video and its extension (the dialog names the file by it). */
  async #timelapse(
    options: TimelapseOptions & { onprogress?: unknown; signal?: unknown },
  ): Promise<{ blob: Blob; extension: 'mp4' | 'webm' }> {
    const text = this.#atlas.text;
    const opts = options && typeof options === 'object' ? options : {};
    let plan;
    try {
      plan = planTimelapse(opts, atlasData.years, atlasData.war);
    } catch (error) {
      if (error instanceof TimelapseInputError) throw new Error(text.t(error.key, error.values));
      throw error;
    }
    const onprogress =
      typeof opts.onprogress === 'function' ? (opts.onprogress as (n: number) => void) : undefined;
    const signal = opts.signal instanceof AbortSignal ? opts.signal : undefined;
    if (typeof VideoEncoder === 'undefined') throw new Error(text.t('video.unsupported'));
    if (!this.#atlas.mapStarted || this.#atlas.mapStatus !== 'ok') throw new Error(text.t('snapshot.noMap'));
    if (this.#filming) throw new Error(text.t('video.busy'));
    this.#filming = true;
    try {
      await this.whenIdle();
      const [{ encodeVideo, NoEncoderError }, { drawSnapshot, chromeSize }, { drawnLegend }, { FilmMap }] =
        await Promise.all([
          import('../video/encode.ts'),
          import('../snapshot/compose.ts'),
          import('../snapshot/legend.ts'),
          import('../video/film.svelte.ts'),
        ]);
      signal?.throwIfAborted();
      // 720 px tall frames are drawn at ratio 1; taller ones at more, so they look the same, sharper.
      const ratio = plan.height / 720;
      const overlays = { ...this.#atlas.overlays, modernBorders: false };
      const texts = new Map<number, SnapshotText>();
      for (let year = plan.from; year <= plan.to; year++)
        texts.set(year, this.#snapshotText(stateAt(atlasData, year), null, overlays, drawnLegend));
      // The map is as tall as the year with the longest legend leaves room for.
      const mapWidth = plan.width - 48 * ratio;
      let chrome = 0;
      for (const t of texts.values()) chrome = Math.max(chrome, await chromeSize(t, mapWidth, ratio));
      const mapHeight = plan.height - chrome;
      if (mapHeight < 60 * ratio) throw new Error(text.t('video.badSize', { min: 240, max: 3840 }));
      const film = new FilmMap(
        this.shadowRoot!,
        atlasData,
        this.#atlas,
        overlays,
        { width: Math.round(mapWidth / ratio), height: Math.floor(mapHeight / ratio) },
        ratio,
        atlasBase,
      );
      const frame = document.createElement('canvas');
      frame.width = plan.width;
      frame.height = plan.height;
      const reducedMotion =
        typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      let last: { year: number; routeProgress: number } | null = null;
      try {
        return await encodeVideo(
          frame,
          plan,
          async (index) => {
            const now = frameAt(plan, index, reducedMotion);
            // A year's frames after its marches have drawn are all alike: the last one stands.
            if (last && last.year === now.year && last.routeProgress === 1 && now.routeProgress === 1) return;
            last = now;
            const picture = await film.frame(now.year, now.routeProgress, (index * 1000) / plan.fps);
            await drawSnapshot(picture, texts.get(now.year)!, frame);
          },
          { onprogress, signal },
        );
      } catch (error) {
        if (error instanceof NoEncoderError) throw new Error(text.t('video.unsupported'));
        throw error;
      } finally {
        film.close();
      }
    } finally {
      this.#filming = false;
    }
  }

  /**
   * Where a place is drawn, in viewport pixels (for tests and host pages that point at the map),
   * or null when the map is not up or the id is unknown.
   */
  screenPosition(id: string): { x: number; y: number } | null {
    const info = placeInfo(atlasData, id);
    if (!this.#map || !info) return null;
    const p = this.#map.project(info.center);
    const rect = this.#map.getCanvasContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }

  /** The ids of the places whose names the map shows now (not collided away), in no order. */
  namedPlaces(): string[] {
    if (!this.#map?.getLayer('places-label')) return [];
    const shown = this.#map.queryRenderedFeatures({ layers: ['places-label'] });
    return [
      ...new Set(shown.map((f) => f.properties?.id).filter((id): id is string => typeof id === 'string')),
    ];
  }

  #onMap(map: maplibregl.Map): void {
    this.#map = map;
    this.#firstDrawn = false;
    // Registered after AtlasMap's own first-idle listener, so by the time this runs the layers
    // that wait for the first picture have been asked for (whenIdle's next tick adds them).
    map.once('idle', () => (this.#firstDrawn = true));
    map.once('load', () => {
      this.setAttribute('data-ready', '');
      this.#resolveReady();
      this.#emit('ready', { year: this.#atlas.year });
    });
    map.on('error', (e) => this.#emit('error', { message: e.error?.message ?? 'map error' }));
    // The browser may take the WebGL context away (too many maps, a GPU reset) and give it back.
    map.on('webglcontextlost', () => {
      this.#atlas.mapStatus = 'context-lost';
      this.#emit('error', { message: 'The map lost its drawing context; showing the atlas as text.' });
    });
    map.on('webglcontextrestored', () => (this.#atlas.mapStatus = 'ok'));
  }

  #reflect(name: string, value: string | null): void {
    if (value === null) this.removeAttribute(name);
    else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/**
 * Defines the element. `base` is the URL of the folder the atlas is served from, used in the
 * copy-paste snippets of the Embed dialog.
 */
export function defineWarAtlas(tag = 'war-atlas', options: { base?: string } = {}): void {
  if (options.base) atlasBase = options.base;
  if (!customElements.get(tag)) customElements.define(tag, WarAtlasElement);
}
