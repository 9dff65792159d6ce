import { describe, expect, it } from 'vitest';
import { applyAffine, fitAffine, invertAffine } from './affine.ts';

describe('fitAffine', () => {
  it('recovers an exact affine map from three or more points', () => {
    const truth = (p: [number, number]): [number, number] => [
      2 * p[0] - 0.5 * p[1] + 10,
      0.3 * p[0] + 3 * p[1] - 4,
    ];
    const from: [number, number][] = [
      [0, 0],
      [10, 0],
      [0, 10],
      [7, 3],
    ];
    const a = fitAffine(from.map((f) => ({ from: f, to: truth(f) })));
    const [x, y] = applyAffine(a, [5, 5]);
    expect(x).toBeCloseTo(truth([5, 5])[0], 6);
    expect(y).toBeCloseTo(truth([5, 5])[1], 6);
    const back = applyAffine(invertAffine(a), [x, y]);
    expect(back[0]).toBeCloseTo(5, 6);
    expect(back[1]).toBeCloseTo(5, 6);
  });
  it('refuses points on one line', () => {
    expect(() =>
      fitAffine([
        { from: [0, 0], to: [0, 0] },
        { from: [1, 1], to: [1, 1] },
        { from: [2, 2], to: [2, 2] },
      ]),
    ).toThrow(/collinear/);
  });
});
