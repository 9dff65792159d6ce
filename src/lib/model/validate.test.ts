import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError, validateHistory, type HistoryKey } from './validate.ts';

const article = readFileSync(new URL('../../../geo/source/article.txt', import.meta.url), 'utf8');
const source = { section: 'Course of the War', quote: 'Galdan arrived to the city of Sayram' };
const ring = [
  [76, 43],
  [80, 43],
  [80, 46],
  [76, 46],
  [76, 43],
];

/** A small, valid history: every test breaks one thing in a fresh copy. */
function fixture(): Record<HistoryKey, any> {
  return structuredClone({
    polities: [
      { id: 'dzungar', name: 'Dzungar Khanate', shortName: 'Dzungars', source },
      { id: 'kazakh', name: 'Kazakh Khanate', shortName: 'Kazakhs', source },
    ],
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'sayram',
            name: 'Sayram',
            altNames: [],
            kind: 'city',
            certainty: 'attested',
            tracked: true,
            source,
          },
          geometry: { type: 'Point', coordinates: [69.77, 42.3] },
        },
      ],
    },
    regions: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'jetisu',
            name: 'Jetisu',
            altNames: [],
            certainty: 'approximate',
            labelled: true,
            source,
            note: 'n',
          },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    },
    extents: { type: 'FeatureCollection', features: [] },
    holdings: [
      { id: 'h', region: 'jetisu', polity: 'kazakh', start: 1670, event: 'siege', certainty: 'approximate' },
    ],
    routes: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'march',
            year: 1681,
            polity: 'dzungar',
            commander: 'Galdan',
            armySize: null,
            via: ['sayram'],
            certainty: 'approximate',
            source,
            note: 'n',
          },
          geometry: {
            type: 'LineString',
            coordinates: [
              [80, 44],
              [69.77, 42.3],
            ],
          },
        },
      ],
    },
    events: [
      { id: 'siege', year: 1681, places: ['sayram'], title: 'Siege', text: 'Fails.', kind: 'siege', source },
      {
        id: 'take',
        year: 1684,
        places: ['sayram'],
        title: 'Taken',
        text: 'Taken.',
        kind: 'capture',
        control: { sayram: 'dzungar' },
        source,
      },
    ],
  });
}

/** The problems validation reports for a broken fixture, as "file|feature|field". */
function problems(edit: (h: Record<HistoryKey, any>) => void): string[] {
  const h = fixture();
  edit(h);
  try {
    validateHistory(h, article);
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${p.file}|${p.feature}|${p.field}`);
    throw e;
  }
  return [];
}

describe('validateHistory', () => {
  it('accepts the valid fixture', () => {
    expect(problems(() => {})).toEqual([]);
  });
  it('names file, feature and field of a missing name', () => {
    expect(problems((h) => delete h.places.features[0].properties.name)).toEqual([
      'places.geojson|sayram|name',
    ]);
  });
  it('rejects a quote that is not in the article', () => {
    expect(
      problems(
        (h) => (h.events[0].source = { section: 'Course of the War', quote: 'Galdan took Turkistan' }),
      ),
    ).toEqual(['events.json|siege|source.quote']);
  });
  it('rejects a quote attributed to the wrong section', () => {
    expect(problems((h) => (h.events[0].source = { ...source, section: 'Aftermath' }))).toEqual([
      'events.json|siege|source.quote',
    ]);
  });
  it('rejects unknown ids in references', () => {
    expect(problems((h) => (h.routes.features[0].properties.via = ['samarkand']))).toEqual([
      'routes.geojson|march|via[0]',
    ]);
    expect(problems((h) => (h.events[1].control = { sayram: 'mongols' }))).toEqual([
      'events.json|take|control.sayram',
    ]);
    expect(problems((h) => (h.holdings[0].event = 'nothing'))).toEqual(['holdings.json|h|event']);
  });
  it('takes undated as true or not at all', () => {
    expect(problems((h) => (h.events[0].undated = true))).toEqual([]);
    expect(problems((h) => (h.events[0].undated = 'yes'))).toEqual(['events.json|siege|undated']);
  });
  it('rejects years out of range and out of order', () => {
    expect(problems((h) => (h.events[0].year = 1720))).toContain('events.json|siege|year');
    expect(problems((h) => ([h.events[0].year, h.events[1].year] = [1684, 1681]))).toEqual([
      'events.json|take|year',
    ]);
    expect(problems((h) => (h.holdings[0].end = 1660))).toEqual(['holdings.json|h|end']);
  });
  it('rejects broken geometry: open rings, self-intersections, bad coordinates', () => {
    expect(problems((h) => h.regions.features[0].geometry.coordinates[0].pop())).toEqual([
      'regions.geojson|jetisu|geometry.coordinates',
    ]);
    const bowtie = [
      [76, 43],
      [80, 46],
      [80, 43],
      [76, 46],
      [76, 43],
    ];
    expect(problems((h) => (h.regions.features[0].geometry.coordinates = [bowtie]))).toEqual([
      'regions.geojson|jetisu|geometry.coordinates',
    ]);
    expect(problems((h) => (h.places.features[0].geometry.coordinates = [200, 42]))).toEqual([
      'places.geojson|sayram|geometry.coordinates',
    ]);
    expect(problems((h) => (h.routes.features[0].geometry = { type: 'Point', coordinates: [1, 2] }))).toEqual(
      ['routes.geojson|march|geometry.type'],
    );
  });
  it('rejects bad ids and duplicates', () => {
    expect(problems((h) => (h.places.features[0].properties.id = 'Sayram City'))).toContain(
      'places.geojson|#0|id',
    );
    expect(problems((h) => h.polities.push({ ...h.polities[0] }))).toEqual(['polities.json|dzungar|id']);
  });
  it('rejects a file of the wrong shape without a stack trace', () => {
    expect(problems((h) => (h.places = []))).toContain('places.geojson|(file)|type');
    expect(problems((h) => (h.events = { not: 'a list' }))).toContain('events.json|(file)|(root)');
  });
  it('formats problems as one readable line each', () => {
    try {
      validateHistory(
        { ...fixture(), events: [{ ...fixture().events[0], certainty: 1, kind: 'picnic' }] },
        article,
      );
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe(
        'events.json: feature "siege": field "kind": expected one of battle, siege, capture, surrender, revolt, political, campaign, other',
      );
    }
  });
});
