/**
 * The self-hosted font (Noto Serif, SIL OFL 1.1, from @fontsource): files bundled with the atlas,
 * loaded relative to it. Latin, Latin Extended and Cyrillic (with Kazakh letters) subsets, and
 * before them a small "core" cut of the latin file (src/assets/fonts, `npm run fonts`): English
 * text needs only the core files, the rest of latin loads when a character outside them is drawn.
 */
import core400 from '../../assets/fonts/noto-serif-core-400-normal.woff2?url';
import latin400 from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff2?url';
import cyr400 from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2?url';
import cyrExt400 from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2?url';
import core700 from '../../assets/fonts/noto-serif-core-700-normal.woff2?url';
import latin700 from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff2?url';
import cyr700 from '@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff2?url';
import cyrExt700 from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-700-normal.woff2?url';
import core400i from '../../assets/fonts/noto-serif-core-400-italic.woff2?url';
import latin400i from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2?url';
import latinExt400i from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff2?url';
import cyr400i from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff2?url';
import cyrExt400i from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-italic.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';
import { DECLARED_RANGES } from './fontRanges.ts';

/** Our own family name, so a host page's "Noto Serif" cannot change our look (or we its). */
export const UI_FAMILY = 'War Atlas Serif';

/** Each face's files with the `unicode-range` each is declared for (no code point in two), core first. */
export interface FontFile {
  url: string;
  range: string;
}
export interface Face {
  weight: '400' | '700';
  style: 'normal' | 'italic';
  files: FontFile[];
}

const files = (core: string, latin: string, latinExt: string, cyr: string, cyrExt: string): FontFile[] => [
  { url: core, range: DECLARED_RANGES.core },
  { url: latin, range: DECLARED_RANGES.latin },
  { url: latinExt, range: DECLARED_RANGES.latinExt },
  { url: cyr, range: DECLARED_RANGES.cyrillic },
  { url: cyrExt, range: DECLARED_RANGES.cyrillicExt },
];

export const FACES: readonly Face[] = [
  { weight: '400', style: 'normal', files: files(core400, latin400, latinExt400, cyr400, cyrExt400) },
  { weight: '700', style: 'normal', files: files(core700, latin700, latinExt700, cyr700, cyrExt700) },
  { weight: '400', style: 'italic', files: files(core400i, latin400i, latinExt400i, cyr400i, cyrExt400i) },
];

const absolute = (url: string) => new URL(url, import.meta.url).href;

let registered = false;
/** Registers the UI font with the document (shadow roots cannot declare @font-face). */
export function registerUiFont(): void {
  if (registered || typeof FontFace === 'undefined' || !document.fonts) return;
  registered = true;
  for (const face of FACES)
    for (const file of face.files)
      document.fonts.add(
        new FontFace(UI_FAMILY, `url(${absolute(file.url)}) format('woff2')`, {
          weight: face.weight,
          style: face.style,
          unicodeRange: file.range,
        }),
      );
}

/** Font names for the map's `text-font`. */
export const MAP_FONT = { regular: 'Atlas Serif', bold: 'Atlas Serif Bold', italic: 'Atlas Serif Italic' };

/** The style's `font-faces`: MapLibre draws labels from these files, no glyph server. */
export function mapFontFaces(): FontFacesSpecification {
  const faces = (face: Face) =>
    face.files.map((file) => ({ url: absolute(file.url), 'unicode-range': file.range.split(',') }));
  return {
    [MAP_FONT.regular]: faces(FACES[0]!),
    [MAP_FONT.bold]: faces(FACES[1]!),
    [MAP_FONT.italic]: faces(FACES[2]!),
  };
}
