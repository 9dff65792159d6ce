/** Drawing a route part of the way, for the march animation. Plain geometry: no turf at runtime. */
import type { Position } from 'geojson';

const RAD = Math.PI / 180;

/** Great-circle distance in km between two lon/lat positions. */
export function distanceKm(a: Position, b: Position): number {
  const [lon1, lat1] = [a[0]! * RAD, a[1]! * RAD];
  const [lon2, lat2] = [b[0]! * RAD, b[1]! * RAD];
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Initial compass bearing in degrees (0 = north, clockwise) from a to b. */
export function bearing(a: Position, b: Position): number {
  const [lon1, lat1] = [a[0]! * RAD, a[1]! * RAD];
  const [lon2, lat2] = [b[0]! * RAD, b[1]! * RAD];
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/**
 * The first `fraction` (0–1) of a line by length, and the bearing at its end (for the
 * arrowhead).
 *
 * @example lineUpTo([[0,0],[2,0]], 0.5).coordinates // [[0,0],[1,0]]
 */
export function lineUpTo(coords: Position[], fraction: number): { coordinates: Position[]; bearing: number } {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 1));
  const lengths = coords.slice(1).map((c, i) => distanceKm(coords[i]!, c));
  const total = lengths.reduce((s, l) => s + l, 0);
  let remaining = total * f;
  const out: Position[] = [coords[0]!];
  for (let i = 0; i < lengths.length; i++) {
    const [a, b, l] = [coords[i]!, coords[i + 1]!, lengths[i]!];
    if (remaining >= l || (i === lengths.length - 1 && remaining >= l - 1e-9)) {
      out.push(b);
      remaining -= l;
      continue;
    }
    const t = l === 0 ? 0 : remaining / l;
    const end = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    out.push(end);
    return { coordinates: out, bearing: bearing(a, b) };
  }
  const n = coords.length;
  return { coordinates: out, bearing: n >= 2 ? bearing(coords[n - 2]!, coords[n - 1]!) : 0 };
}

/** [west, south, east, north] of a line's positions. */
export function lineBounds(coords: Position[]): [number, number, number, number] {
  const xs = coords.map((c) => c[0]!);
  const ys = coords.map((c) => c[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
