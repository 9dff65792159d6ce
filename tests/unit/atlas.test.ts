// The real atlas, built from geo/: would a historian find the war where the article puts it?
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, point } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../geo/build/atlas-data.ts';
import type { AtlasData } from '../../src/lib/model/atlasData.ts';
import { stateAt } from '../../src/lib/model/yearState.ts';

let atlas: AtlasData;
beforeAll(() => {
  atlas = loadAtlas();
});
const control = (id: string, year: number) => stateAt(atlas, year).control[id];

describe('every year', () => {
  it('has a complete state from 1652 to 1697', () => {
    for (let year = 1652; year <= 1697; year++) {
      const s = stateAt(atlas, year);
      expect(s.year).toBe(year);
      for (const id of ['sayram', 'tashkent', 'turkistan', 'jetisu'])
        expect(s.control[id], `${id} ${year}`).toMatch(/^[a-z-]+$/);
      for (const polity of ['dzungar', 'kazakh']) {
        expect(s.territories[polity]!.areaKm2, `${polity} ${year}`).toBeGreaterThan(100_000);
        expect(['Polygon', 'MultiPolygon']).toContain(s.territories[polity]!.geometry.type);
      }
      expect(s.changes.map((c) => c.polity)).toEqual(expect.arrayContaining(['dzungar', 'kazakh']));
      for (const r of s.routes) expect(r.lengthKm, r.id).toBeGreaterThan(10);
    }
  });
  it('clamps years outside the atlas to its ends', () => {
    expect(stateAt(atlas, 1500).year).toBe(1652);
    expect(stateAt(atlas, 1800).year).toBe(1697);
  });
});

describe('territories', () => {
  it('gives Jetisu a plausible area: a few hundred thousand km²', () => {
    const jetisu = atlas.regions.features.find((f) => f.properties.id === 'jetisu')!;
    expect(jetisu.properties.areaKm2).toBeGreaterThan(200_000);
    expect(jetisu.properties.areaKm2).toBeLessThan(600_000);
  });
  it('moves Jetisu from the Kazakhs to the Dzungars in 1684', () => {
    expect(control('jetisu', 1683)).toBe('kazakh');
    expect(control('jetisu', 1684)).toBe('dzungar');
    const jetisuKm2 = atlas.regions.features.find((f) => f.properties.id === 'jetisu')!.properties.areaKm2;
    const changes = stateAt(atlas, 1684).changes;
    const dzungar = changes.find((c) => c.polity === 'dzungar')!;
    const kazakh = changes.find((c) => c.polity === 'kazakh')!;
    expect(dzungar.gainedKm2).toBeGreaterThan(0.9 * jetisuKm2);
    expect(kazakh.lostKm2).toBeGreaterThan(0.9 * jetisuKm2);
    expect(stateAt(atlas, 1684).territories.dzungar!.areaKm2).toBeGreaterThan(
      stateAt(atlas, 1683).territories.dzungar!.areaKm2 + 0.9 * jetisuKm2,
    );
  });
  it('gives Jetisu to the Kazakhs from Tauke’s 1670 annexation and to the Dzungars before', () => {
    expect(control('jetisu', 1669)).toBe('dzungar');
    expect(control('jetisu', 1670)).toBe('kazakh');
  });
  it('records no change in years when no land moved', () => {
    for (const c of stateAt(atlas, 1682).changes) expect([c.gainedKm2, c.lostKm2], c.polity).toEqual([0, 0]);
  });
  it('puts each tracked town inside the territory of its holder', () => {
    for (let year = 1652; year <= 1697; year++) {
      const s = stateAt(atlas, year);
      for (const place of atlas.places.features.filter((f) => f.properties.tracked)) {
        const holder = s.control[place.properties.id]!;
        expect(
          booleanPointInPolygon(point(place.geometry.coordinates), s.territories[holder]!.geometry),
          `${place.properties.id} ${year}`,
        ).toBe(true);
      }
    }
  });
});

describe('who holds the towns, as the article tells it', () => {
  it('Sayram withstands the sieges of 1681 and 1683 and falls in 1684', () => {
    for (const year of [1680, 1681, 1682, 1683]) expect(control('sayram', year), String(year)).toBe('kazakh');
    expect(control('sayram', 1684)).toBe('dzungar');
  });
  it('Tashkent surrenders in 1684', () => {
    expect(control('tashkent', 1683)).toBe('kazakh');
    expect(control('tashkent', 1684)).toBe('dzungar');
  });
  it('Turkistan is never taken', () => {
    for (let year = 1652; year <= 1697; year++)
      expect(control('turkistan', year), String(year)).toBe('kazakh');
  });
});

describe('events', () => {
  const article = readFileSync(new URL('../../geo/source/article.txt', import.meta.url), 'utf8');
  it('date at least one event to every year the article names between 1652 and 1697', () => {
    const years = [...new Set([...article.matchAll(/\b(16[5-9]\d)\b/g)].map((m) => Number(m[1])))].filter(
      (y) => y >= 1652 && y <= 1697,
    );
    const dated = new Set(atlas.events.map((e) => e.year));
    expect(years.length).toBeGreaterThan(15);
    for (const year of years) expect(dated.has(year), String(year)).toBe(true);
  });
  it('list the 1684 fall of Sayram with its source', () => {
    const s = stateAt(atlas, 1684);
    const sayram = s.events.filter((e) => e.places.includes('sayram'));
    expect(sayram.length).toBeGreaterThanOrEqual(2);
    for (const e of s.events) {
      expect(e.source.quote.length).toBeGreaterThan(5);
      expect(e.source.section).toMatch(/Infobox|Introduction|Background|Course of the War|Aftermath/);
    }
  });
  it('mark most routes as reconstructions', () => {
    const routes = atlas.routes.features;
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes.filter((r) => r.properties.certainty !== 'attested').length).toBeGreaterThan(
      routes.length / 2,
    );
    expect(stateAt(atlas, 1681).routes.some((r) => /Galdan/.test(r.commander))).toBe(true);
  });
});

