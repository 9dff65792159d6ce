import { readFileSync, readdirSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.json';
import {
  CORE_RANGE,
  DECLARED_RANGES,
  FONTSOURCE_RANGES,
  codePoints,
  subtractRange,
  unicodeRange,
} from './fontRanges.ts';
import { FACES, mapFontFaces } from './fonts.ts';

const root = new URL('../../../', import.meta.url);
const hex = (p: number) => `U+${p.toString(16).toUpperCase().padStart(4, '0')}`;

/** The code points a WOFF2 file's cmap maps to a glyph (cmap is never transformed in WOFF2). */
function woff2CodePoints(file: Buffer): Set<number> {
  const numTables = file.readUInt16BE(12);
  const compressedSize = file.readUInt32BE(20);
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('bad UIntBase128');
  };
  let offset = 0;
  let cmap = -1;
  for (let t = 0; t < numTables; t++) {
    const flags = file[at++]!;
    const tag = flags & 0x3f;
    if (tag === 63) at += 4;
    const version = flags >> 6;
    const length = base128();
    // glyf (10) and loca (11) are transformed at version 0, every other table at a non-zero one.
    const transformed = tag === 10 || tag === 11 ? version === 0 : version !== 0;
    const stored = transformed ? base128() : length;
    if (tag === 0) cmap = offset;
    offset += stored;
  }
  expect(cmap, 'the file has a cmap').toBeGreaterThanOrEqual(0);
  const tables = brotliDecompressSync(file.subarray(at, at + compressedSize));
  const mapped = new Set<number>();
  const count = tables.readUInt16BE(cmap + 2);
  for (let r = 0; r < count; r++) {
    const sub = cmap + tables.readUInt32BE(cmap + 4 + r * 8 + 4);
    const format = tables.readUInt16BE(sub);
    if (format === 4) {
      const segments = tables.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = tables.readUInt16BE(starts + s * 2);
        const end = tables.readUInt16BE(ends + s * 2);
        const delta = tables.readUInt16BE(deltas + s * 2);
        const rangeOffset = tables.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            rangeOffset === 0
              ? (c + delta) & 0xffff
              : tables.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) mapped.add(c);
        }
      }
    } else if (format === 12) {
      const groups = tables.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = tables.readUInt32BE(sub + 16 + g * 12);
        const end = tables.readUInt32BE(sub + 20 + g * 12);
        for (let c = start; c <= end; c++) mapped.add(c);
      }
    }
  }
  return mapped;
}

describe('unicode ranges', () => {
  it('reads and writes ranges', () => {
    expect(codePoints('U+0041-0043,U+00B7')).toEqual([0x41, 0x42, 0x43, 0xb7]);
    expect(unicodeRange([0xb7, 0x41, 0x43, 0x42])).toBe('U+0041-0043,U+00B7');
    expect(subtractRange('U+0020-0030', 'U+0022,U+0030')).toBe('U+0020-0021,U+0023-002F');
    expect(() => codePoints('U+00G1')).toThrow(/U\+00G1/);
  });

  it('declares no code point in two files of a face, and the rest of latin as the old latin minus core', () => {
    for (const face of FACES) {
      const seen = new Map<number, string>();
      for (const file of face.files)
        for (const p of codePoints(file.range)) {
          expect(seen.get(p), `${hex(p)} in ${file.url} and ${seen.get(p)}`).toBeUndefined();
          seen.set(p, file.url);
        }
      // Everything the four fontsource files covered is still covered.
      const before = Object.values(FONTSOURCE_RANGES).flatMap(codePoints);
      expect(before.filter((p) => !seen.has(p)).map(hex)).toEqual([]);
      expect(seen.size).toBe(new Set(before).size);
    }
    // Core and the rest of latin together are exactly what the latin file was declared for.
    const rest = codePoints(DECLARED_RANGES.latin);
    expect(codePoints(DECLARED_RANGES.core)).toContain(0x0a);
    expect(rest.concat(codePoints(DECLARED_RANGES.core)).sort((a, b) => a - b)).toEqual(
      codePoints(FONTSOURCE_RANGES.latin),
    );
    expect(rest).not.toContain(0x41);
    expect(rest).toContain(0xe9); // é still has a file
  });

  it('gives MapLibre the same files and ranges as the document, core first', () => {
    const faces = Object.values(mapFontFaces());
    expect(faces).toHaveLength(FACES.length);
    faces.forEach((files, i) => {
      const declared = FACES[i]!.files;
      expect(
        Array.isArray(files) && files.map((f) => typeof f !== 'string' && f['unicode-range']!.join(',')),
      ).toEqual(declared.map((f) => f.range));
      expect(declared[0]!.range).toBe(DECLARED_RANGES.core);
    });
  });
});

