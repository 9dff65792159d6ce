// The standalone page: one full-window <war-atlas> whose year and place live in the URL, and
// the only page that registers the service worker (the embeds never do, on anyone's page).
import { registerSW } from 'virtual:pwa-register';
import { defineWarAtlas } from './lib/index.ts';
import { resolveLang } from './lib/i18n/messages.ts';
import { updateNotice } from './lib/offline/updateNotice.ts';
import { readView, writeView } from './lib/url.ts';

const atlas = document.querySelector('war-atlas')!;
const view = readView(location.search);
if (view.year !== null) atlas.setAttribute('year', view.year);
if (view.place !== null) atlas.setAttribute('place', view.place);
if (view.lang !== null) atlas.setAttribute('lang', view.lang);
if (view.relief !== null) atlas.setAttribute('relief', view.relief);
if (view.compare !== null) atlas.setAttribute('compare', view.compare);
if (view.quiz !== null) atlas.setAttribute('quiz', view.quiz);

// This page is the atlas: the wheel zooms the map without a modifier key.
atlas.setAttribute('fullpage', '');
defineWarAtlas('war-atlas', { base: new URL('./', location.href).href });

const sync = () => {
  const el = atlas as HTMLElement & {
    year: number;
    place: string | null;
    relief: boolean;
    compare: number | null;
  };
  const quiz = Number(atlas.getAttribute('quiz'));
  // The language goes in the URL only once it was asked for (parameter or switcher).
  const lang = atlas.hasAttribute('lang') ? el.lang : null;
  history.replaceState(
    null,
    '',
    writeView(location.search, {
      year: el.year,
      place: el.place,
      lang,
      relief: el.relief,
      compare: el.compare,
      quiz: Number.isInteger(quiz) && quiz > 0 ? quiz : null,
    }),
  );
};
atlas.addEventListener('yearchange', sync);
atlas.addEventListener('placeselect', sync);
atlas.addEventListener('langchange', sync);
atlas.addEventListener('ready', sync, { once: true });
// So do the Relief switch (relief="off"), the legend's Compare with… (compare="1680") and
// Check yourself (quiz="4711").
new MutationObserver(sync).observe(atlas, {
  attributes: true,
  attributeFilter: ['relief', 'compare', 'quiz'],
});

// Offline: once the map has completely drawn its first picture (so caching never slows it), the
// service worker precaches the whole atlas. A new version waits until the reader presses Reload.
atlas.addEventListener(
  'ready',
  () =>
    void (atlas as HTMLElement & { whenIdle(): Promise<void> }).whenIdle().then(() => {
      const lang = () => resolveLang((atlas as HTMLElement & { lang: string }).lang, []);
      const reload = async () => {
        await updateSW(true);
        // A page the old worker never controlled (the first visit) gets no `controlling` event.
        if (!navigator.serviceWorker.controller) location.reload();
      };
      const notice = updateNotice(document, lang, () => void reload());
      atlas.addEventListener('langchange', () => notice.refresh());
      const updateSW = registerSW({ immediate: true, onNeedRefresh: () => notice.show() });
    }),
  { once: true },
);

// Back from the bottom sheet's history entry: the entry before may hold an older year.
window.addEventListener('popstate', sync);
