/**
 * Loads the data's names for a language (geo/i18n/*.json), each table its own chunk. Apart from
 * names.ts so that the pure look-ups can also run at build time (the open data) without these
 * imports.
 */
import type { Lang } from './messages.ts';
import type { DataNames } from './names.ts';

const loaded = new Map<Lang, Promise<DataNames | null>>();

/**
 * The data's names for `lang`, loaded on demand: each table is its own chunk, so English pays
 * nothing and a Kazakh reader never downloads the Russian one. Resolves to null for English.
 */
export function loadNames(lang: Lang): Promise<DataNames | null> {
  let names = loaded.get(lang);
  if (!names) {
    names =
      lang === 'kk'
        ? import('../../../geo/i18n/kk.json').then((m): DataNames => m.default)
        : lang === 'ru'
          ? import('../../../geo/i18n/ru.json').then((m): DataNames => m.default)
          : Promise.resolve(null);
    // A failed load (offline, say) is not remembered: the next call tries again.
    names.catch(() => loaded.delete(lang));
    loaded.set(lang, names);
  }
  return names;
}
