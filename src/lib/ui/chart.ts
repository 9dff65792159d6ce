/**
 * Small pure helpers for the territory chart: scales, step paths and the labels of its text
 * equivalent. No DOM, so each is tested alone.
 */
import { clampYear, type YearRange } from '../model/timeline.ts';

const round = (v: number) => Math.round(v * 10) / 10;
/** Missing or junk areas count as no land. */
const areaOr0 = (km2: number | undefined) => (km2 !== undefined && Number.isFinite(km2) ? km2 : 0);

/**
 * YearSlider's track and ticks sit 9px in from each edge (half its 18px thumb), so a chart drawn
 * at the slider's width with this inset puts every year right under the thumb.
 */
export const SLIDER_INSET_PX = 9;

/**
 * The x (px) of a year on an axis `width` px wide, years.min at `inset` and years.max at
 * `width - inset`.
 *
 * @example xOfYear(1697, 100, { min: 1652, max: 1697 }) // 100
 */
export function xOfYear(year: number, width: number, years: YearRange, inset = 0): number {
  const span = years.max - years.min;
  const plot = width - 2 * inset;
  if (span <= 0) return inset + plot / 2;
  return inset + ((year - years.min) / span) * plot;
}

/**
 * The whole year under `x`, clamped to the span. Junk (NaN, a zero or negative width) gives
 * years.min, so a pointer event can never produce a year outside the atlas.
 *
 * @example yearAtX(2000, 100, { min: 1652, max: 1697 }) // 1697
 */
export function yearAtX(x: number, width: number, years: YearRange, inset = 0): number {
  const span = years.max - years.min;
  const plot = width - 2 * inset;
  if (Number.isNaN(x) || !Number.isFinite(plot) || plot <= 0 || span <= 0) return years.min;
  return clampYear(years.min + Math.round(((x - inset) / plot) * span), years);
}

/**
 * The y (px) of a value on a scale from `lo` (on the baseline) to `hi` (at `top`), clamped
 * between them. Non-finite values, and an empty or junk scale, sit on the baseline.
 *
 * @example yOfValue(50, 0, 100, 100, 0) // 50
 */
export function yOfValue(v: number, lo: number, hi: number, baseline: number, top = 0): number {
  if (!Number.isFinite(v) || !Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return baseline;
  const y = baseline - ((v - lo) / (hi - lo)) * (baseline - top);
  return Math.min(baseline, Math.max(top, y));
}

/** The smallest and largest finite value in any series, and always 0: the y scale's ends. */
export function seriesExtent(series: readonly { areas: readonly number[] }[]): { lo: number; hi: number } {
  let lo = 0;
  let hi = 0;
  for (const s of series)
    for (const a of s.areas)
      if (Number.isFinite(a)) {
        lo = Math.min(lo, a);
        hi = Math.max(hi, a);
      }
  return { lo, hi };
}

/**
 * Each year's area less the area in the base year (index `base`): what a power gained or lost
 * since then. Junk counts as no land.
 *
 * @example changeSince([5, 7, 4], 1) // [-2, 0, -3]
 */
export function changeSince(areas: readonly number[], base: number): number[] {
  const from = areaOr0(areas[base]);
  return areas.map((a) => areaOr0(a) - from);
}

/**
 * Round values for gridlines between lo and hi (not 0, which the baseline or zero line shows):
 * the finest step of 1, 2, 2.5 or 5 × 10ⁿ that gives at most `most` of them.
 *
 * @example gridValues(0, 3_600_000, 2) // [2000000]
 * @example gridValues(-680_000, 330_000, 3) // [-500000, -250000, 250000]
 */
export function gridValues(lo: number, hi: number, most = 3): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo || most < 1) return [];
  const values = (step: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) if (Math.abs(v) > step / 2) out.push(v);
    return out;
  };
  for (let exp = Math.floor(Math.log10(hi - lo)) - 2; ; exp++)
    for (const m of [1, 2, 2.5, 5]) {
      const v = values(m * 10 ** exp);
      if (v.length <= most) return v;
    }
}

/**
 * A series as a step line: each year's area holds until the next year, and the riser sits on
 * the year the land changes hands (so a gain or loss reads as a step, not a slope). `x` maps a
 * series index to px, `y` an area to px.
 *
 * @example stepLinePath([1, 1, 2], (i) => i * 10, (a) => 10 - a) // 'M0,9H20V8'
 */
export function stepLinePath(
  areas: readonly number[],
  x: (index: number) => number,
  y: (km2: number) => number,
): string {
  if (areas.length === 0) return '';
  let currentY = round(y(areaOr0(areas[0])));
  let path = `M${round(x(0))},${currentY}`;
  let lastX = round(x(0));
  for (let i = 1; i < areas.length; i++) {
    const nextY = round(y(areaOr0(areas[i])));
    if (nextY === currentY) continue;
    lastX = round(x(i));
    path += `H${lastX}V${nextY}`;
    currentY = nextY;
  }
  const endX = round(x(areas.length - 1));
  return endX === lastX && areas.length > 1 ? path : `${path}H${endX}`;
}

/**
 * The same step line closed down to the baseline, for a filled area.
 *
 * @example stepAreaPath([1, 2], (i) => i * 10, (a) => 10 - a, 10) // 'M0,9H10V8V10H0Z'
 */
export function stepAreaPath(
  areas: readonly number[],
  x: (index: number) => number,
  y: (km2: number) => number,
  baseline: number,
): string {
  const line = stepLinePath(areas, x, y);
  return line && `${line}V${round(baseline)}H${round(x(0))}Z`;
}

