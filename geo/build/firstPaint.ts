/**
 * The first paint of the standalone page and the iframe embed, before any module has run: the
 * title and the picture of the opening year (poster.ts) inside the empty <war-atlas>, where the
 * element's own picture (src/lib/poster/Poster.svelte) and then the live map take over. A small
 * classic script (first-paint.js, no inline script: the atlas runs under a strict CSP) points it
 * at the year and language of the address; without JavaScript the opening year shows.
 */
import type { AtlasData } from '../../src/lib/model/atlasData.ts';
import { LANGS, translate } from '../../src/lib/i18n/messages.ts';
import { OPENING } from '../../src/lib/map/camera.ts';
import { POSTER_CSS, posterPath, posterPlacement, type PosterFrame } from '../../src/lib/poster/frame.ts';

const css = (props: Record<string, string>) =>
  Object.entries(props)
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');

/** How long the atlas's code waits for a first picture that does not come. */
const POSTER_WAIT_MS = 3000;

/**
 * When the standalone page's map is narrow (Camera.svelte's rule, `posterFrame`), told from the
 * window: the wide layout's map is the window less the 360 px side column; the phone layout's
 * (window at most 760 px wide or 500 px high) is the whole width.
 */
export const NARROW_WINDOW =
  '(max-width: 599.98px), (min-width: 760.02px) and (max-width: 959.98px) and (min-height: 500.02px)';

/** The <style> for the page's head: the boxes of the layout before the interface (Layout.svelte). */
export function firstPaintStyle(): string {
  return `<style>
${POSTER_CSS}
.first-paint { position: fixed; inset: 0; overflow: hidden; background: #fbf7ee; }
.first-paint-map { position: absolute; left: 0; top: 0; right: 360px; bottom: 221px; overflow: hidden; background: #f1e9d6; container-type: size; }
.first-paint-card { position: absolute; top: 0.75rem; left: 0.75rem; margin: 0; padding: 0.45rem 0.8rem; background: rgb(251 247 238 / 92%);
  border: 1px solid #b7a88a; border-radius: 8px; font: 700 1.15rem/1.3 'War Atlas Serif', Georgia, serif; color: #2b2620; }
.first-paint-card .first-paint-year { margin-left: 0.4em; font-variant-numeric: tabular-nums; padding: 0 0.45rem;
  border: 1px solid #b7a88a; border-radius: 999px; background: #f6e7b9; }
.war-atlas-poster { ${css(posterPlacement('wide'))} }
@media (max-width: 760px), (max-height: 500px) {
  .first-paint-map { right: 0; bottom: 157px; }
  .first-paint-card { top: 0.5rem; left: 0.5rem; font-size: 1rem; }
}
@media (max-height: 500px) { .first-paint-map { bottom: 126px; } }
@media ${NARROW_WINDOW} { .war-atlas-poster { ${css(posterPlacement('narrow'))} } }
</style>`;
}

/**
 * The markup inside <war-atlas>: the title, and the opening year's picture for a browser without
 * JavaScript (in <noscript>, so that a deep link never fetches that one before its own).
 */
export function firstPaintMarkup(data: AtlasData): string {
  const year = data.openingYear;
  const src = (frame: PosterFrame) => `./${posterPath(year, 'en', frame)}`;
  return `<div class="first-paint" aria-hidden="true">
      <div class="first-paint-map"><noscript><picture><source media="${NARROW_WINDOW}" srcset="${src('narrow')}" /><img class="war-atlas-poster" src="${src('wide')}" alt="" /></picture></noscript></div>
      <p class="first-paint-card"><span class="first-paint-title">${translate('en', 'title.heading')}</span><span class="first-paint-year">${year}</span></p>
    </div>`;
}

/**
 * first-paint.js: reads `year` and `lang` from the address as the page will (timeline.ts
 * yearFrom, messages.ts resolveLang: tests/unit/firstPaint.test.ts holds them to the same
 * answers) and points the picture and the title at them. Then it starts the atlas's code
 * (`data-app`, `data-preload`: `deferAppScripts`), once the picture has painted: on a slow line
 * the picture gets the bandwidth first, and MapLibre's quarter megabyte comes after it.
 */
