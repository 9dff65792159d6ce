/**
 * What each piece of a border rests on: a shore, a river, a crest, or nothing known (uncertain).
 * A segment of an outline lies along a line when its ends and middle all lie within a kilometre
 * or two of it; everything else is uncertain. Pieces on or beyond the frame of the map are the
 * map's edge, not a border, and are left out.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { FRAME } from '../../../geo/build/relief/frame.ts';
import type { EdgeKind, EdgeLengths } from './types.ts';

/** How close (km) a segment must run to a line to lie along it: the river cut is 0.5 km wide, coordinates are rounded to ~0.1 km. */
const ALONG_KM = 2;
const CELL_DEGREES = 0.1;
const KM_PER_DEGREE = 111.32;

export const EDGE_KINDS: readonly EdgeKind[] = ['shore', 'river', 'crest', 'uncertain'];

type Segment = [ax: number, ay: number, bx: number, by: number];

/** Natural lines of one kind in a grid of cells, for nearness queries. */
class LineIndex {
  private cells = new Map<string, Segment[]>();
  add(line: Position[]): void {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1] as [number, number];
      const [bx, by] = line[i] as [number, number];
      const seg: Segment = [ax, ay, bx, by];
      const x0 = Math.floor(Math.min(ax, bx) / CELL_DEGREES);
      const x1 = Math.floor(Math.max(ax, bx) / CELL_DEGREES);
      const y0 = Math.floor(Math.min(ay, by) / CELL_DEGREES);
      const y1 = Math.floor(Math.max(ay, by) / CELL_DEGREES);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const key = `${x},${y}`;
          const list = this.cells.get(key);
          if (list) list.push(seg);
          else this.cells.set(key, [seg]);
        }
    }
  }
  /** Whether a point lies within ALONG_KM of any indexed line. */
  near(px: number, py: number): boolean {
    const cx = Math.floor(px / CELL_DEGREES);
    const cy = Math.floor(py / CELL_DEGREES);
    const kx = Math.cos((py * Math.PI) / 180);
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        for (const [ax, ay, bx, by] of this.cells.get(`${x},${y}`) ?? []) {
          // Distance to the segment in a local flat projection (km).
          const ux = (bx - ax) * kx;
          const uy = by - ay;
          const vx = (px - ax) * kx;
          const vy = py - ay;
          const len = ux * ux + uy * uy;
          const t = len ? Math.max(0, Math.min(1, (vx * ux + vy * uy) / len)) : 0;
          const d = Math.hypot(vx - t * ux, vy - t * uy) * KM_PER_DEGREE;
          if (d <= ALONG_KM) return true;
        }
    return false;
  }
}

/** The natural lines a border may rest on. */
export interface NaturalLines {
  shores: Position[][];
  rivers: Position[][];
  crests: Position[][];
}

/** A piece of outline: consecutive segments of one kind. */
export interface EdgePiece {
  kind: EdgeKind;
  coordinates: Position[];
}

export interface EdgeClassifier {
  /** Kind of the straight segment a–b, or null when it lies on or beyond the frame. */
  kindOf(a: Position, b: Position): EdgeKind | null;
}

export function edgeClassifier(lines: NaturalLines): EdgeClassifier {
  const index = {
    shore: new LineIndex(),
    river: new LineIndex(),
    crest: new LineIndex(),
  };
  lines.shores.forEach((l) => index.shore.add(l));
  lines.rivers.forEach((l) => index.river.add(l));
  lines.crests.forEach((l) => index.crest.add(l));
  return {
    kindOf(a, b) {
      if (onOrBeyondFrame(a, b)) return null;
      const mx = (a[0]! + b[0]!) / 2;
      const my = (a[1]! + b[1]!) / 2;
      for (const kind of ['shore', 'river', 'crest'] as const) {
        const i = index[kind];
        if (i.near(a[0]!, a[1]!) && i.near(b[0]!, b[1]!) && i.near(mx, my)) return kind;
      }
      return 'uncertain';
    },
  };
}

const EPS = 1e-6;
/** A segment running along the frame or outside it (both ends beyond the same side). */
function onOrBeyondFrame(a: Position, b: Position): boolean {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  return (
    (ax <= FRAME.west + EPS && bx <= FRAME.west + EPS) ||
    (ax >= FRAME.east - EPS && bx >= FRAME.east - EPS) ||
    (ay <= FRAME.south + EPS && by <= FRAME.south + EPS) ||
    (ay >= FRAME.north - EPS && by >= FRAME.north - EPS)
  );
}

