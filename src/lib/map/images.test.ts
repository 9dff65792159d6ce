import { describe, expect, it } from 'vitest';
import { arrowhead, hatch } from './images.ts';

const alpha = (p: { width: number; data: Uint8Array }, x: number, y: number) =>
  p.data[(y * p.width + x) * 4 + 3];

describe('arrowhead', () => {
  it('is a distance field of a shape pointing up: solid on its axis, empty in the top corners', () => {
    const a = arrowhead(24);
    expect(a.data).toHaveLength(24 * 24 * 4);
    // Inside, beyond the edge value MapLibre draws from (191 of 255); far outside, nothing.
    expect(alpha(a, 12, 16)).toBeGreaterThan(191);
    expect(alpha(a, 1, 1)).toBe(0);
    expect(alpha(a, 22, 1)).toBe(0);
    // Just outside the tip's flank it falls off below the edge value, not to nothing at once.
    const flank = alpha(a, 16, 6)!;
    expect(flank).toBeLessThan(191);
    expect(flank).toBeGreaterThan(0);
  });
});

describe('hatch', () => {
  it('draws diagonal stripes that tile', () => {
    const h = hatch('#ff0000', 12, 3);
    expect(alpha(h, 0, 0)).toBeGreaterThan(0);
    expect(alpha(h, 6, 0)).toBe(0);
    // Wrapping: the last column continues the first row's stripe on the next row.
    expect(alpha(h, 11, 1)).toBeGreaterThan(0);
  });
});
