import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { edgeClassifier, edgeLengths, edgePieces, edgeShares, longUncertainSegments } from './edges.ts';

// A 2°×2° square in the steppe whose south edge runs along a river, east edge along a crest,
// north edge along a lake shore, and whose west edge is one straight line resting on nothing.
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [70, 45],
      [71, 45],
      [72, 45],
      [72, 46],
      [72, 47],
      [71, 47],
      [70, 47],
      [70, 45],
    ],
  ],
};
const classifier = edgeClassifier({
  rivers: [
    [
      [69.5, 45.005],
      [72.5, 45.005],
    ],
  ],
  crests: [
    [
      [72.01, 44.5],
      [72.01, 47.5],
    ],
  ],
  shores: [
    [
      [69.5, 47],
      [72.5, 47],
    ],
  ],
});

describe('edge kinds', () => {
  it('names each piece of an outline by the line it runs along', () => {
    const pieces = edgePieces(square, classifier);
    expect(pieces.map((p) => p.kind)).toEqual(['river', 'crest', 'shore', 'uncertain']);
    const { edges, uncertainShare } = edgeLengths(pieces);
    // 2° of longitude at 45–47° N is ~150–157 km; 2° of latitude ~222 km.
    expect(edges.river).toBeGreaterThan(150);
    expect(edges.crest).toBeGreaterThan(215);
    expect(edges.uncertain).toBeGreaterThan(215);
    expect(uncertainShare).toBeGreaterThan(0.25);
    expect(uncertainShare).toBeLessThan(0.32);
  });

  it('a segment whose middle strays from the line is not along it', () => {
    const bent = edgeClassifier({
      rivers: [
        [
          [70, 45],
          [71, 45.5],
          [72, 45],
        ],
      ],
      crests: [],
      shores: [],
    });
    expect(bent.kindOf([70, 45], [72, 45])).toBe('uncertain');
  });

  it('leaves out the frame of the map: an edge on it is no border', () => {
    expect(classifier.kindOf([120, 40], [120, 45])).toBeNull();
    expect(classifier.kindOf([100, 26], [110, 26])).toBeNull();
    expect(classifier.kindOf([100, 30], [110, 26])).toBe('uncertain');
  });

  it('finds the straight uncertain edges longer than a limit, and only those', () => {
    const long = longUncertainSegments(square, classifier, 150);
    expect(long).toHaveLength(1);
    expect(long[0]!.from).toEqual([70, 47]);
    expect(Math.round(long[0]!.km)).toBe(222);
    expect(longUncertainSegments(square, classifier, 250)).toEqual([]);
  });

  it('shares are whole percent, largest first, without empty kinds', () => {
    expect(edgeShares({ shore: 0, river: 30, crest: 50, uncertain: 20 })).toEqual([
      { kind: 'crest', percent: 50 },
      { kind: 'river', percent: 30 },
      { kind: 'uncertain', percent: 20 },
    ]);
    expect(edgeShares({ shore: 0, river: 0, crest: 0, uncertain: 0 })).toEqual([]);
  });
});
