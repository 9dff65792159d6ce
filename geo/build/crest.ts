/**
 * Crest tracing: a mountain border drawn along the range's own watershed line. Between
 * hand-picked waypoints the crest is the cheapest path over the elevation grid when each step
 * costs more the lower it goes (cost = length · e^(−metres / SCALE)), so the path keeps to the
 * high ground and crosses a saddle only where the ridge itself dips. Pure: grid in, line out.
 */
import type { ElevationGrid } from './relief/elevation.ts';

type LonLat = [number, number];

export interface CrestOptions {
  /** Metres over which the step cost falls by e: smaller keeps harder to the highest ground. */
  scale?: number;
  /** Degrees searched around the waypoints' bounding box. */
  margin?: number;
}

const DEFAULT_SCALE = 400;
const DEFAULT_MARGIN = 1.5;
const KM_PER_DEGREE = 111.32;

/** Pixel (column, row) of a longitude/latitude, clamped to the grid. */
function pixelOf(grid: ElevationGrid, [lon, lat]: LonLat): [number, number] {
  const x = Math.floor((lon - grid.west) / grid.step);
  const y = Math.floor((grid.north - lat) / grid.step);
  return [Math.max(0, Math.min(grid.width - 1, x)), Math.max(0, Math.min(grid.height - 1, y))];
}

/** Centre of a pixel as longitude/latitude. */
function centreOf(grid: ElevationGrid, x: number, y: number): LonLat {
  return [grid.west + (x + 0.5) * grid.step, grid.north - (y + 0.5) * grid.step];
}

/** A binary min-heap of (cost, cell) pairs, enough for Dijkstra on a few hundred thousand cells. */
class Heap {
  private costs: number[] = [];
  private cells: number[] = [];
  get size(): number {
    return this.costs.length;
  }
  push(cost: number, cell: number): void {
    const c = this.costs;
    const v = this.cells;
    let i = c.length;
    c.push(cost);
    v.push(cell);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (c[parent]! <= cost) break;
      c[i] = c[parent]!;
      v[i] = v[parent]!;
      i = parent;
    }
    c[i] = cost;
    v[i] = cell;
  }
  pop(): [number, number] {
    const c = this.costs;
    const v = this.cells;
    const top: [number, number] = [c[0]!, v[0]!];
    const lastCost = c.pop()!;
    const lastCell = v.pop()!;
    if (c.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mc = lastCost;
        if (l < c.length && c[l]! < mc) {
          m = l;
          mc = c[l]!;
        }
        if (r < c.length && c[r]! < mc) m = r;
        if (m === i) break;
        c[i] = c[m]!;
        v[i] = v[m]!;
        i = m;
      }
      c[i] = lastCost;
      v[i] = lastCell;
    }
    return top;
  }
}

/** The cheapest 8-connected pixel path from `from` to `to` inside the window (pixel indices). */
function cheapestPath(
  grid: ElevationGrid,
  from: [number, number],
  to: [number, number],
  window: { x0: number; y0: number; x1: number; y1: number },
  scale: number,
): [number, number][] {
  const w = window.x1 - window.x0 + 1;
  const h = window.y1 - window.y0 + 1;
  const cost = new Float64Array(w * h).fill(Infinity);
  const prev = new Int32Array(w * h).fill(-1);
  const done = new Uint8Array(w * h);
  // Per-pixel weight e^(−m/scale), relative to the window's highest ground so it never underflows.
  let top = -Infinity;
  for (let y = window.y0; y <= window.y1; y++)
    for (let x = window.x0; x <= window.x1; x++) top = Math.max(top, grid.metres[y * grid.width + x]!);
  const weight = new Float64Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      weight[y * w + x] = Math.exp(
        (top - grid.metres[(y + window.y0) * grid.width + x + window.x0]!) / scale,
      );
  const start = (from[1] - window.y0) * w + (from[0] - window.x0);
  const goal = (to[1] - window.y0) * w + (to[0] - window.x0);
  const heap = new Heap();
  cost[start] = 0;
  heap.push(0, start);
  while (heap.size) {
    const [c, cell] = heap.pop();
    if (done[cell]) continue;
    done[cell] = 1;
    if (cell === goal) break;
    const cx = cell % w;
    const cy = (cell - cx) / w;
    const lat = grid.north - (cy + window.y0 + 0.5) * grid.step;
    const kx = Math.cos((lat * Math.PI) / 180);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        if (!dx && !dy) continue;
        const nx = cx + dx;
        const ny = cy + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const next = ny * w + nx;
        if (done[next]) continue;
        const km = Math.hypot(dx * kx, dy) * grid.step * KM_PER_DEGREE;
        const step = c + (km * (weight[cell]! + weight[next]!)) / 2;
        if (step < cost[next]!) {
          cost[next] = step;
          prev[next] = cell;
          heap.push(step, next);
        }
      }
  }
  if (!done[goal]) throw new Error('no path between the waypoints');
  const path: [number, number][] = [];
  for (let cell = goal; cell !== -1; cell = prev[cell]!) {
    const x = cell % w;
    path.push([x + window.x0, (cell - x) / w + window.y0]);
  }
  return path.reverse();
}

