/**
 * A least-squares affine map between two planes, for laying an old map on a modern grid from
 * control points: pixel = A · [lon, lat, 1]. With the residuals, so the misfit can be stated.
 */
export type Affine = [[number, number, number], [number, number, number]];

/** Solves the 3×3 normal equations (Cramer's rule: small, exact enough for a dozen points). */
function solve3(m: number[][], v: number[]): [number, number, number] {
  const det = (a: number[][]) =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  if (Math.abs(d) < 1e-12) throw new Error('control points are collinear: no affine fit');
  const col = (i: number) => m.map((row, r) => row.map((x, c) => (c === i ? v[r]! : x)));
  return [det(col(0)) / d, det(col(1)) / d, det(col(2)) / d];
}

/** Fits pixel ≈ A · [x, y, 1] to pairs of points; needs three or more, not all on one line. */
export function fitAffine(pairs: { from: [number, number]; to: [number, number] }[]): Affine {
  if (pairs.length < 3) throw new Error('an affine fit needs three or more control points');
  const ata = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const atx = [0, 0, 0];
  const aty = [0, 0, 0];
  for (const { from, to } of pairs) {
    const row = [from[0], from[1], 1];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) ata[i]![j]! += row[i]! * row[j]!;
      atx[i]! += row[i]! * to[0];
      aty[i]! += row[i]! * to[1];
    }
  }
  return [solve3(ata, atx), solve3(ata, aty)];
}

export function applyAffine(a: Affine, [x, y]: [number, number]): [number, number] {
  return [a[0][0] * x + a[0][1] * y + a[0][2], a[1][0] * x + a[1][1] * y + a[1][2]];
}

/** The inverse map (pixel → lon/lat), for stating where a control point lands on the modern grid. */
export function invertAffine(a: Affine): Affine {
  const [[p, q, r], [s, t, u]] = a;
  const det = p * t - q * s;
  return [
    [t / det, -q / det, (q * u - r * t) / det],
    [-s / det, p / det, (r * s - p * u) / det],
  ];
}
