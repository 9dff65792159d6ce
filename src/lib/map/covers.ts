/**
 * The part of the map that nothing covers: the title card, the story card and a phone's bottom
 * sheet lie over the map, so "in view" means inside what they leave. Plain geometry in CSS
 * pixels relative to the map's box; Camera.svelte measures the boxes and applies the result.
 */

/** A box in CSS px, relative to the map's top left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The smallest share of the map's width and height a fit keeps, however much is covered. */
const MIN_SHARE = 0.3;

/** Cards at most this many are weighed in every combination (4^n): the atlas has three. */
const MAX_WEIGHED = 4;

/**
 * How far in from each side of a `width`×`height` map its covers reach. Each cover is given up
 * from one side (a band from that side to its far edge); of every way to choose the sides, the
 * one that leaves the largest uncovered box wins. So a tall title card beside a tall story card
 * takes a band off the left and one off the bottom, not two bands across. Covers outside the map
 * count for nothing. If the best choice still leaves less than a third of a side, the padding on
 * that axis shrinks (leaveRoom).
 */
export function coverPadding(width: number, height: number, covers: readonly Rect[]): Padding {
  const bands = covers
    .map((c) => ({
      left: Math.max(0, c.left),
      top: Math.max(0, c.top),
      right: Math.min(width, c.right),
      bottom: Math.min(height, c.bottom),
    }))
    .filter((c) => c.right > c.left && c.bottom > c.top)
    .slice(0, MAX_WEIGHED)
    .map((c): Padding[] => [
      { top: c.bottom, bottom: 0, left: 0, right: 0 },
      { top: 0, bottom: height - c.top, left: 0, right: 0 },
      { top: 0, bottom: 0, left: c.right, right: 0 },
      { top: 0, bottom: 0, left: 0, right: width - c.left },
    ]);
  let best: Padding = { top: 0, bottom: 0, left: 0, right: 0 };
  let bestArea = -1;
  const choose = (i: number, p: Padding) => {
    if (i === bands.length) {
      const area = Math.max(0, width - p.left - p.right) * Math.max(0, height - p.top - p.bottom);
      if (area > bestArea) [best, bestArea] = [p, area];
      return;
    }
    for (const band of bands[i]!)
      choose(i + 1, {
        top: Math.max(p.top, band.top),
        bottom: Math.max(p.bottom, band.bottom),
        left: Math.max(p.left, band.left),
        right: Math.max(p.right, band.right),
      });
  };
  choose(0, best);
  return leaveRoom(width, height, best);
}

/**
 * A padding shrunk, in proportion on each axis, so that it leaves at least a third of the map's
 * width and height (MapLibre cannot fit into nothing, and half a view beats none).
 */
export function leaveRoom(width: number, height: number, p: Padding): Padding {
  const padding = { ...p };
  const fit = (a: keyof Padding, b: keyof Padding, size: number) => {
    const room = size * (1 - MIN_SHARE);
    const taken = padding[a] + padding[b];
    if (taken <= room) return;
    padding[a] *= room / taken;
    padding[b] *= room / taken;
  };
  fit('top', 'bottom', height);
  fit('left', 'right', width);
  return padding;
}

/** The uncovered box a padding leaves, less a `margin` all round. */
export const uncovered = (width: number, height: number, p: Padding, margin = 0): Rect => ({
  left: p.left + margin,
  top: p.top + margin,
  right: width - p.right - margin,
  bottom: height - p.bottom - margin,
});

/** Whether a box lies wholly inside another. */
export const inside = (box: Rect, area: Rect) =>
  box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;

/** A padding grown by `margin` on every side (room around what is framed). */
export const padded = (p: Padding, margin: number): Padding => ({
  top: p.top + margin,
  bottom: p.bottom + margin,
  left: p.left + margin,
  right: p.right + margin,
});
