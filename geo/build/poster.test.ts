import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Localizer } from '../../src/lib/i18n/localizer.ts';
import { resolveLang } from '../../src/lib/i18n/messages.ts';
import { POLITY_COLORS } from '../../src/lib/map/colors.ts';
import { yearFrom } from '../../src/lib/model/timeline.ts';
import { testAtlas } from '../../tests/unit/testAtlas.ts';
import { deferAppScripts, firstPaintScript } from './firstPaint.ts';
import { posterSvg } from './poster.ts';

const data = testAtlas();
const en = new Localizer('en', data, null);
/** The fill of each town's dot, by the town's name in the picture. */
const townColours = (svg: string) =>
  Object.fromEntries(
    [...svg.matchAll(/<circle [^>]*fill="([^"]+)"[^>]*\/><text [^>]*>([^<]+)<\/text>/g)].map((m) => [
      m[2],
      m[1],
    ]),
  );
const territoryColours = (svg: string) =>
  [...svg.matchAll(/<path fill="([^"]+)" fill-opacity/g)].map((m) => m[1]);

describe('posterSvg', () => {
  it("draws the year's holders: Sayram Kazakh in 1681 and Dzungar in 1684", () => {
    expect(townColours(posterSvg(data, 1681, en, 'wide')).Sayram).toBe(POLITY_COLORS.kazakh);
    expect(townColours(posterSvg(data, 1684, en, 'narrow')).Sayram).toBe(POLITY_COLORS.dzungar);
  });
  it("fills exactly the year's territories, in their colours", () => {
    for (const year of [1652, 1681, 1684, 1697]) {
      const expected = Object.keys(data.byYear[year]!.territories).map((p) => POLITY_COLORS[p]);
      expect(territoryColours(posterSvg(data, year, en, 'wide')).sort()).toEqual(expected.sort());
    }
  });
  it('names the towns in the language asked, with markup escaped', () => {
    const kk = new Localizer('kk', data, { places: { sayram: 'Сайрам <b>' }, regions: {} } as never);
    const svg = posterSvg(data, 1684, kk, 'wide');
    expect(svg).toContain('Сайрам &lt;b&gt;');
    expect(svg).not.toContain('<b>');
  });
  it('refuses a year the atlas does not have', () => {
    expect(() => posterSvg(data, 1500, en, 'wide')).toThrow(/1500/);
  });
});

