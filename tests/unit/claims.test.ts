// No sentence on screen claims more than the article: where it rests on the atlas's own
// reconstruction (a route, a place, a holder), the text says so. Word lists per language are
// enough to catch the claims READING.md found (a route "given in the article", an event flown to
// a place the article does not name, a conjectural holder stated as fact).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGS, type Lang } from '../../src/lib/i18n/messages.ts';
import {
  localEventText,
  localEventTitle,
  localPlaceName,
  localRegionName,
  type DataNames,
} from '../../src/lib/i18n/names.ts';
import { holderConjectural } from '../../src/lib/model/yearState.ts';
import { testAtlas } from './testAtlas.ts';

const data = testAtlas();
const tables: Record<Lang, DataNames | null> = {
  en: null,
  kk: JSON.parse(readFileSync('geo/i18n/kk.json', 'utf8')),
  ru: JSON.parse(readFileSync('geo/i18n/ru.json', 'utf8')),
};

/** Saying that the article gives a march's way: it never does. */
const ROUTE_FROM_ARTICLE: Record<Lang, RegExp> = {
  en: /\b(route|road|way)s? (is |are )?(given|shown|stated|described) (in|by) the article|the article (gives|shows|states) the (route|road|way)/i,
  kk: /жол(ы|дары)? мақалада (көрсетілген|берілген|айтылған)/i,
  ru: /(путь|маршрут|дорога)\S* (указан|описан|показан|дан)\S* в статье/i,
};
/** Saying someone holds a place. */
const HOLDS: Record<Lang, RegExp> = {
  // Holding a place, not holding out ("Though Sayram holds, …").
  en: /\bheld by\b|\bholding [A-Z]|\bholds? [A-Z]|\bin the hands of\b|\bkeeps? [A-Z]/,
  kk: /қолында|иелігінде|билігінде|ұстап/i,
  ru: /остаются? за|остаётся за|владе|удерж|в руках/i,
};
/** Saying it is the atlas's guess. */
const HEDGE: Record<Lang, RegExp> = {
  en: /conjectur|reconstruct|perhaps|probably|likely|on this map/i,
  kk: /болжам|қалпына келтіріл|шамамен|мүмкін|картада/i,
  ru: /предполож|реконструк|вероятно|возможно|на этой карте/i,
};

const texts = (lang: Lang) =>
  data.events.map((e) => ({
    event: e,
    words: `${localEventTitle(tables[lang], e)} ${localEventText(tables[lang], e)}`,
  }));

describe('claims beyond the article', () => {
  it('no message or event text says the article gives a route', () => {
    const found: string[] = [];
    for (const lang of LANGS) {
      for (const [key, value] of Object.entries(CATALOGS[lang]))
        if (ROUTE_FROM_ARTICLE[lang].test(value)) found.push(`${lang} ${key}: ${value}`);
      for (const { event, words } of texts(lang))
        if (ROUTE_FROM_ARTICLE[lang].test(words)) found.push(`${lang} ${event.id}: ${words}`);
    }
    expect(found).toEqual([]);
  });

  it('the word lists catch what they are for', () => {
    expect(ROUTE_FROM_ARTICLE.kk.test('Жорық: жолы мақалада көрсетілген')).toBe(true);
    expect(ROUTE_FROM_ARTICLE.ru.test('Поход: путь указан в статье')).toBe(true);
    expect(ROUTE_FROM_ARTICLE.en.test('March, route given in the article')).toBe(true);
    expect(HOLDS.en.test('ends with the Dzungars holding Jetisu, Sayram and Tashkent')).toBe(true);
    expect(HOLDS.en.test('Though Sayram holds, Galdan captures two Kazakh sultans.')).toBe(false);
    expect(HOLDS.kk.test('Сайрам және Ташкенттің жоңғарлар қолында қалуымен')).toBe(true);
    expect(HOLDS.ru.test('Сайрам и Ташкент остаются за джунгарами')).toBe(true);
    expect(HEDGE.kk.test('иесі: картаның болжамы')).toBe(true);
  });

  it('every place an event flies to is one its title, text or quote names', () => {
    const unnamed: string[] = [];
    for (const e of data.events)
      for (const id of e.places) {
        const place = data.places.features.find((f) => f.properties.id === id)?.properties;
        const region = data.regions.features.find((f) => f.properties.id === id)?.properties;
        const props = place ?? region;
        expect(props, `${e.id}: ${id} is a place or region`).toBeDefined();
        // "Baraba steppe" is named by "the Baraba Tatars": the name's first word will do.
        const names = [props!.name, props!.name.split(' ')[0]!].filter((n) => n.length >= 4);
        const said = `${e.title} ${e.text} ${e.source.quote}`.toLowerCase();
        if (!names.some((n) => said.includes(n.toLowerCase()))) unnamed.push(`${e.id} → ${id}`);
      }
    expect(unnamed).toEqual([]);
  });

  it('no event says who holds a place the map only conjectures, unless it says so', () => {
    const claims: string[] = [];
    for (const lang of LANGS)
      for (const { event, words } of texts(lang)) {
        if (!HOLDS[lang].test(words) || HEDGE[lang].test(words)) continue;
        const guessed = [...event.places, ...Object.keys(data.byYear[event.year]!.control)].filter(
          (id) => holderConjectural(data, event.year, id) && mentions(lang, id, words),
        );
        if (guessed.length) claims.push(`${lang} ${event.id}: ${guessed.join(', ')}`);
      }
    expect(claims).toEqual([]);
  });

  it('knows which holders are conjectures: Tashkent and Sayram before 1684, not after', () => {
    expect(holderConjectural(data, 1683, 'tashkent')).toBe(true);
    expect(holderConjectural(data, 1681, 'sayram')).toBe(true);
    expect(holderConjectural(data, 1685, 'tashkent')).toBe(false);
    expect(holderConjectural(data, 1685, 'sayram')).toBe(false);
  });
});

/** Whether a text names a place or region (its name, or the stem of its translation). */
function mentions(lang: Lang, id: string, words: string): boolean {
  const en =
    data.places.features.find((f) => f.properties.id === id)?.properties.name ??
    data.regions.features.find((f) => f.properties.id === id)?.properties.name;
  const name =
    lang === 'en' || !en ? en : localPlaceName(tables[lang], id, localRegionName(tables[lang], id, en));
  if (!name) return false;
  // Kazakh and Russian names take endings (Ташкенттің, Сайрамом): compare the stem.
  const stem = name.split(' ')[0]!.slice(0, Math.max(4, name.split(' ')[0]!.length - 2));
  return words.toLowerCase().includes(stem.toLowerCase());
}
