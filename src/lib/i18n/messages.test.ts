import { describe, expect, it } from 'vitest';
import {
  CATALOGS,
  LANGS,
  SECTION_KEYS,
  plural,
  resolveLang,
  translate,
  translateParts,
  type MessageKey,
} from './messages.ts';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  const english = Object.keys(CATALOGS.en).sort();

  it.each(['kk', 'ru'] as const)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(CATALOGS[lang]).sort()).toEqual(english);
  });

  it.each(LANGS)('%s has no empty or untrimmed messages', (lang) => {
    for (const [key, message] of Object.entries(CATALOGS[lang])) {
      expect(message, key).not.toBe('');
      expect(message.trim(), key).toBe(message);
    }
  });

  it.each(['kk', 'ru'] as const)('%s uses the same placeholders as English', (lang) => {
    for (const key of english)
      expect(placeholders(CATALOGS[lang][key]!), key).toEqual(placeholders(CATALOGS.en[key]!));
  });

  it.each(['kk', 'ru'] as const)('%s is translated: Cyrillic wherever English has Latin words', (lang) => {
    // Names of languages, file formats and data sets may stay as they are; everything else not.
    const kept = new Set(['lang.en', 'embed.copyIframe', 'notice.badControls']);
    for (const key of english.filter(
      (k) => !kept.has(k) && /[a-z]{3}/i.test(CATALOGS.en[k]!.replace(/\{\w+\}/g, '')),
    ))
      expect(CATALOGS[lang][key], key).toMatch(/[а-яёәғқңөұүһі]/i);
  });

  it('has every plural form each language needs', () => {
    const bases = english
      .filter((k) => k.endsWith('.one'))
      .map((k) => k.slice(0, -'.one'.length))
      .filter((base) => english.includes(`${base}.other`));
    expect(bases).toContain('events.count');
    for (const lang of LANGS)
      for (const form of new Intl.PluralRules(lang).resolvedOptions().pluralCategories)
        for (const base of bases)
          expect(CATALOGS[lang], `${lang} ${base}.${form}`).toHaveProperty([`${base}.${form}`]);
  });

  it('names every language in its own words, the same in every catalogue', () => {
    for (const lang of LANGS) {
      expect(translate(lang, 'lang.en')).toBe('English');
      expect(translate(lang, 'lang.kk')).toBe('Қазақша');
      expect(translate(lang, 'lang.ru')).toBe('Русский');
    }
  });

  it('has a key for every section of the article', () => {
    expect(translate('ru', SECTION_KEYS['Course of the War'])).toBe('Ход войны');
    for (const key of Object.values(SECTION_KEYS)) expect(CATALOGS.kk).toHaveProperty([key]);
  });
});

