// The standalone page: one full-window <war-atlas> whose year and place live in the URL.
import { defineWarAtlas } from './lib/index.ts';
import { readView, writeView } from './lib/url.ts';

const atlas = document.querySelector('war-atlas')!;
const view = readView(location.search);
if (view.year !== null) atlas.setAttribute('year', view.year);
if (view.place !== null) atlas.setAttribute('place', view.place);
if (view.lang !== null) atlas.setAttribute('lang', view.lang);

// This page is the atlas: the wheel zooms the map without a modifier key.
atlas.setAttribute('fullpage', '');
defineWarAtlas('war-atlas', { base: new URL('./', location.href).href });

const sync = () => {
  const el = atlas as HTMLElement & { year: number; place: string | null };
  // The language goes in the URL only once it was asked for (parameter or switcher).
  const lang = atlas.hasAttribute('lang') ? el.lang : null;
  history.replaceState(null, '', writeView(location.search, { year: el.year, place: el.place, lang }));
};
atlas.addEventListener('yearchange', sync);
atlas.addEventListener('placeselect', sync);
atlas.addEventListener('langchange', sync);
atlas.addEventListener('ready', sync, { once: true });
// Back from the bottom sheet's history entry: the entry before may hold an older year.
window.addEventListener('popstate', sync);