export function firstPaintScript(data: AtlasData): string {
  const titles = Object.fromEntries(LANGS.map((lang) => [lang, translate(lang, 'title.heading')]));
  const config = {
    min: data.years.min,
    max: data.years.max,
    opening: data.openingYear,
    narrow: NARROW_WINDOW,
    titles,
  };
  return `// The first paint (geo/build/firstPaint.ts): the picture and title of the address's year and language,
// then the atlas's code.
(function () {
  var c = ${JSON.stringify(config)};
  var me = document.currentScript;
  var started = false;
  // The module script and its preloads, which the build took out of the head (deferAppScripts).
  var start = function () {
    if (started || !me) return;
    started = true;
    var app = me.getAttribute('data-app');
    if (!app) return;
    var preload = (me.getAttribute('data-preload') || '').split(' ');
    for (var i = 0; i < preload.length; i++) {
      if (!preload[i]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      link.href = preload[i];
      document.head.append(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = app;
    document.head.append(script);
  };
  // After the frame that shows the picture; at once in a background tab, which draws no frames.
  var afterPaint = function () {
    if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') return start();
    requestAnimationFrame(function () { setTimeout(start, 0); });
  };
  var root = me && me.previousElementSibling;
  if (!root || !root.querySelector) return start();
  var q = new URLSearchParams(location.search);
  var get = function (k) { var v = q.get(k); return v !== null && v.length <= 64 ? v : null; };
  var y = get('year'), year = c.opening;
  if (y !== null && /^-?\\d{1,6}$/.test(y.trim())) year = Math.min(c.max, Math.max(c.min, Number(y.trim())));
  var ours = function (tag) {
    if (typeof tag !== 'string' || tag.length > 64) return null;
    var m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag.trim());
    var p = m && m[1].toLowerCase();
    return Object.prototype.hasOwnProperty.call(c.titles, p) ? p : null;
  };
  var lang = ours(get('lang'));
  var tags = navigator.languages || [];
  for (var i = 0; !lang && i < tags.length; i++) lang = ours(tags[i]);
  lang = lang || 'en';
  var path = function (frame) { return './posters/' + lang + '-' + year + '-' + frame + '.svg'; };
  // A page the service worker serves is a return visit, from the cache: no picture (the
  // pictures stay out of the precache, and offline the map comes as fast without one).
  var cached = navigator.serviceWorker && navigator.serviceWorker.controller;
  var box = root.querySelector('.first-paint-map');
  var title = root.querySelector('.first-paint-title'), years = root.querySelector('.first-paint-year');
  if (title) title.textContent = c.titles[lang];
  if (years) years.textContent = String(year);
  root.setAttribute('data-first-paint', lang + ' ' + year);
  if (!box || cached) return start();
  var picture = document.createElement('picture'), source = document.createElement('source');
  var img = document.createElement('img');
  source.media = c.narrow;
  source.srcset = path('narrow');
  img.className = 'war-atlas-poster';
  img.alt = '';
  img.onload = afterPaint;
  img.onerror = function () { img.remove(); start(); };
  img.setAttribute('fetchpriority', 'high');
  picture.append(source, img);
  box.append(picture);
  // Last, in place: the picture's source is chosen before any file is asked for.
  img.src = path('wide');
  // A picture that never comes does not hold the map back for long.
  setTimeout(start, ${POSTER_WAIT_MS});
})();
`;
}

/**
 * The build's pages (after Vite has written their tags): the entry's module script and its
 * modulepreload links leave the head and become `data-app` and `data-preload` of first-paint.js,
 * which starts them after the first picture. A page without first-paint.js is left as it is.
 */
export function deferAppScripts(html: string): string {
  const tag = '<script src="./first-paint.js"></script>';
  if (!html.includes(tag)) return html;
  const app = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/.exec(html);
  if (!app) throw new Error('deferAppScripts: the page has first-paint.js but no module script');
  const preloads: string[] = [];
  const rest = html
    .replace(app[0], '')
    .replace(/<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g, (_, href: string) => {
      preloads.push(href);
      return '';
    });
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return rest.replace(
    tag,
    `<script src="./first-paint.js" data-app="${attr(app[1]!)}" data-preload="${attr(preloads.join(' '))}"></script>`,
  );
}

/** The frames a picture exists in, for the plugin. */
export const POSTER_FRAMES = Object.keys(OPENING) as PosterFrame[];
