import { describe, expect, it } from 'vitest';
import { coverPadding, inside, uncovered } from './covers.ts';

/** No padding on any side. */
const NONE = { top: 0, bottom: 0, left: 0, right: 0 };

describe('coverPadding', () => {
  it('gives up each card from the side that leaves the largest uncovered box', () => {
    // 1000×600: a title card in the top left, wider than tall, takes a band off the top; the
    // story card at the bottom right one off the right (570 × 498 left, more than 1000 × 278).
    const p = coverPadding(1000, 600, [
      { left: 12, top: 12, right: 432, bottom: 102 },
      { left: 570, top: 380, right: 988, bottom: 580 },
    ]);
    expect(p).toEqual({ top: 102, bottom: 0, left: 0, right: 430 });
  });
  it('takes two tall cards off different sides, not two bands across the map', () => {
    // The Kazakh title card (332 × 194) and story card at 1280×800: the map's box is 920×579.
    const p = coverPadding(920, 579, [
      { left: 12, top: 12, right: 344, bottom: 206 },
      { left: 464, top: 319, right: 908, bottom: 560 },
    ]);
    expect(p).toEqual({ top: 0, bottom: 260, left: 344, right: 0 });
  });
  it('takes a tall card off the side it stands on', () => {
    expect(coverPadding(1000, 600, [{ left: 700, top: 0, right: 1000, bottom: 600 }])).toEqual({
      ...NONE,
      right: 300,
    });
  });
  it('ignores what lies outside the map (the side column beside it)', () => {
    expect(coverPadding(1000, 600, [{ left: 1000, top: 0, right: 1360, bottom: 600 }])).toEqual(NONE);
  });
  it('always leaves a third of the map, shrinking the padding in proportion', () => {
    // A card over nearly all of a phone's map: every choice leaves a sliver.
    const p = coverPadding(390, 760, [
      { left: 0, top: 0, right: 390, bottom: 70 },
      { left: 8, top: 60, right: 382, bottom: 760 },
    ]);
    const area = uncovered(390, 760, p);
    expect(area.right - area.left).toBeGreaterThanOrEqual(390 * 0.3 - 1e-9);
    expect(area.bottom - area.top).toBeGreaterThanOrEqual(760 * 0.3 - 1e-9);
  });
});

describe('inside', () => {
  it('is true only for a box wholly inside', () => {
    const area = { left: 0, top: 0, right: 100, bottom: 100 };
    expect(inside({ left: 10, top: 10, right: 90, bottom: 90 }, area)).toBe(true);
    expect(inside({ left: 10, top: 10, right: 101, bottom: 90 }, area)).toBe(false);
  });
});
