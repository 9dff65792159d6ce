/**
 * Interface strings in English, Kazakh and Russian: choosing the language, looking a message up
 * and filling in its `{placeholders}`. The data's own names live in geo/i18n (see names.ts).
 *
 * The catalogues are flat JSON objects with dotted keys. All three are bundled: together they are
 * a few kilobytes, and a synchronous `translate` keeps components simple.
 */
import type { Source } from '../model/types.ts';
import en from './messages/en.json' with { type: 'json' };
import kk from './messages/kk.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };
// Called only at run time, so the two modules' import of each other is harmless.
import { formatNumber } from './format.ts';

export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Every message key; English is the reference catalogue. */
export type MessageKey = keyof typeof en;
/**
 * Keys that have plural forms: `events.count` for `events.count.one` … `.other`. Both `.one`
 * and `.other` must exist (`event.kind.other` is a word, not a plural form).
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other`
    ? `${Base}.one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];
/** Values for `{placeholders}`; always inserted as text. */
export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, kk, ru };

/** The message key for each section of the article a source quote comes from. */
export const SECTION_KEYS = {
  Infobox: 'section.infobox',
  Introduction: 'section.introduction',
  Background: 'section.background',
  'Course of the War': 'section.course',
  Aftermath: 'section.aftermath',
} as const satisfies Record<Source['section'], MessageKey>;

/** Longer than any language tag worth reading (BCP 47 allows long ones; ours are short). */
const MAX_TAG = 64;
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/** One of our languages for a tag like `ru`, `ru-RU`, `KK`, `kk_KZ`; null for anything else. */
export function langOf(tag: unknown): Lang | null {
  if (typeof tag !== 'string' || tag.length > MAX_TAG) return null;
  const primary = TAG.exec(tag.trim())?.[1]?.toLowerCase();
  return LANGS.find((l) => l === primary) ?? null;
}

/**
 * The language to show: the explicit one if it is ours, else the first of the browser's
 * languages that is, else English. Never throws, whatever arrives (attributes, URLs, postMessage).
 *
 * @example resolveLang('ru-RU', []) // 'ru'
 * @example resolveLang(undefined, navigator.languages) // e.g. 'kk' for ['kk-KZ', 'ru']
 */
export function resolveLang(requested: unknown, browserLanguages: readonly string[]): Lang {
  const explicit = langOf(requested);
  if (explicit) return explicit;
  if (Array.isArray(browserLanguages))
    for (const tag of browserLanguages as readonly unknown[]) {
      const lang = langOf(tag);
      if (lang) return lang;
    }
  return 'en';
}

/** `lang` if it really is one of ours (a typed parameter can still carry junk at run time). */
const known = (lang: Lang): Lang => (LANGS.includes(lang) ? lang : 'en');

/** The message in one catalogue; own properties only, so `__proto__` is just a key. */
function own(lang: Lang, key: string): string | null {
  const catalog = CATALOGS[known(lang)];
  const message = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
  return typeof message === 'string' && message !== '' ? message : null;
}

/** The message in `lang`, then in English. */
const lookup = (lang: Lang, key: string): string | null => own(lang, key) ?? own('en', key);

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message split at its placeholders, so a component can render a value in <strong> without
 * building HTML. Pieces from a param carry its name; unknown placeholders stay as written.
 *
 * @example translateParts('en', 'place.holder', { year: 1684, polity: 'Dzungar Khanate' })
 * // [{ text: 'In ' }, { text: '1684', param: 'year' }, { text: ': held by ' }, { text: 'Dzungar Khanate', param: 'polity' }]
 */
export function translateParts(
  lang: Lang,
  key: MessageKey,
  params: MessageParams = {},
): { text: string; param?: string }[] {
  const message = lookup(lang, key) ?? key;
  const parts: { text: string; param?: string }[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!Object.hasOwn(params, name)) continue;
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ text: String(params[name]), param: name });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}

/**
 * The message for `key` in `lang` (falling back to English, then to the key itself) with its
 * `{placeholders}` replaced by `params` as plain text.
 *
 * @example translate('ru', 'story.step', { n: 2, total: 9 }) // 'Событие 2 из 9'
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const message = lookup(lang, key) ?? key;
  if (!params) return message;
  // One pass: a value that itself contains `{x}` is not expanded again.
  return message.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The plural form of `key` for `count` by the language's own rules (Russian: one/few/many;
 * English and Kazakh: one/other). `{count}` is the count in the language's digits and grouping.
 * Every catalogue carries all four forms so the three stay key-for-key alike.
 *
 * @example plural('ru', 'events.count', 5) // '5 событий'
 */
export function plural(lang: Lang, key: PluralKey, count: number, params: MessageParams = {}): string {
  const l = known(lang);
  let rules = pluralRules.get(l);
  if (!rules) pluralRules.set(l, (rules = new Intl.PluralRules(l)));
  // The form this language needs, or its `other` (never another language's form of the word).
  const form = `${key}.${rules.select(count)}`;
  const chosen = (own(l, form) ? form : `${key}.other`) as MessageKey;
  return translate(l, chosen, { count: formatNumber(l, count), ...params });
}