/**
 * The crest through the waypoints, in order: one cheapest path per leg, joined, as pixel
 * centres rounded to 1/1000°. Throws when a waypoint lies outside the grid.
 *
 * @example traceCrest(grid, [[76, 42], [80, 42.2]]) // a line along the highest ground between them
 */
export function traceCrest(grid: ElevationGrid, waypoints: LonLat[], options: CrestOptions = {}): LonLat[] {
  if (waypoints.length < 2) throw new Error('a crest needs at least two waypoints');
  const scale = options.scale ?? DEFAULT_SCALE;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const south = grid.north - grid.height * grid.step;
  const east = grid.west + grid.width * grid.step;
  for (const [lon, lat] of waypoints)
    if (lon < grid.west || lon > east || lat < south || lat > grid.north)
      throw new Error(`waypoint ${lon}, ${lat} lies outside the elevation grid`);
  const line: [number, number][] = [];
  for (let i = 1; i < waypoints.length; i++) {
    const a = pixelOf(grid, waypoints[i - 1]!);
    const b = pixelOf(grid, waypoints[i]!);
    const pad = Math.round(margin / grid.step);
    const window = {
      x0: Math.max(0, Math.min(a[0], b[0]) - pad),
      y0: Math.max(0, Math.min(a[1], b[1]) - pad),
      x1: Math.min(grid.width - 1, Math.max(a[0], b[0]) + pad),
      y1: Math.min(grid.height - 1, Math.max(a[1], b[1]) + pad),
    };
    const leg = cheapestPath(grid, a, b, window, scale);
    line.push(...(i === 1 ? leg : leg.slice(1)));
  }
  return smooth(withoutLoops(line).map(([x, y]) => centreOf(grid, x, y))).map(
    ([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000] as LonLat,
  );
}

/**
 * The path with every loop cut out: a waypoint a little off the ridge makes the path run out to
 * it and back along the same pixels, a spur a border must not have.
 */
function withoutLoops(path: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  const at = new Map<string, number>();
  for (const p of path) {
    const key = `${p[0]},${p[1]}`;
    const seen = at.get(key);
    if (seen !== undefined) {
      for (const q of out.splice(seen + 1)) at.delete(`${q[0]},${q[1]}`);
      continue;
    }
    at.set(key, out.length);
    out.push(p);
  }
  return out;
}

/** A 3-point running mean takes the pixel staircase out of the line; the ends stay put. */
function smooth(line: LonLat[]): LonLat[] {
  if (line.length < 3) return line;
  return line.map((p, i) => {
    if (i === 0 || i === line.length - 1) return p;
    const a = line[i - 1]!;
    const b = line[i + 1]!;
    return [(a[0] + 2 * p[0] + b[0]) / 4, (a[1] + 2 * p[1] + b[1]) / 4];
  });
}
