import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { GEO_DIR } from '../../../geo/build/atlas-data.ts';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { articleSections, normaliseSpace } from './article.ts';
import type { AtlasData } from './atlasData.ts';
import {
  EVENT_COLUMNS,
  csvField,
  eventsCsv,
  featuresIn,
  openDataGeoJSON,
  openDataReadme,
  type OpenDataFeature,
} from './openData.ts';
import { stateAt } from './yearState.ts';
import type { YearState } from './types.ts';

let data: AtlasData;
let geojson: ReturnType<typeof openDataGeoJSON>;
beforeAll(() => {
  data = testAtlas();
  // Through JSON, as a reader of dist/data/war-atlas.geojson gets it.
  geojson = JSON.parse(JSON.stringify(openDataGeoJSON(data)));
});

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}

const ofKind = (features: OpenDataFeature[], kind: string) =>
  features.filter((f) => f.properties.kind === kind);

describe('war-atlas.geojson', () => {
  it('gives back every year exactly: territories, control and routes, for 1652–1697', () => {
    expect(data.years).toEqual({ min: 1652, max: 1697 });
    for (let year = data.years.min; year <= data.years.max; year++) {
      const state = stateAt(data, year);
      const features = featuresIn(geojson, year);

      const territories: Record<string, YearState['territories'][string]> = {};
      for (const f of ofKind(features, 'territory')) {
        const p = f.properties;
        expect(territories[p.polity!], `${year}: one ${p.polity}`).toBeUndefined();
        territories[p.polity!] = {
          areaKm2: p.area_km2!,
          geometry: f.geometry as Polygon | MultiPolygon,
          edges: {
            shore: p.border_shore_km!,
            river: p.border_river_km!,
            crest: p.border_crest_km!,
            uncertain: p.border_uncertain_km!,
          },
          uncertainShare: p.border_uncertain_share!,
        };
      }
      expect(territories, `territories in ${year}`).toEqual(state.territories);
      // Each territory's outline pieces, with what they rest on.
      for (const [polity, index] of Object.entries(data.byYear[year]!.territories)) {
        const pieces = ofKind(features, 'border').filter((f) => f.properties.polity === polity);
        const sorted = (list: { edge?: string; geometry: unknown }[]) =>
          list.map((p) => JSON.stringify({ edge: p.edge, geometry: p.geometry })).sort();
        expect(
          sorted(pieces.map((f) => ({ edge: f.properties.edge, geometry: f.geometry }))),
          `${year}: ${polity}'s border pieces`,
        ).toEqual(
          sorted(
            data.shapes[index]!.outline.features.map((f) => ({
              edge: f.properties.edge,
              geometry: f.geometry,
            })),
          ),
        );
      }

      const control: Record<string, string> = {};
      for (const f of [
        ...ofKind(features, 'town'),
        ...ofKind(features, 'site'),
        ...ofKind(features, 'region'),
      ]) {
        expect(control[f.properties.id], `${year}: one ${f.properties.id}`).toBeUndefined();
        if (f.properties.holder) control[f.properties.id] = f.properties.holder;
      }
      expect(control, `control in ${year}`).toEqual(state.control);

      const routes = ofKind(features, 'route').map((f) => ({
        id: f.properties.id,
        year: Number(f.properties.start_date),
        commander: f.properties.commander,
        lengthKm: f.properties.length_km,
        certainty: f.properties.certainty,
        geometry: f.geometry,
      }));
      expect(routes, `routes in ${year}`).toEqual(state.routes);
    }
  });

  it('dates every feature with ISO years, end exclusive, and merges unchanged years', () => {
    for (const f of geojson.features) {
      const { id, kind, start_date, end_date } = f.properties;
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(['territory', 'border', 'town', 'site', 'region', 'route']).toContain(kind);
      expect(start_date).toMatch(/^\d{4}$/);
      expect(end_date).toMatch(/^\d{4}$/);
      expect(Number(end_date)).toBeGreaterThan(Number(start_date));
    }
    // Jetisu changes hands in 1670 and 1684 only: three features, not 46.
    const jetisu = geojson.features.filter(
      (f) => f.properties.kind === 'region' && f.properties.id === 'jetisu',
    );
    expect(jetisu.map((f) => [f.properties.holder, f.properties.start_date, f.properties.end_date])).toEqual([
      ['dzungar', '1652', '1670'],
      ['kazakh', '1670', '1684'],
      ['dzungar', '1684', '1698'],
    ]);
    // No two features of one thing with the same holder and geometry touch in time.
    const byThing = new Map<string, OpenDataFeature[]>();
    for (const f of geojson.features) {
      const key = `${f.properties.kind}/${f.properties.id}`;
      byThing.set(key, [...(byThing.get(key) ?? []), f]);
    }
    for (const [key, list] of byThing)
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!, list[i]!];
        if (a.properties.end_date !== b.properties.start_date) continue;
        const same =
          a.properties.holder === b.properties.holder &&
          JSON.stringify(a.geometry) === JSON.stringify(b.geometry);
        expect(same, `${key} at ${b.properties.start_date}`).toBe(false);
      }
    // Feature ids are unique.
    const ids = geojson.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names towns’ holders, Sayram’s included, year by year', () => {
    const sayram = (year: number) =>
      featuresIn(geojson, year).find((f) => f.properties.kind === 'town' && f.properties.id === 'sayram');
    expect(sayram(1683)!.properties.holder).toBe('kazakh');
    expect(sayram(1684)!.properties.holder).toBe('dzungar');
  });

  it('names everything in Kazakh and Russian too, given the tables', () => {
    const read = (lang: string) => JSON.parse(readFileSync(`${GEO_DIR}/i18n/${lang}.json`, 'utf8'));
    const named = openDataGeoJSON(data, { kk: read('kk'), ru: read('ru') });
    const find = (kind: string, id: string) =>
      named.features.find((f) => f.properties.kind === kind && f.properties.id === id)!.properties;
    expect(find('town', 'sayram')['name:kk']).toBe('Сайрам');
    expect(find('region', 'jetisu')['name:ru']).toBe('Семиречье');
    expect(find('territory', 'kazakh')['name:kk']).toBe('Қазақ хандығы');
    expect(named.features.every((f) => f.properties['name:kk'] && f.properties['name:ru'])).toBe(true);
    // Without the tables, English only.
    expect(geojson.features[0]!.properties['name:kk']).toBeUndefined();
  });
});