describe('borders', () => {
  it('say what they rest on: the Dzungar–Altishahr and Tibetan borders run along crests, the Kazakh along rivers', () => {
    const s = stateAt(atlas, 1681);
    const { dzungar, kazakh, tibet } = s.territories;
    expect(dzungar!.edges.crest).toBeGreaterThan(1500); // Kokshaal-Too, Halyk-Tau, Kunlun, Dzungarian Alatau, Altai
    expect(tibet!.edges.crest).toBeGreaterThan(2000); // Himalaya and Kunlun
    expect(kazakh!.edges.river).toBeGreaterThan(2000); // Ural, Syr Darya, Irtysh, Ayagoz
    expect(kazakh!.edges.shore).toBeGreaterThan(1000); // Caspian and Aral
    for (const [polity, t] of Object.entries(s.territories)) {
      const total = t.edges.shore + t.edges.river + t.edges.crest + t.edges.uncertain;
      expect(t.uncertainShare, polity).toBeCloseTo(t.edges.uncertain / total, 1);
    }
  });

  it('draw every piece of outline with its kind, and no uncertain piece runs straight for more than 150 km', () => {
    for (const shape of atlas.shapes) {
      expect(shape.outline.features.length).toBeGreaterThan(0);
      for (const f of shape.outline.features) {
        expect(['shore', 'river', 'crest', 'uncertain']).toContain(f.properties.edge);
        if (f.properties.edge !== 'uncertain') continue;
        const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const line of lines)
          for (let i = 1; i < line.length; i++)
            expect(
              distance(line[i - 1]!, line[i]!),
              JSON.stringify([line[i - 1], line[i]]),
            ).toBeLessThanOrEqual(150);
      }
    }
  });
});

describe('what the article dates as a capture or a submission changes the map that year', () => {
  const inLandOf = (polity: string, year: number, lonLat: [number, number]) =>
    booleanPointInPolygon(point(lonLat), stateAt(atlas, year).territories[polity]!.geometry);

  it('Galdan takes Andijan, Bukhara and Samarkand in 1686; Bukhara sends Tauke an army in 1687', () => {
    for (const id of ['andijan', 'bukhara', 'samarkand']) expect(control(id, 1686), id).toBe('dzungar');
    expect(control('bukhara', 1685)).toBe('bukhara');
    expect(inLandOf('dzungar', 1686, [64.42, 39.77])).toBe(true); // Bukhara's oasis
    expect(inLandOf('bukhara', 1686, [64.42, 39.77])).toBe(false);
    expect(stateAt(atlas, 1686).changes.find((c) => c.polity === 'bukhara')!.lostKm2).toBeGreaterThan(3000);
    expect(control('bukhara', 1687)).toBe('bukhara');
    expect(control('samarkand', 1687)).toBe('bukhara');
    expect(inLandOf('bukhara', 1687, [66.96, 39.65])).toBe(true);
  });

  it('the Khalkha lands pass to the Qing with the Dolon Nor submission (1687)', () => {
    expect(stateAt(atlas, 1686).territories.khalkha).toBeDefined();
    expect(control('jao-modo', 1686)).toBe('khalkha');
    expect(stateAt(atlas, 1687).territories.khalkha).toBeUndefined();
    expect(control('jao-modo', 1687)).toBe('qing');
    expect(inLandOf('qing', 1687, [106.9, 47.9])).toBe(true); // Urga, in the heart of the Khalkha lands
    expect(stateAt(atlas, 1687).events.map((e) => e.id)).toContain('dolon-nor-assembly');
  });
});

describe('a change of hands says what it rests on', () => {
  const transfer = (year: number, land: string | null, to: string) =>
    atlas.byYear[year]!.transfers.find((t) => t.land === land && t.to === to)!;

  it('Jetisu’s annexation in 1684 is the article’s own: no mark', () => {
    const jetisu = transfer(1684, 'jetisu', 'dzungar');
    expect(jetisu.from).toBe('kazakh');
    expect(jetisu.conjectural).toBeUndefined();
    expect(jetisu.undated).toBeUndefined();
  });
  it('Tashkent and Sayram were never said to be Kazakh: their 1684 change is a conjecture', () => {
    expect(transfer(1684, 'tashkent', 'dzungar').conjectural).toBe(true);
    expect(transfer(1684, 'sayram', 'dzungar').conjectural).toBe(true);
  });
  it('the Baraba steppe and the Khalkha lands change in years the article does not give', () => {
    expect(transfer(1684, 'baraba', 'dzungar')).toMatchObject({ from: null, undated: true });
    expect(transfer(1687, null, 'qing')).toMatchObject({ from: 'khalkha', undated: true });
  });
  it('Bukhara’s return in 1687 is the atlas’s inference', () => {
    expect(transfer(1687, 'bukhara', 'bukhara')).toMatchObject({ from: 'dzungar', conjectural: true });
  });
});