describe('resolveLang', () => {
  it('takes an explicit language of ours', () => {
    expect(resolveLang('kk', ['ru'])).toBe('kk');
    expect(resolveLang('ru', [])).toBe('ru');
    expect(resolveLang('en', ['kk'])).toBe('en');
  });

  it('accepts case and region variants', () => {
    expect(resolveLang('ru-RU', [])).toBe('ru');
    expect(resolveLang('kk-KZ', [])).toBe('kk');
    expect(resolveLang('KK', [])).toBe('kk');
    expect(resolveLang('kk_Cyrl_KZ', [])).toBe('kk');
    expect(resolveLang(' en-GB ', ['ru'])).toBe('en');
  });

  it('falls back to the first browser language that is ours', () => {
    expect(resolveLang(undefined, ['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(resolveLang('fr', ['fr-FR', 'ru-RU'])).toBe('ru');
    expect(resolveLang('', ['en-US'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(resolveLang(null, [])).toBe('en');
    expect(resolveLang('de', ['fr', 'zh-Hans-CN'])).toBe('en');
    // Not a language tag: a prefix that happens to be ours does not count.
    expect(resolveLang('ru!', [])).toBe('en');
    expect(resolveLang('kkk-', [])).toBe('en');
  });

  it('never throws on junk', () => {
    const junk: unknown[] = [
      42,
      NaN,
      -0,
      1e308,
      true,
      Symbol('ru'),
      10n,
      {},
      [],
      ['ru'],
      { toString: () => 'ru' },
      {
        toString() {
          throw new Error('no');
        },
      },
      Object.create(null),
      () => 'ru',
      '__proto__',
      'constructor',
      'toString',
      'ru'.repeat(1e6),
      'kk-' + 'x'.repeat(100_000),
      '\u0000ru',
      'ру',
    ];
    for (const value of junk) expect(resolveLang(value, [])).toBe('en');
    // Junk in the browser list is skipped, not fatal.
    const browser = [null, 7, {}, '__proto__', 'ru'] as unknown as string[];
    expect(resolveLang('xx', browser)).toBe('ru');
    expect(resolveLang('xx', 'kk' as unknown as string[])).toBe('en');
    expect(resolveLang('xx', null as unknown as string[])).toBe('en');
  });
});

describe('translate', () => {
  it('gives the message in each language', () => {
    expect(translate('en', 'slider.pause')).toBe('Pause');
    expect(translate('kk', 'slider.pause')).toBe('Кідірту');
    expect(translate('ru', 'slider.pause')).toBe('Пауза');
  });

  it('fills placeholders with text, once, and leaves unknown ones', () => {
    expect(translate('ru', 'story.step', { n: 2, total: 9 })).toBe('Событие 2 из 9');
    expect(translate('en', 'place.close', { name: '<img src=x onerror=alert(1)>' })).toBe(
      'Close <img src=x onerror=alert(1)>',
    );
    // A value that looks like a placeholder is not expanded again.
    expect(translate('en', 'story.step', { n: '{total}', total: 3 })).toBe('Event {total} of 3');
    expect(translate('en', 'story.step', { n: 1 })).toBe('Event 1 of {total}');
    expect(translate('en', 'story.step')).toBe('Event {n} of {total}');
  });

  it('does not read placeholder values from the prototype', () => {
    expect(translate('en', 'place.close', {})).toBe('Close {name}');
    const params = Object.create({ name: 'inherited' }) as Record<string, string>;
    expect(translate('en', 'place.close', params)).toBe('Close {name}');
  });

  it('falls back to English, then to the key', () => {
    expect(translate('de' as never, 'slider.pause')).toBe('Pause');
    expect(translate('__proto__' as never, 'slider.pause')).toBe('Pause');
    expect(translate('ru', 'no.such.key' as MessageKey)).toBe('no.such.key');
  });

  it('treats __proto__ and other prototype names as missing keys', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(translate('kk', key as MessageKey)).toBe(key);
  });

  it('splits a message at its placeholders for rich rendering', () => {
    expect(translateParts('en', 'place.holder', { year: 1684, polity: 'Dzungar Khanate' })).toEqual([
      { text: 'In ' },
      { text: '1684', param: 'year' },
      { text: ': held by ' },
      { text: 'Dzungar Khanate', param: 'polity' },
    ]);
    expect(translateParts('ru', 'place.holder', { year: 1684, polity: 'X' })).toEqual([
      { text: 'Владелец в ' },
      { text: '1684', param: 'year' },
      { text: ' году: ' },
      { text: 'X', param: 'polity' },
    ]);
    expect(translateParts('en', 'story.step', { n: 1 })).toEqual([
      { text: 'Event ' },
      { text: '1', param: 'n' },
      { text: ' of {total}' },
    ]);
  });
});

describe('plural', () => {
  it('follows Russian one/few/many', () => {
    expect(plural('ru', 'events.count', 1)).toBe('1 событие');
    expect(plural('ru', 'events.count', 3)).toBe('3 события');
    expect(plural('ru', 'events.count', 5)).toBe('5 событий');
    expect(plural('ru', 'events.count', 21)).toBe('21 событие');
    expect(plural('ru', 'events.count', 1.5)).toBe('1,5 события');
  });

  it('follows English and Kazakh one/other', () => {
    expect(plural('en', 'events.count', 1)).toBe('1 event');
    expect(plural('en', 'events.count', 2)).toBe('2 events');
    expect(plural('en', 'events.count', 0)).toBe('0 events');
    expect(plural('kk', 'events.count', 1)).toBe('1 оқиға');
    expect(plural('kk', 'events.count', 5)).toBe('5 оқиға');
  });

  it('groups the count as the language does and takes other params', () => {
    expect(plural('en', 'events.count', 12345)).toBe('12,345 events');
    expect(plural('ru', 'events.count', 12345)).toBe('12\u202f345 событий');
    expect(plural('en', 'announce.events', 2, { titles: 'A; B' })).toBe('2 events: A; B.');
  });
});
