/**
 * Two years compared: from the earlier to the later, whichever is on screen. Reads the
 * comparisons built with the atlas (atlasData.ts's Comparisons); pure, no turf.
 */
import type { AtlasData, Comparison, Comparisons } from './atlasData.ts';

export interface YearsCompared extends Comparison {
  from: number;
  to: number;
}

/**
 * What changed from the earlier of `a` and `b` to the later: each power's gain and loss, who
 * took what from whom, and the land that changed hands (by its holder in the later year).
 * Years with the same map compare to no change.
 */
export function compareYears(data: AtlasData, comparisons: Comparisons, a: number, b: number): YearsCompared {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  const key = `${comparisons.stateYear[from]}-${comparisons.stateYear[to]}`;
  const pair = comparisons.pairs[key];
  if (pair) return { from, to, ...pair };
  return {
    from,
    to,
    changes: data.polities.map((p) => ({ polity: p.id, gainedKm2: 0, lostKm2: 0 })),
    transfers: [],
    changed: { type: 'FeatureCollection', features: [] },
  };
}
