import { describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { DETAIL_RIVER_RANK, splitRivers } from './rivers.ts';

describe('splitRivers', () => {
  const rivers = testAtlas().basemap.rivers;
  const { always, detail } = splitRivers(rivers);

  it('parts the rivers without losing or repeating one', () => {
    expect(always.features.length + detail.features.length).toBe(rivers.features.length);
    expect(new Set([...always.features, ...detail.features]).size).toBe(rivers.features.length);
    expect(detail.features.length).toBeGreaterThan(0);
  });
  it('keeps every named river, and the great ones, in the first picture', () => {
    for (const f of rivers.features.filter((f) => f.properties.name || f.properties.rank === 1))
      expect(always.features).toContain(f);
    expect(detail.features.every((f) => f.properties.rank >= DETAIL_RIVER_RANK && !f.properties.name)).toBe(
      true,
    );
  });
});
