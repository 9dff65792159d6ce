/**
 * The relief under the war (SRTM30 elevation as raster-dem tiles, built by `npm run geo:relief`)
 * and van Schagen's 1689 map: where their files are and how they are drawn.
 */
import type {
  ColorReliefLayerSpecification,
  HillshadeLayerSpecification,
  RasterDEMSourceSpecification,
} from 'maplibre-gl';
import { FRAME, RELIEF_MAX_ZOOM, RELIEF_MIN_ZOOM, SCHAGEN_BOUNDS } from '../../../geo/build/relief/frame.ts';

/** The raster-dem source: 512-px Terrarium tiles under `relief/tiles/` beside the atlas. */
export function reliefTiles(base: string): Omit<RasterDEMSourceSpecification, 'type'> {
  return {
    // A template, not a URL: `new URL` would escape its braces.
    tiles: [`${base}relief/tiles/{z}/{x}/{y}.webp`],
    tileSize: 512,
    encoding: 'terrarium',
    minzoom: RELIEF_MIN_ZOOM,
    maxzoom: RELIEF_MAX_ZOOM,
    // No requests for tiles that do not exist.
    bounds: [FRAME.west, FRAME.south, FRAME.east, FRAME.north],
  };
}

export const oldMapUrl = (base: string): string => `${base}relief/schagen1689.jpg`;

/** The image's corners, clockwise from the north-west (MapLibre's image source order). */
export const OLD_MAP_CORNERS: [[number, number], [number, number], [number, number], [number, number]] = [
  [SCHAGEN_BOUNDS.west, SCHAGEN_BOUNDS.north],
  [SCHAGEN_BOUNDS.east, SCHAGEN_BOUNDS.north],
  [SCHAGEN_BOUNDS.east, SCHAGEN_BOUNDS.south],
  [SCHAGEN_BOUNDS.west, SCHAGEN_BOUNDS.south],
];

/**
 * Where the 1689 map writes "Casakk", the Kazakhs' land, as the map lies on the atlas: the word's
 * middle at pixel (325, 272) of public/relief/schagen1689.jpg (1125×669, Web Mercator over
 * SCHAGEN_BOUNDS), located by eye. The war's towns are not on that map.
 */
export const CASAKK_1689: [number, number] = [66.7, 47.0];

/**
 * A discreet hypsometric tint: plains stay paper, the steppe plateaus take a faint tan, the
 * ranges a light brown, the high Tian Shan, Pamir and Tibet a pale grey.
 */
export const RELIEF_COLORS: NonNullable<
  NonNullable<ColorReliefLayerSpecification['paint']>['color-relief-color']
> = [
  'interpolate',
  ['linear'],
  ['elevation'],
  0,
  'rgba(241, 233, 214, 0)',
  400,
  'rgba(214, 196, 150, 0.10)',
  1000,
  'rgba(190, 160, 110, 0.20)',
  2500,
  'rgba(160, 125, 85, 0.30)',
  4000,
  'rgba(150, 130, 115, 0.30)',
  5500,
  'rgba(235, 232, 228, 0.45)',
];

/** Shading lit from the north-west, brown-grey shadows that keep the territory colours readable. */
export const RELIEF_SHADE: HillshadeLayerSpecification['paint'] = {
  'hillshade-method': 'igor',
  'hillshade-exaggeration': 0.55,
  'hillshade-shadow-color': 'rgba(80, 60, 40, 0.55)',
  'hillshade-highlight-color': 'rgba(255, 250, 235, 0.35)',
  'hillshade-accent-color': 'rgba(80, 60, 40, 0.2)',
  'hillshade-illumination-direction': 315,
};