/** Indices of the years in which a series differs from the year before: where to mark a change. */
export function changeIndices(areas: readonly number[]): number[] {
  const indices: number[] = [];
  for (let i = 1; i < areas.length; i++) if (areaOr0(areas[i]) !== areaOr0(areas[i - 1])) indices.push(i);
  return indices;
}

/** Area gained (positive) or lost (negative) since the year before; null for the first year. */
export function areaChange(areas: readonly number[], index: number): number | null {
  if (!Number.isInteger(index) || index <= 0 || index >= areas.length) return null;
  return areaOr0(areas[index]) - areaOr0(areas[index - 1]);
}

const AREA_NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * The default area label.
 *
 * @example formatKm2(1799888) // '1,799,888 km²'
 */
export function formatKm2(km2: number): string {
  return `${AREA_NUMBER.format(km2)} km²`;
}

/**
 * A change as “+” or “−” (the minus sign, not a hyphen) and the formatted amount; no change is
 * the formatted 0, and an unknown one (first year) a dash.
 *
 * @example formatChange(-5, formatKm2) // '−5 km²'
 */
export function formatChange(delta: number | null, formatArea: (km2: number) => string): string {
  if (delta === null || !Number.isFinite(delta)) return '—';
  if (delta > 0) return `+${formatArea(delta)}`;
  if (delta < 0) return `−${formatArea(-delta)}`;
  return formatArea(0);
}

/**
 * Positions for items along a line, in the order given (`wanted` ascending), each as near its
 * wanted position as the others allow (least squares), at least `gap` apart and within
 * [lo, hi]. Where there is not room for `gap`, they share the room evenly. Pool-adjacent-
 * violators on `wanted[i] - i·gap`, which must come out non-decreasing.
 *
 * @example spreadApart([10, 11, 12], 10, 0, 100) // [1, 11, 21]
 */
export function spreadApart(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const n = wanted.length;
  if (n === 0) return [];
  const step = n > 1 ? Math.max(0, Math.min(gap, (hi - lo) / (n - 1))) : 0;
  const blocks: { sum: number; count: number }[] = [];
  for (let i = 0; i < n; i++) {
    const w = Number.isFinite(wanted[i]) ? wanted[i]! : lo;
    blocks.push({ sum: w - i * step, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.count <= b.sum / b.count) break;
      a.sum += b.sum;
      a.count += b.count;
      blocks.pop();
    }
  }
  const top = Math.max(lo, hi - (n - 1) * step);
  const out: number[] = [];
  for (const b of blocks)
    for (let k = 0; k < b.count; k++) {
      const i = out.length;
      out.push(Math.min(top, Math.max(lo, b.sum / b.count)) + i * step);
    }
  return out;
}

export interface MarkPlace {
  /** Centre of the mark (px). */
  x: number;
  /** Row, 0 on top. */
  row: number;
}

/**
 * Where to draw the story marks (one per year, `size` px square) on an axis `width` px wide so
 * that none overlaps another: in as few rows as keep each mark within one mark's width of its
 * year (up to `maxRows`), each row's marks at least `size + gap` apart.
 *
 * @example layoutMarks([10, 12], 24, 300).rows // 2
 */
export function layoutMarks(
  xs: readonly number[],
  size: number,
  width: number,
  { gap = 2, maxRows = 3 }: { gap?: number; maxRows?: number } = {},
): { marks: MarkPlace[]; rows: number } {
  const pitch = size + gap;
  const place = (rows: number) => {
    const x = spreadApart(xs, pitch / rows, size / 2, Math.max(size / 2, width - size / 2));
    // Each mark takes the first row whose last mark is a whole pitch behind it.
    const ends: number[] = [];
    const marks = x.map((xi) => {
      let row = ends.findIndex((end) => xi - end >= pitch - 1e-6);
      if (row < 0) row = ends.length;
      ends[row] = xi;
      return { x: xi, row };
    });
    const drift = Math.max(0, ...marks.map((m, i) => Math.abs(m.x - (xs[i] ?? m.x))));
    return { marks, rows: Math.max(1, ends.length), drift };
  };
  let best = place(1);
  for (let rows = 2; rows <= maxRows && best.drift > size; rows++) best = place(rows);
  return { marks: best.marks, rows: best.rows };
}

/**
 * Vertical positions for labels at the ends of the chart's lines: each near its line's end
 * (`ys`, any order), none closer than `lineHeight` to another, all within [top, bottom].
 * Returned in the order given.
 *
 * @example endLabelYs([50, 51], 10, 0, 100) // [45.5, 55.5]
 */
export function endLabelYs(ys: readonly number[], lineHeight: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = spreadApart(
    order.map((o) => o.y),
    lineHeight,
    top,
    bottom,
  );
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/** Each series' change in the given year (`index`), largest gain first, losses last. */
export function yearChanges<S extends { areas: readonly number[] }>(
  series: readonly S[],
  index: number,
): { series: S; change: number }[] {
  return series
    .map((s) => ({ series: s, change: areaChange(s.areas, index) ?? 0 }))
    .sort((a, b) => b.change - a.change);
}

/** The largest gain or loss of any series in any year: the common scale of the change bars. */
export function largestChange(series: readonly { areas: readonly number[] }[]): number {
  let max = 0;
  for (const s of series)
    for (let i = 1; i < s.areas.length; i++) max = Math.max(max, Math.abs(areaChange(s.areas, i) ?? 0));
  return max;
}

/** Room (px) right of the chart's plot for the powers' names at their lines' ends. */
export const LABEL_GUTTER_PX = 96;
