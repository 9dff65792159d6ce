/**
 * Unicode ranges of the atlas's font files, as `unicode-range` strings (CSS grammar, which
 * MapLibre's `font-faces` borrows). Pure: the page, the map, `npm run fonts` and the tests share it.
 */

/** The subsets as @fontsource/noto-serif 5.3.0 declares them (its latin.css, latin-ext.css, …). */
export const FONTSOURCE_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  cyrillicExt: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
} as const;

/**
 * The small file cut from the latin one: what the English atlas draws, so the first picture loads
 * about 5 KB a face instead of 15. Beyond printable ASCII, found in en.json, the English data
 * (geo/history, geo/basemap) and the interface's own strings (src/lib/ui):
 *   U+00A0 no-break space (between a number and its unit, src/lib/i18n/format.ts)
 *   U+00B2 ² (km²)          U+00B7 · (joins "1684 · 3 events")   U+00D7 × (close buttons)
 *   U+00F6 ö (place names)  U+2013 – (year spans)   U+2014 — (no change; data quotes)
 *   U+2018–2019 ‘ ’ (apostrophe, quotes)  U+201C–201D “ ” (quotes)   U+2026 … (cut text)
 *   U+2039–203A ‹ › (story buttons)       U+2212 − (area losses)
 * and U+00AB « U+00BB », the Kazakh and Russian quotes, so those pages need no more of latin either.
 * A character outside it still renders, from the rest of the latin file (src/lib/ui/fonts.test.ts
 * fails when English text needs one, so it is added here rather than costing 15 KB unnoticed).
 */
export const CORE_RANGE =
  'U+0020-007E,U+00A0,U+00AB,U+00B2,U+00B7,U+00BB,U+00D7,U+00F6,U+2013-2014,U+2018-2019,U+201C-201D,U+2026,U+2039-203A,U+2212';

/** The code points a `unicode-range` string covers, ascending, each once. */
export function codePoints(range: string): number[] {
  const points = new Set<number>();
  for (const entry of range.split(',')) {
    const match = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(entry.trim());
    if (!match) throw new Error(`not a unicode range: "${entry}"`);
    const start = parseInt(match[1]!, 16);
    const end = match[2] === undefined ? start : parseInt(match[2], 16);
    for (let p = start; p <= end; p++) points.add(p);
  }
  return [...points].sort((a, b) => a - b);
}

const hex = (p: number) => p.toString(16).toUpperCase().padStart(4, '0');

/** Code points as a `unicode-range` string, runs joined: [0x20, 0x21, 0x22, 0xB7] → "U+0020-0022,U+00B7". */
export function unicodeRange(points: readonly number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** What `range` covers and `minus` does not. */
export function subtractRange(range: string, minus: string): string {
  const removed = new Set(codePoints(minus));
  return unicodeRange(codePoints(range).filter((p) => !removed.has(p)));
}

/**
 * Each face's files in the order MapLibre tries them, with the range each is declared for: its
 * fontsource range minus what an earlier file declares. Fontsource's subsets overlap a little
 * (ı Œ œ in latin and latin-ext, Ұ ұ in cyrillic and cyrillic-ext); MapLibre takes the first file
 * that covers a code point and the browser the last, so without the overlap both take the same one.
 * The core file first; latin, declared for what core does not draw, keeps every other character.
 */
export const DECLARED_RANGES = (() => {
  const order = [
    // The controls have a glyph in no file, but MapLibre asks a file for a label's line break (a
    // town's name and holder are two lines): declared here, it asks the core file, already loaded.
    ['core', `U+0000-001F,${CORE_RANGE}`],
    ['latin', FONTSOURCE_RANGES.latin],
    ['latinExt', FONTSOURCE_RANGES.latinExt],
    ['cyrillic', FONTSOURCE_RANGES.cyrillic],
    ['cyrillicExt', FONTSOURCE_RANGES.cyrillicExt],
  ] as const;
  let earlier = '';
  const ranges = {} as Record<(typeof order)[number][0], string>;
  for (const [name, range] of order) {
    ranges[name] = earlier ? subtractRange(range, earlier) : range;
    earlier = earlier ? `${earlier},${range}` : range;
  }
  return ranges;
})();
