// The standalone page: one full-window <war-atlas> whose year and place live in the URL.
import { defineWarAtlas } from './lib/index.ts';
import { readView, writeView } from './lib/url.ts';

const atlas = document.querySelector('war-atlas')!;
const view = readView(location.search);
if (view.year !== null) atlas.setAttribute('year', view.year);
if (view.place !== null) atlas.setAttribute('place', view.place);
if (view.lang !== null) atlas.setAttribute('lang', view.lang);
if (view.relief !== null) atlas.setAttribute('relief', view.relief);

// This page is the atlas: the wheel zooms the map without a modifier key.
atlas.setAttribute('fullpage', '');
defineWarAtlas('war-atlas', { base: new URL('./', location.href).href });

const sync = () => {
  const el = atlas as HTMLElement & { year: number; place: string | null; relief: boolean };
  // The language goes in the URL only once it was asked for (parameter or switcher).
  const lang = atlas.hasAttribute('lang') ? el.lang : null;
  history.replaceState(
    null,
    '',
    writeView(location.search, { year: el.year, place: el.place, lang, relief: el.relief }),
  );
};
atlas.addEventListener('yearchange', sync);
atlas.addEventListener('placeselect', sync);
atlas.addEventListener('langchange', sync);
atlas.addEventListener('ready', sync, { once: true });
// The Relief switch reflects itself as relief="off" on the element.
new MutationObserver(sync).observe(atlas, { attributes: true, attributeFilter: ['relief'] });
