import { describe, expect, it } from 'vitest';
import { arrowhead, hatch } from './images.ts';

const alpha = (p: { width: number; data: Uint8Array }, x: number, y: number) =>
  p.data[(y * p.width + x) * 4 + 3];

describe('arrowhead', () => {
  it('is opaque along its axis and clear in the top corners, so it points up', () => {
    const a = arrowhead(24, '#112233');
    expect(a.data).toHaveLength(24 * 24 * 4);
    expect(alpha(a, 12, 12)).toBeGreaterThan(0);
    expect(alpha(a, 1, 1)).toBe(0);
    expect(alpha(a, 22, 1)).toBe(0);
    expect([...a.data.slice((12 * 24 + 12) * 4, (12 * 24 + 12) * 4 + 3)]).toEqual([0x11, 0x22, 0x33]);
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
