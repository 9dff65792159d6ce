/**
 * Map icons drawn as pixels (no sprite server): an arrowhead for routes and hatch patterns for
 * land that changed hands. RGBA bytes, as MapLibre's addImage takes them.
 */
import type * as maplibregl from 'maplibre-gl';
import { POLITY_COLORS } from './colors.ts';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Where the arrowhead is: a triangle from the tip (centre top) to the bottom corners, notched at the base. */
function inArrowhead(size: number, x: number, y: number): boolean {
  const halfWidth = ((y + 0.5) / size) * (size / 2 - 1);
  const dx = Math.abs(x + 0.5 - size / 2);
  const notch = y > size * 0.7 && dx < (y - size * 0.7) * 1.2;
  return dx <= halfWidth && !notch;
}

/** The distance field's scale (px for the whole 0–255 range), as MapLibre's glyphs (TinySDF). */
const SDF_RADIUS = 8;

/**
 * An arrowhead pointing up (north), so `icon-rotate` = bearing turns it along the route, as a
 * signed distance field (added with `sdf: true`, coloured by `icon-color`): alpha 191 on the
 * edge, more inside, less outside, as MapLibre's own glyphs. Drawn that way it shares the labels'
 * shader instead of needing one of its own for the first picture (`npm run bench`).
 */
export function arrowhead(size = 24): Pixels {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const inside = inArrowhead(size, x, y);
      // Distance to the nearest pixel on the other side of the edge (the image is small).
      let nearest = Infinity;
      for (let v = 0; v < size; v++)
        for (let u = 0; u < size; u++)
          if (inArrowhead(size, u, v) !== inside) nearest = Math.min(nearest, Math.hypot(u - x, v - y));
      const signed = (inside ? -1 : 1) * (Math.min(nearest, SDF_RADIUS) - 0.5);
      const alpha = 255 * (1 - (signed / SDF_RADIUS + 0.25));
      data[(y * size + x) * 4 + 3] = Math.round(Math.min(255, Math.max(0, alpha)));
    }
  return { width: size, height: size, data };
}

/** Diagonal stripes of `color` on transparent, tiling seamlessly. */
export function hatch(color: string, size = 12, stripe = 3): Pixels {
  const [r, g, b] = hexToRgb(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if ((x + y) % size < stripe) data.set([r, g, b, 200], (y * size + x) * 4);
  return { width: size, height: size, data };
}

/** Adds the icons the layers name: `arrowhead` (layers/Routes.svelte), `hatch-<polity>` (layers/Territories.svelte). */
export function addMapImages(map: Pick<maplibregl.Map, 'addImage'>): void {
  map.addImage('arrowhead', arrowhead(28), { pixelRatio: 2, sdf: true });
  for (const [polity, color] of Object.entries(POLITY_COLORS))
    map.addImage(`hatch-${polity}`, hatch(color), { pixelRatio: 2 });
}
