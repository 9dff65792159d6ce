/** Years: parsing what people and pages send, and moving along the timeline. */

export interface YearRange {
  min: number;
  max: number;
}

/**
 * Reads a year from an attribute, URL parameter or property. Accepts a whole number or a
 * string of digits; anything else (NaN, Infinity, '1684abc', objects) is null.
 *
 * @example parseYear('1684') // 1684
 * @example parseYear('<b>') // null
 */
export function parseYear(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? Math.round(input) : null;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (!/^-?\d{1,6}$/.test(text)) return null;
  return Number(text);
}

/** Keeps a year inside the range. */
export function clampYear(year: number, range: YearRange): number {
  return Math.min(range.max, Math.max(range.min, year));
}

/**
 * The year to show for some input: parsed and clamped, or `fallback` when it is not a year.
 *
 * @example yearFrom('1800', { min: 1652, max: 1697 }, 1681) // 1697
 */
export function yearFrom(input: unknown, range: YearRange, fallback: number): number {
  const year = parseYear(input);
  return year === null ? fallback : clampYear(year, range);
}

/** The next year of a play-through, wrapping to the start after the end. */
export function nextPlayYear(year: number, range: YearRange): number {
  return year >= range.max ? range.min : year + 1;
}
