/**
 * Numbers, areas, lengths and years as each language writes them: `12,000 km²` in English,
 * `12 000 км²` in Kazakh and Russian (a narrow no-break space between thousands, a decimal
 * comma), a no-break space before the unit. Kazakh and Russian are written by our own rule over
 * English digits: browsers without Kazakh number data (Debian's Chromium) give `313,000` for
 * `kk`, which a Kazakh reader takes for 313.
 */
import { translate, type Lang } from './messages.ts';

/** Keeps a number and its unit on one line. */
const NBSP = '\u00a0';
/** Between thousands in Kazakh and Russian: narrow, and never a line break. */
const NNBSP = '\u202f';

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const yearFormats = new Map<Lang, Intl.NumberFormat>();

// Every browser has English number data: the other languages' signs are put in by hand.
function cached(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions) {
  let format = cache.get(lang);
  if (!format) cache.set(lang, (format = new Intl.NumberFormat('en', options)));
  return format;
}

/** Group and decimal signs per language (English as Intl writes it). */
const SIGNS: Record<Lang, { group: string; decimal: string } | null> = {
  en: null,
  kk: { group: NNBSP, decimal: ',' },
  ru: { group: NNBSP, decimal: ',' },
};

/** Rounds half away from zero to a multiple of `step`, never giving -0. */
const roundTo = (n: number, step: number) => Math.sign(n) * Math.round(Math.abs(n) / step) * step || 0;

/**
 * A number with the language's digit grouping and decimal sign.
 *
 * @example formatNumber('en', 12345.5) // '12,345.5'
 */
export function formatNumber(lang: Lang, n: number): string {
  const format = cached(numberFormats, lang, { maximumFractionDigits: 1 });
  const signs = SIGNS[lang];
  if (!signs) return format.format(n);
  return format
    .formatToParts(n)
    .map((part) =>
      part.type === 'group' ? signs.group : part.type === 'decimal' ? signs.decimal : part.value,
    )
    .join('');
}

/**
 * Areas as precisely as the reconstructed outlines deserve: thousands of km² from 10,000 km²,
 * hundreds from 1,000, tens below.
 *
 * @example roundArea(123_456) // 123000
 */
export function roundArea(km2: number): number {
  const size = Math.abs(km2);
  return roundTo(km2, size >= 10_000 ? 1000 : size >= 1000 ? 100 : 10);
}

/**
 * @example formatArea('ru', 123_456) // '123 000 км²' (narrow no-break space, then a no-break space)
 */
export function formatArea(lang: Lang, km2: number): string {
  return `${formatNumber(lang, roundArea(km2))}${NBSP}${translate(lang, 'unit.km2')}`;
}

/**
 * A march's length to the nearest 10 km (the lines are drawn, not surveyed).
 *
 * @example formatLength('kk', 1234) // '1 230 км'
 */
export function formatLength(lang: Lang, km: number): string {
  return `${formatNumber(lang, roundTo(km, 10))}${NBSP}${translate(lang, 'unit.km')}`;
}

/**
 * A year in plain digits: 1684, never `1,684` or `1 684`.
 *
 * @example formatYear('ru', 1684) // '1684'
 */
export function formatYear(lang: Lang, year: number): string {
  return cached(yearFormats, lang, { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

/** @example formatYearRange('en', 1681, 1684) // '1681–1684' */
export function formatYearRange(lang: Lang, start: number, end: number): string {
  return `${formatYear(lang, start)}–${formatYear(lang, end)}`;
}
