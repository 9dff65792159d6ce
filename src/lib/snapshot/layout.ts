/**
 * Pure pieces of the snapshot (the PNG of the current view): its file name and its scale bar.
 * No DOM, so each is tested alone.
 */

/**
 * The download's file name: `war-atlas-<year>[-<place>].png`. The place id is already safe
 * (lower-case letters, digits, hyphens); anything else is dropped rather than trusted.
 *
 * @example snapshotFileName(1684, 'sayram') // 'war-atlas-1684-sayram.png'
 */
export function snapshotFileName(year: number, place: string | null): string {
  const safe = (place ?? '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return `war-atlas-${Math.trunc(year)}${safe ? `-${safe}` : ''}.png`;
}

/**
 * A scale bar no longer than `maxPx`: a round distance (1, 2 or 5 × a power of ten, in km)
 * and its length in px, given how many metres one px covers at the map's centre.
 *
 * @example scaleBar(1000, 150) // { km: 100, px: 100 }
 */
export function scaleBar(metresPerPx: number, maxPx: number): { km: number; px: number } | null {
  if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx) || !(maxPx > 0)) return null;
  const maxKm = (metresPerPx * maxPx) / 1000;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((f) => f * power).find((d) => d <= maxKm) ?? power;
  return { km, px: (km * 1000) / metresPerPx };
}

/**
 * Breaks text into lines no wider than `maxWidth` as `measure` measures them (a canvas's
 * measureText in the page), at spaces; a single word wider than that gets a line of its own.
 *
 * @example wrapText('a bb ccc', 4, (s) => s.length) // ['a bb', 'ccc']
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