/** The rings of a (multi)polygon. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** An outline cut into pieces of one kind each (frame edges left out). */
export function edgePieces(geometry: Polygon | MultiPolygon, classifier: EdgeClassifier): EdgePiece[] {
  const pieces: EdgePiece[] = [];
  // Outer rings only: a hole is a lake inside the land, not a border.
  const outer =
    geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
  for (const ring of outer) {
    const start = pieces.length;
    let current: EdgePiece | null = null;
    for (let i = 1; i < ring.length; i++) {
      const kind = classifier.kindOf(ring[i - 1]!, ring[i]!);
      if (kind === null) {
        current = null;
        continue;
      }
      if (current && current.kind === kind) current.coordinates.push(ring[i]!);
      else {
        current = { kind, coordinates: [ring[i - 1]!, ring[i]!] };
        pieces.push(current);
      }
    }
    // A ring is closed: the last piece runs on into the first when they are of one kind.
    const first = pieces[start];
    const last = pieces[pieces.length - 1];
    if (first && last && first !== last && first.kind === last.kind) {
      const a = last.coordinates[last.coordinates.length - 1]!;
      const b = first.coordinates[0]!;
      if (a[0] === b[0] && a[1] === b[1]) {
        first.coordinates = [...last.coordinates, ...first.coordinates.slice(1)];
        pieces.pop();
      }
    }
  }
  return pieces;
}

/** Kilometres of a line (haversine). */
export function lineKm(line: Position[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i++) km += segmentKm(line[i - 1]!, line[i]!);
  return km;
}

export function segmentKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres of each kind, rounded, and the uncertain share of the whole (two decimals). */
export function edgeLengths(pieces: EdgePiece[]): { edges: EdgeLengths; uncertainShare: number } {
  const edges: EdgeLengths = { shore: 0, river: 0, crest: 0, uncertain: 0 };
  for (const p of pieces) edges[p.kind] += lineKm(p.coordinates);
  const total = EDGE_KINDS.reduce((sum, k) => sum + edges[k], 0);
  const uncertainShare = total ? Math.round((edges.uncertain / total) * 100) / 100 : 0;
  for (const k of EDGE_KINDS) edges[k] = Math.round(edges[k]);
  return { edges, uncertainShare };
}

/** Straight segments longer than `km` that rest on nothing: what validation refuses. */
export function longUncertainSegments(
  geometry: Polygon | MultiPolygon,
  classifier: EdgeClassifier,
  km: number,
): { from: Position; to: Position; km: number }[] {
  const found: { from: Position; to: Position; km: number }[] = [];
  for (const ring of ringsOf(geometry))
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      const length = segmentKm(a, b);
      if (length > km && classifier.kindOf(a, b) === 'uncertain') found.push({ from: a, to: b, km: length });
    }
  return found;
}

/** The pieces as line features, for drawing (crisp or soft by kind). */
export function piecesAsLines(
  pieces: EdgePiece[],
): { kind: EdgeKind; geometry: LineString | MultiLineString }[] {
  const byKind = new Map<EdgeKind, Position[][]>();
  for (const p of pieces) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.coordinates]);
  return [...byKind].map(([kind, lines]) => ({
    kind,
    geometry:
      lines.length === 1
        ? { type: 'LineString', coordinates: lines[0]! }
        : { type: 'MultiLineString', coordinates: lines },
  }));
}

/**
 * What an outline rests on, largest first, in whole percent (kinds under half a percent left out).
 *
 * @example edgeShares({ shore: 0, river: 30, crest: 50, uncertain: 20 })
 *   // [{ kind: 'crest', percent: 50 }, { kind: 'river', percent: 30 }, { kind: 'uncertain', percent: 20 }]
 */
export function edgeShares(edges: EdgeLengths): { kind: EdgeKind; percent: number }[] {
  const total = EDGE_KINDS.reduce((sum, k) => sum + edges[k], 0);
  if (!total) return [];
  return EDGE_KINDS.map((kind) => ({ kind, percent: Math.round((edges[kind] / total) * 100) }))
    .filter((s) => s.percent > 0)
    .sort((a, b) => b.percent - a.percent);
}
