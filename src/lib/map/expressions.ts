/**
 * Style-spec values the layer groups share. Expressions: https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification, TransitionSpecification } from 'maplibre-gl';
import { POLITY_COLORS, UNKNOWN_COLOR } from './colors.ts';

/** ['match', ['get', key], id, colour, …, fallback] over the polity colours (colors.ts's polityColor, as an expression). */
export const polityColorMatch = (key: string): ExpressionSpecification =>
  [
    'match',
    ['get', key],
    ...Object.entries(POLITY_COLORS).flat(),
    UNKNOWN_COLOR,
  ] as unknown as ExpressionSpecification;

/** How a year change fades the changed land and the towns' colours in. */
export const fade = (reducedMotion: boolean): TransitionSpecification => ({
  duration: reducedMotion ? 0 : 700,
  delay: 0,
});