/** A page as small as first-paint.js needs: what it appends to the head and to the picture box. */
function fakePage({
  search = '',
  languages = [] as string[],
  served = false,
  app = './assets/index-x.js',
} = {}) {
  const head: Record<string, unknown>[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const element = (tag: string): Record<string, any> => {
    const el: Record<string, any> = {
      tag,
      attrs: {} as Record<string, string>,
      children: [] as unknown[],
      setAttribute: (name: string, value: string) => (el.attrs[name] = value),
      append: (...kids: unknown[]) => el.children.push(...kids),
      remove: () => (el.removed = true),
    };
    return el;
  };
  const box = element('div');
  const root: Record<string, any> = {
    ...element('div'),
    querySelector: (sel: string) => (sel === '.first-paint-map' ? box : null),
  };
  const me = {
    previousElementSibling: root,
    getAttribute: (name: string) =>
      name === 'data-app' ? app : name === 'data-preload' ? './assets/maplibre-x.js ./assets/lib-x.js' : null,
  };
  const document = {
    currentScript: me,
    visibilityState: 'visible',
    createElement: element,
    head: { append: (el: Record<string, unknown>) => head.push(el) },
  };
  new Function(
    'document',
    'location',
    'navigator',
    'requestAnimationFrame',
    'setTimeout',
    firstPaintScript(data),
  )(
    document,
    { search },
    { languages, serviceWorker: served ? { controller: {} } : undefined },
    (f: () => void) => frames.push(f),
    (f: () => void) => timers.push(f),
  );
  const img = () => box.children[0]?.children[1] as Record<string, any> | undefined;
  /** Runs what the browser would next: the frames asked for, then the timers. */
  const flush = () => {
    for (const f of frames.splice(0)) f();
    for (const f of timers.splice(0)) f();
  };
  return { head, root, img, flush, frames, timers };
}

describe('first-paint.js', () => {
  it('reads the year and the language as the page does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('1684', ' 1690 ', '1500', '99999', '1684abc', '', '-3', '1e3'), fc.string()),
        fc.oneof(fc.constantFrom('kk', 'ru-RU', 'KK_kz', 'de', '', 'en'), fc.string()),
        fc.array(fc.constantFrom('kk-KZ', 'ru', 'fr', 'en-GB', 'x')),
        (year, lang, languages) => {
          const search = `?${new URLSearchParams({ year, lang })}`;
          const expected = `${resolveLang(lang, languages)} ${yearFrom(year, data.years, data.openingYear)}`;
          expect(fakePage({ search, languages }).root.attrs['data-first-paint']).toBe(expected);
        },
      ),
    );
  });
  it("starts the atlas's code only after the frame that shows the picture", () => {
    const page = fakePage({ search: '?year=1684&lang=kk' });
    expect(page.img()!.src).toBe('./posters/kk-1684-wide.svg');
    expect(page.head).toEqual([]);
    page.img()!.onload();
    expect(page.head).toEqual([]);
    // The frame, then the task after it.
    page.frames.splice(0).forEach((f) => f());
    expect(page.head).toEqual([]);
    page.flush();
    expect(page.head.map((el) => [el.tag, el.rel ?? el.type, el.href ?? el.src, el.crossOrigin])).toEqual([
      ['link', 'modulepreload', './assets/maplibre-x.js', 'anonymous'],
      ['link', 'modulepreload', './assets/lib-x.js', 'anonymous'],
      ['script', 'module', './assets/index-x.js', 'anonymous'],
    ]);
    // Once only, whatever else fires later (the wait for a picture that never came).
    page.img()!.onerror();
    expect(page.head).toHaveLength(3);
  });
  it('starts at once when the picture fails, and when the service worker serves the page', () => {
    const broken = fakePage();
    broken.img()!.onerror();
    expect(broken.img()!.removed).toBe(true);
    expect(broken.head.map((el) => el.tag)).toEqual(['link', 'link', 'script']);
    const served = fakePage({ served: true });
    expect(served.img()).toBeUndefined();
    expect(served.head.map((el) => el.tag)).toEqual(['link', 'link', 'script']);
  });
  it('starts after a while when the picture never comes', () => {
    const page = fakePage();
    expect(page.head).toEqual([]);
    page.flush();
    expect(page.head.map((el) => el.tag)).toEqual(['link', 'link', 'script']);
  });
});

describe('deferAppScripts', () => {
  const built = `<html><head>
    <script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/maplibre-b2.js">
    <link rel="modulepreload" crossorigin href="./assets/lib-c3.js">
    <link rel="stylesheet" crossorigin href="./assets/page-d4.css">
  </head><body><war-atlas></war-atlas>
    <script src="./first-paint.js"></script></body></html>`;
  it('moves the module script and its preloads from the head to first-paint.js', () => {
    const page = deferAppScripts(built);
    expect(page).not.toMatch(/type="module"|modulepreload/);
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/page-d4.css">');
    expect(page).toContain(
      '<script src="./first-paint.js" data-app="./assets/index-a1.js" data-preload="./assets/maplibre-b2.js ./assets/lib-c3.js"></script>',
    );
  });
  it('leaves a page without first-paint.js alone, and refuses one without its module', () => {
    const other = built.replace('<script src="./first-paint.js"></script>', '');
    expect(deferAppScripts(other)).toBe(other);
    expect(() => deferAppScripts(built.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(
      /module script/,
    );
  });
});
