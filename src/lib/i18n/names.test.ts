import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNames } from './loadNames.ts';
import {
  localBasemapName,
  localEventText,
  localEventTitle,
  localName,
  localPlaceName,
  localPolityName,
  localRegionName,
  localRegionNote,
  localRouteCommander,
  localRouteNote,
  type DataNames,
} from './names.ts';

// The files as on disk, so a new id in geo/history without a translation fails here.
const geo = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../geo/${path}`, import.meta.url), 'utf8'));
interface Props {
  properties: Record<string, unknown>;
}
const features = (path: string) => (geo(path) as { features: Props[] }).features.map((f) => f.properties);

const polities = geo('history/polities.json') as { id: string; name: string; shortName: string }[];
const events = geo('history/events.json') as { id: string; title: string; text: string }[];
const places = features('history/places.geojson') as { id: string; name: string }[];
const regions = features('history/regions.geojson') as { id: string; name: string; note: string }[];
const routes = features('history/routes.geojson') as { id: string; commander: string; note: string }[];
const BASEMAP_FILE = { water: 'water', rivers: 'rivers', ranges: 'range-labels' } as const;
const named = (layer: keyof typeof BASEMAP_FILE) =>
  features(`basemap/${BASEMAP_FILE[layer]}.geojson`)
    .map((p) => p.name)
    .filter((n): n is string => typeof n === 'string');

const tables = { kk: geo('i18n/kk.json') as DataNames, ru: geo('i18n/ru.json') as DataNames };
/** Cyrillic, so an English fallback cannot pass for a translation. */
const CYRILLIC = /[а-яёәғқңөұүһі]/i;

describe.each(['kk', 'ru'] as const)('%s names', (lang) => {
  const names = tables[lang];
  const localized = (text: string, what: string) => {
    expect(text, what).not.toBe('');
    expect(text, what).toMatch(CYRILLIC);
  };

  it('has every polity, full and short', () => {
    expect(polities.length).toBeGreaterThan(0);
    for (const p of polities) {
      localized(localPolityName(names, p), p.id);
      localized(localPolityName(names, p, true), `${p.id} short`);
      localized(localName(names, 'polities', p.id, ''), p.id);
    }
  });

  it('has every place', () => {
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) localized(localName(names, 'places', p.id, ''), p.id);
  });

  it('has every region, with its note', () => {
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) {
      localized(localName(names, 'regions', r.id, ''), r.id);
      localized(localRegionName(names, r.id, ''), r.id);
      localized(localRegionNote(names, r.id, ''), `${r.id} note`);
    }
  });

  it('has every event, title and text', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      localized(localEventTitle(names, { id: e.id, title: '' }), `${e.id} title`);
      localized(localEventText(names, { id: e.id, text: '' }), `${e.id} text`);
    }
  });

  it('has every route, commander and note', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      localized(localRouteCommander(names, { id: r.id, commander: '' }), `${r.id} commander`);
      localized(localRouteNote(names, { id: r.id, note: '' }), `${r.id} note`);
    }
  });

  it('has every named lake, sea, river and range of the basemap', () => {
    for (const layer of ['water', 'rivers', 'ranges'] as const) {
      const list = named(layer);
      expect(list.length, layer).toBeGreaterThan(0);
      for (const name of list) {
        const local = localBasemapName(names, layer, name);
        localized(local, `${layer} ${name}`);
      }
    }
  });

  it('tells the Ural range from the Ural river', () => {
    expect(localBasemapName(names, 'ranges', 'Ural')).not.toBe(localBasemapName(names, 'rivers', 'Ural'));
  });
});

describe('lookups', () => {
  const kk = tables.kk;

  it('use the data itself for English', () => {
    const dzungar = polities.find((p) => p.id === 'dzungar')!;
    expect(localPolityName(null, dzungar)).toBe('Dzungar Khanate');
    expect(localPolityName(null, dzungar, true)).toBe('Dzungars');
    expect(localPlaceName(null, 'sayram', 'Sayram')).toBe('Sayram');
    expect(localBasemapName(null, 'ranges', 'Ural')).toBe('Ural');
    expect(localEventTitle(null, { id: 'galdan-dies', title: 'Galdan dies' })).toBe('Galdan dies');
  });

  it('find places first, then regions', () => {
    expect(localPlaceName(kk, 'sayram', 'Sayram')).toBe('Сайрам');
    expect(localPlaceName(tables.ru, 'jetisu', 'Jetisu')).toBe('Семиречье');
  });

  it('fall back to the English for unknown ids, prototype names included', () => {
    for (const id of ['nowhere', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(localPlaceName(kk, id, 'fallback')).toBe('fallback');
      expect(localName(kk, 'basemap', id, 'fallback')).toBe('fallback');
      expect(localEventTitle(kk, { id, title: 'fallback' })).toBe('fallback');
      expect(localPolityName(kk, { id, name: 'fallback', shortName: 'fb' }, true)).toBe('fb');
    }
  });

  it('fall back when a table is incomplete or broken', () => {
    const partial = { places: { sayram: '' }, events: { x: 'not a record' } } as unknown as DataNames;
    expect(localPlaceName(partial, 'sayram', 'Sayram')).toBe('Sayram');
    expect(localEventTitle(partial, { id: 'x', title: 'X' })).toBe('X');
    expect(localBasemapName(partial, 'ranges', 'Ural')).toBe('Ural');
  });
});

describe('loadNames', () => {
  it('loads nothing for English', async () => {
    expect(await loadNames('en')).toBeNull();
  });

  it('loads the Kazakh and Russian tables', async () => {
    const [kk, ru] = await Promise.all([loadNames('kk'), loadNames('ru')]);
    expect(kk?.places.sayram).toBe('Сайрам');
    expect(ru?.regions.jetisu).toBe('Семиречье');
    expect(await loadNames('kk')).toBe(kk);
  });
});
