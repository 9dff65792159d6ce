/**
 * Land between polities and between years, measured above slivers: the overlaps two
 * territories must not have, and what moved from one year to the next. Build time only.
 */
import { truncate } from '@turf/turf';
import type { Transfer, YearRecord } from './atlasData.ts';
import { areaKm2, overlap, subtract, unionAll, type Area } from './territory.ts';
import { HISTORY_FILES, type DataProblem } from './validate.ts';
import type { AreaChange, HistoryEvent, Holding } from './types.ts';

/** Areas smaller than this (km²) are slivers from cuts and rounding, not a change of hands. */
const SLIVER_KM2 = 50;

/** Territories of two polities must not overlap by more than slivers. */
export function checkOverlaps(year: number, lands: Map<string, Area | null>, problems: DataProblem[]) {
  const entries = [...lands].filter(([, s]) => s);
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [a, sa] = entries[i]!;
      const [b, sb] = entries[j]!;
      const shared = areaKm2(overlap(sa, sb));
      if (shared > SLIVER_KM2)
        problems.push({
          file: HISTORY_FILES.extents,
          feature: `${a} / ${b}`,
          field: 'geometry',
          message: `in ${year} the territories of ${a} and ${b} overlap by ${Math.round(shared)} km²`,
        });
    }
}

/** Gains and losses of each polity against the year before, and the land that moved. */
export function changesSince(
  previous: Map<string, Area | null> | null,
  current: Map<string, Area | null>,
): { changes: AreaChange[]; changed: YearRecord['changed'] } {
  const changes: AreaChange[] = [];
  const changed: YearRecord['changed'] = { type: 'FeatureCollection', features: [] };
  for (const [polity, now] of current) {
    const before = previous?.get(polity) ?? null;
    if (!previous || before === now) {
      changes.push({ polity, gainedKm2: 0, lostKm2: 0 });
      continue;
    }
    const gained = subtract(now, before);
    const lost = subtract(before, now);
    const gainedKm2 = areaKm2(gained);
    const lostKm2 = areaKm2(lost);
    changes.push({
      polity,
      gainedKm2: gainedKm2 > SLIVER_KM2 ? Math.round(gainedKm2) : 0,
      lostKm2: lostKm2 > SLIVER_KM2 ? Math.round(lostKm2) : 0,
    });
    if (gained && gainedKm2 > SLIVER_KM2) {
      let from: string | null = null;
      for (const [other, was] of previous)
        if (other !== polity && areaKm2(overlap(gained, was)) > SLIVER_KM2) from = other;
      changed.features.push({
        type: 'Feature',
        properties: { polity, from },
        geometry: (truncate(gained, { precision: 3 }) as Area).geometry,
      });
    }
  }
  return { changes, changed };
}

/** The changes of a year in which no land moved. */
export function unchanged(lands: Map<string, Area | null>): ReturnType<typeof changesSince> {
  return {
    changes: [...lands.keys()].map((polity) => ({ polity, gainedKm2: 0, lostKm2: 0 })),
    changed: { type: 'FeatureCollection', features: [] },
  };
}

/**
 * Who took what from whom in a year: every piece of land that changed hands, by the power that
 * gained it, the power that lost it (null: land no power held, the Baraba steppe in 1684) and
 * the region it lies in (null: land outside every region), largest first. Each square kilometre
 * is counted once, for the smallest region it lies in, so a town's district is named before the
 * land around it.
 */
export function transfersIn(
  previous: Map<string, Area | null>,
  current: Map<string, Area | null>,
  regions: Map<string, Area>,
): Transfer[] {
  const transfers: Transfer[] = [];
  const bySize = [...regions].sort((a, b) => areaKm2(a[1]) - areaKm2(b[1]));
  const heldBefore = unionAll([...previous.values()].filter((s): s is Area => s !== null));
  for (const [to, now] of current) {
    const before = previous.get(to) ?? null;
    if (before === now) continue;
    const gained = subtract(now, before);
    if (areaKm2(gained) <= SLIVER_KM2) continue;
    const sources: [string | null, Area | null][] = [...previous]
      .filter(([from]) => from !== to)
      .map(([from, was]) => [from, overlap(gained, was)]);
    sources.push([null, subtract(gained, heldBefore)]);
    for (const [from, piece] of sources) {
      let rest = piece;
      for (const [region, shape] of bySize) {
        if (areaKm2(rest) <= SLIVER_KM2) break;
        const km2 = areaKm2(overlap(rest, shape));
        if (km2 <= SLIVER_KM2) continue;
        transfers.push({ from, to, land: region, km2: Math.round(km2) });
        rest = subtract(rest, shape);
      }
      const left = areaKm2(rest);
      if (left > SLIVER_KM2) transfers.push({ from, to, land: null, km2: Math.round(left) });
    }
  }
  return transfers.sort((a, b) => b.km2 - a.km2);
}

/**
 * What a year's transfers rest on, marked on each: `conjectural` where a holding that begins or
 * ends with it is the atlas's conjecture (Tashkent in 1684, Bukhara's return in 1687), `undated`
 * where it rests on an event the article gives no year of its own (the Khalkha's submission).
 * `regionOf` gives the region a named land stands for (a town stands for its district); land
 * outside every named region is matched to the holdings of regions that are not named.
 */
export function transferBasis(
  transfers: readonly Transfer[],
  year: number,
  holdings: readonly Holding[],
  events: readonly HistoryEvent[],
  regionOf: ReadonlyMap<string, string>,
): Transfer[] {
  const named = new Set(regionOf.values());
  const undated = new Set(events.filter((e) => e.undated).map((e) => e.id));
  return transfers.map((t) => {
    const region = t.land === null ? null : (regionOf.get(t.land) ?? t.land);
    const changing = holdings.filter(
      (h) =>
        (region === null ? !named.has(h.region) : h.region === region) &&
        ((h.start === year && h.polity === t.to) || (h.end === year - 1 && h.polity === t.from)),
    );
    const basis: Transfer = { from: t.from, to: t.to, land: t.land, km2: t.km2 };
    if (changing.some((h) => h.certainty === 'conjectural')) basis.conjectural = true;
    if (changing.some((h) => h.event !== undefined && undated.has(h.event))) basis.undated = true;
    return basis;
  });
}
