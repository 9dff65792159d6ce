import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Atlas } from '../atlas.svelte.ts';
import type { LineString } from 'geojson';
import type { AtlasData } from '../model/atlasData.ts';
import { routeFeatures, routesOf, yearFeatures } from './features.ts';

let data: AtlasData;
beforeAll(() => {
  data = testAtlas();
});

describe('yearFeatures', () => {
  it("puts the year's territories, edges, changed land, territory names and towns in one collection", () => {
    const atlas = new Atlas(data);
    atlas.year = 1684;
    const kinds = new Set(yearFeatures(atlas).features.map((f) => f.properties?.kind));
    expect([...kinds].sort()).toEqual(['changed', 'place', 'territory', 'territory-edge', 'territory-label']);
    const sayram = yearFeatures(atlas).features.find((f) => f.properties?.id === 'sayram');
    expect(sayram?.properties).toMatchObject({ kind: 'place', holder: 'dzungar', selected: false });
  });
});

describe('routeFeatures', () => {
  it('draws each march with an arrowhead at its moving end', () => {
    const routes = routesOf(data, 1684);
    expect(routes.length).toBeGreaterThan(0);
    const start = routeFeatures(routes, 0).features;
    const end = routeFeatures(routes, 1).features;
    expect(end.filter((f) => f.geometry.type === 'LineString')).toHaveLength(routes.length);
    expect(end.filter((f) => f.geometry.type === 'Point')).toHaveLength(routes.length);
    const first = routes[0]!.geometry.coordinates;
    expect((start[0]!.geometry as LineString).coordinates).toEqual([first[0], first[0]]);
    expect((end[0]!.geometry as LineString).coordinates).toEqual(first);
  });
});
