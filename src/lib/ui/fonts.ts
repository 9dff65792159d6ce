/**
 * The self-hosted font (Noto Serif, SIL OFL 1.1, from @fontsource): files bundled with the atlas,
 * loaded relative to it. Latin, Latin Extended and Cyrillic (with Kazakh letters) subsets.
 */
import latin400 from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff2?url';
import cyr400 from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2?url';
import cyrExt400 from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff2?url';
import cyr700 from '@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff2?url';
import cyrExt700 from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-700-normal.woff2?url';
import latin400i from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2?url';
import latinExt400i from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff2?url';
import cyr400i from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff2?url';
import cyrExt400i from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-italic.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';

/** Our own family name, so a host page's "Noto Serif" cannot change our look (or we its). */
export const UI_FAMILY = 'War Atlas Serif';

const RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  cyrillicExt: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
};

const FACES = [
  { weight: '400', style: 'normal', files: [latin400, latinExt400, cyr400, cyrExt400] },
  { weight: '700', style: 'normal', files: [latin700, latinExt700, cyr700, cyrExt700] },
  { weight: '400', style: 'italic', files: [latin400i, latinExt400i, cyr400i, cyrExt400i] },
];
const RANGE_LIST = [RANGES.latin, RANGES.latinExt, RANGES.cyrillic, RANGES.cyrillicExt];

const absolute = (url: string) => new URL(url, import.meta.url).href;

let registered = false;
/** Registers the UI font with the document (shadow roots cannot declare @font-face). */
export function registerUiFont(): void {
  if (registered || typeof FontFace === 'undefined' || !document.fonts) return;
  registered = true;
  for (const face of FACES)
    face.files.forEach((file, i) => {
      const font = new FontFace(UI_FAMILY, `url(${absolute(file)}) format('woff2')`, {
        weight: face.weight,
        style: face.style,
        unicodeRange: RANGE_LIST[i],
      });
      document.fonts.add(font);
    });
}

/** Font names for the map's `text-font`. */
export const MAP_FONT = { regular: 'Atlas Serif', bold: 'Atlas Serif Bold', italic: 'Atlas Serif Italic' };

/** The style's `font-faces`: MapLibre draws labels from these files, no glyph server. */
export function mapFontFaces(): FontFacesSpecification {
  const faces = (files: string[]) =>
    files.map((file, i) => ({ url: absolute(file), 'unicode-range': RANGE_LIST[i]!.split(',') }));
  return {
    [MAP_FONT.regular]: faces(FACES[0]!.files),
    [MAP_FONT.bold]: faces(FACES[1]!.files),
    [MAP_FONT.italic]: faces(FACES[2]!.files),
  };
}
