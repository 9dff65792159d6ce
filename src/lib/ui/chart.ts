/**
 * Small pure helpers for the territory chart: scales, step paths and the labels of its text
 * equivalent. No DOM, so each is tested alone.
 */
import { clampYear, type YearRange } from '../model/timeline.ts';

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
 * The y (px) of an area: 0 km² on the baseline, `maxKm2` at `top`, clamped between them.
 * Non-finite areas, and a non-positive maximum, sit on the baseline.
 *
 * @example yOfArea(50, 100, 100, 0) // 50
 */
export function yOfArea(km2: number, maxKm2: number, baseline: number, top = 0): number {
  if (!Number.isFinite(km2) || !Number.isFinite(maxKm2) || maxKm2 <= 0) return baseline;
  const y = baseline - (km2 / maxKm2) * (baseline - top);
  return Math.min(baseline, Math.max(top, y));
}

/** The largest finite area in any series (0 when there is none): the top of the y scale. */
export function seriesMax(series: readonly { areas: readonly number[] }[]): number {
  let max = 0;
  for (const s of series) for (const a of s.areas) if (Number.isFinite(a) && a > max) max = a;
  return max;
}

const round = (v: number) => Math.round(v * 10) / 10;
/** Missing or junk areas count as no land. */
const areaOr0 = (km2: number | undefined) => (km2 !== undefined && Number.isFinite(km2) ? km2 : 0);

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
