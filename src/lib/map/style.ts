/**
 * The style the map starts from: no sources and no layers (the components in ./layers/ add
 * them as they mount), the map's fonts and no implicit transitions.
 * https://maplibre.org/maplibre-style-spec/root/
 */
import type { StyleSpecification } from 'maplibre-gl';
import { mapFontFaces } from '../ui/fonts.ts';

export const baseStyle = (): StyleSpecification => ({
  version: 8,
  sources: {},
  layers: [],
  'font-faces': mapFontFaces(),
  // No implicit 300 ms fade on every paint change (each one redraws the map for its length);
  // the changes that should fade say so with their own `-transition`.
  transition: { duration: 0, delay: 0 },
});