describe('core font files', () => {
  const dir = new URL('src/assets/fonts/', root);
  const core = codePoints(CORE_RANGE);
  const files = readdirSync(dir).filter((name) => name.endsWith('.woff2'));

  it('are one per face, each drawing exactly the core code points (npm run fonts is up to date)', () => {
    expect(files.sort()).toEqual(
      ['400-italic', '400-normal', '700-normal'].map((face) => `noto-serif-core-${face}.woff2`),
    );
    for (const name of files) {
      const mapped = woff2CodePoints(readFileSync(new URL(name, dir)));
      expect(core.filter((p) => !mapped.has(p)).map(hex), `${name} lacks`).toEqual([]);
      expect([...mapped].filter((p) => !core.includes(p)).map(hex), `${name} has more than core`).toEqual([]);
    }
  });

  it('the parser finds what a fontsource latin file draws', () => {
    const latin = readFileSync(
      new URL('node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2', root),
    );
    const mapped = woff2CodePoints(latin);
    expect(mapped.has(0x41) && mapped.has(0xe9) && mapped.has(0x2014)).toBe(true);
    expect(mapped.has(0x0416)).toBe(false); // Ж is in the cyrillic file
  });
});

/**
 * English text must need only the core files: a character in the rest of latin (or latin-ext,
 * cyrillic) would load a 15 KB file before the first picture without anyone noticing, so it fails
 * here and goes into CORE_RANGE (then `npm run fonts`). Characters no file of ours declares are
 * allowed: the browser draws them in a system font and loads nothing of ours for them.
 */
describe('English text', () => {
  const declared = new Set(FACES[0]!.files.flatMap((f) => codePoints(f.range)));
  const core = new Set(codePoints(DECLARED_RANGES.core));
  const outsideCore = (texts: Iterable<string>) => {
    const found = new Map<string, string>();
    for (const text of texts)
      for (const ch of text) {
        const p = ch.codePointAt(0)!;
        if (declared.has(p) && !core.has(p) && !found.has(ch)) found.set(ch, `${hex(p)} ${ch} in "${text}"`);
      }
    return [...found.values()];
  };

  it('the interface messages draw from the core files only', () => {
    // The language switcher names Қазақша and Русский in the system font (LanguageSwitch.svelte).
    const { 'lang.kk': kk, 'lang.ru': ru, ...messages } = en as Record<string, string>;
    expect([kk, ru]).toEqual(['Қазақша', 'Русский']);
    expect(outsideCore(Object.values(messages))).toEqual([]);
  });

  it('the English data (names, titles, texts, notes, quotes) draws from the core files only', () => {
    const texts: string[] = [];
    // Every string but altNames, which are the names in other languages and scripts.
    const collect = (value: unknown, key = ''): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) if (k !== 'altNames') collect(v, k);
    };
    for (const folder of ['geo/history/', 'geo/basemap/'])
      for (const name of readdirSync(new URL(folder, root)).filter((n) => /\.(geo)?json$/.test(n)))
        collect(JSON.parse(readFileSync(new URL(folder + name, root), 'utf8')));
    expect(texts.length).toBeGreaterThan(500);
    expect(outsideCore(texts)).toEqual([]);
  });
});
