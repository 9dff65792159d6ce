/**
 * Map icons drawn as pixels (no sprite server): an arrowhead for routes and hatch patterns for
 * land that changed hands. RGBA bytes, as MapLibre's addImage takes them.
 */
import type * as maplibregl from 'maplibre-gl';
import { INK, POLITY_COLORS } from './colors.ts';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** An arrowhead pointing up (north), so `icon-rotate` = bearing turns it along the route. */
export function arrowhead(size = 24, color = '#000000'): Pixels {
  const [r, g, b] = hexToRgb(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Triangle from the tip (centre top) to the bottom corners, with a notch at the base.
      const halfWidth = ((y + 0.5) / size) * (size / 2 - 1);
      const dx = Math.abs(x + 0.5 - size / 2);
      const notch = y > size * 0.7 && dx < (y - size * 0.7) * 1.2;
      if (dx <= halfWidth && !notch) {
        const edge = Math.min(1, halfWidth - dx);
        const i = (y * size + x) * 4;
        data.set([r, g, b, Math.round(255 * Math.max(0.35, edge))], i);
      }
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
  map.addImage('arrowhead', arrowhead(28, INK), { pixelRatio: 2 });
  for (const [polity, color] of Object.entries(POLITY_COLORS))
    map.addImage(`hatch-${polity}`, hatch(color), { pixelRatio: 2 });
}