describe('events.csv', () => {
  it('round-trips every event, its quote verbatim and found in its section of the article', () => {
    const csv = eventsCsv(data);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(data.events.length);
    const sections = articleSections(readFileSync(`${GEO_DIR}/source/article.txt`, 'utf8'));
    rows.forEach((row, i) => {
      const event = data.events[i]!;
      const [year, id, title, places, section, quote] = row;
      expect({
        year: Number(year),
        id,
        title,
        places: places ? places.split(';') : [],
        section,
        quote,
      }).toEqual({
        year: event.year,
        id: event.id,
        title: event.title,
        places: event.places,
        section: event.source.section,
        quote: event.source.quote,
      });
      const inArticle = normaliseSpace(sections[event.source.section]);
      expect(inArticle, `${id}'s quote`).toContain(normaliseSpace(quote!));
    });
    // The data has quotes with commas and apostrophes: they survive.
    expect(rows.some((r) => r[5]!.includes(','))).toBe(true);
  });

  it('quotes fields the RFC 4180 way', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(parseCsv(`${csvField('he said "no", twice')},x\r\n`)).toEqual([['he said "no", twice', 'x']]);
  });
});

describe('data/README.md', () => {
  it('gives the licence and explains the dates', () => {
    const readme = openDataReadme(data);
    expect(readme).toContain('CC BY-SA');
    expect(readme).toContain('start_date');
    expect(readme).toContain('events.csv');
  });
});
