/**
 * Who took what from whom, for reading: the year's transfers of land (changes.ts) grouped by
 * the pair of powers, largest first, each land in its group largest first. Pure.
 */
import type { Transfer } from '../model/atlasData.ts';

export interface TransferGroup {
  from: string | null;
  to: string;
  km2: number;
  lands: { land: string | null; km2: number; conjectural?: true; undated?: true }[];
}

/**
 * @example transferGroups([{ from: 'kazakh', to: 'dzungar', land: 'jetisu', km2: 225506 }])
 *   // [{ from: 'kazakh', to: 'dzungar', km2: 225506, lands: [{ land: 'jetisu', km2: 225506 }] }]
 */
export function transferGroups(transfers: readonly Transfer[]): TransferGroup[] {
  const groups = new Map<string, TransferGroup>();
  for (const t of transfers) {
    const key = `${t.from ?? ''}→${t.to}`;
    const group = groups.get(key) ?? { from: t.from, to: t.to, km2: 0, lands: [] };
    group.km2 += t.km2;
    const { land, km2, conjectural, undated } = t;
    group.lands.push({ land, km2, ...(conjectural && { conjectural }), ...(undated && { undated }) });
    groups.set(key, group);
  }
  const byKm2 = <T extends { km2: number }>(a: T, b: T) => b.km2 - a.km2;
  return [...groups.values()].map((g) => ({ ...g, lands: g.lands.sort(byKm2) })).sort(byKm2);
}

/**
 * An area as the reconstruction can vouch for it: three significant figures at most (borders
 * are drawn to a few kilometres, so 225 506 km² is "about 226 000").
 *
 * @example roughKm2(225506) // 226000
 * @example roughKm2(5408) // 5410
 */
export function roughKm2(km2: number): number {
  if (km2 <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(km2)) - 2);
  return Math.round(km2 / step) * step;
}

/**
 * The largest change of hands between the war's two sides and anyone, in any year: the common
 * scale of the year's transfer bars, so a year's bars compare with another year's.
 */
export function largestGroupKm2(
  byYear: Readonly<Record<string, { transfers: readonly Transfer[] }>>,
  sides: readonly string[],
): number {
  let max = 0;
  for (const record of Object.values(byYear))
    for (const g of transferGroups(record.transfers))
      if (sides.includes(g.to) || (g.from !== null && sides.includes(g.from))) max = Math.max(max, g.km2);
  return max;
}
