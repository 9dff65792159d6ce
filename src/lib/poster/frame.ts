/**
 * The first picture's geometry, shared by the build that draws it (geo/build/poster.ts) and the
 * page that shows it (Poster.svelte, the first paint in index.html): Web Mercator like the map,
 * and a placement that puts the opening frame's bounds where the map's fitBounds puts them.
 * Pure: no DOM.
 */
import { OPENING, NARROW_MAP, type Box } from '../map/camera.ts';

export type PosterFrame = keyof typeof OPENING;

/** What the picture covers, wider than any frame shows: the rest is cut off by the map's box. */
export const POSTER_EXTENT: Box = [46, 28, 102, 58];
/** Mercator units per world width: integers then are a fifth of a pixel at the opening zooms. */
export const WORLD = 100_000;

export const mercatorX = (lon: number) => ((lon + 180) / 360) * WORLD;
export const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * WORLD;
};

/** A box in the picture's units: x and y of its top-left corner, width and height. */
export function mercatorBox([w, s, e, n]: Box) {
  const x = mercatorX(w);
  const y = mercatorY(n);
  return { x, y, width: mercatorX(e) - x, height: mercatorY(s) - y };
}

/** The frame a map of this width opens on (as Camera.svelte chooses it). */
export const posterFrame = (mapWidth: number): PosterFrame => (mapWidth < NARROW_MAP ? 'narrow' : 'wide');

/** Where the year's picture for a language and frame is, under the built site. */
export const posterPath = (year: number, lang: string, frame: PosterFrame) =>
  `posters/${lang}-${year}-${frame}.svg`;

/**
 * The custom properties that place the picture in its map box (poster.css reads them): the
 * frame's padding, and its bounds' size and centre in widths of the picture, so that CSS can
 * scale the picture as fitBounds scales the map: to the largest size where the bounds fit.
 */
export function posterPlacement(frame: PosterFrame): Record<string, string> {
  const { bounds, padding } = OPENING[frame];
  const view = mercatorBox(POSTER_EXTENT);
  const box = mercatorBox(bounds);
  const share = (n: number) => (n / view.width).toFixed(6);
  return {
    '--poster-pt': `${padding.top}px`,
    '--poster-pr': `${padding.right}px`,
    '--poster-pb': `${padding.bottom}px`,
    '--poster-pl': `${padding.left}px`,
    '--poster-rx': share(box.width),
    '--poster-ry': share(box.height),
    '--poster-cx': share(box.x + box.width / 2 - view.x),
    '--poster-cy': share(box.y + box.height / 2 - view.y),
    '--poster-aspect': (view.height / view.width).toFixed(6),
  };
}

/**
 * The rule that places a picture carrying posterPlacement's properties inside a size container
 * (the map's box): fitBounds in CSS. One text for the shadow root and the page's first paint.
 */
export const POSTER_CSS = `
.war-atlas-poster {
  --poster-w: min(
    calc((100cqw - var(--poster-pl) - var(--poster-pr)) / var(--poster-rx)),
    calc((100cqh - var(--poster-pt) - var(--poster-pb)) / var(--poster-ry))
  );
  position: absolute;
  max-width: none;
  width: var(--poster-w);
  height: calc(var(--poster-w) * var(--poster-aspect));
  left: calc(var(--poster-pl) + (100cqw - var(--poster-pl) - var(--poster-pr)) / 2 - var(--poster-w) * var(--poster-cx));
  top: calc(var(--poster-pt) + (100cqh - var(--poster-pt) - var(--poster-pb)) / 2 - var(--poster-w) * var(--poster-cy));
  pointer-events: none;
}
`;
