// @vitest-environment jsdom
import { translate, type MessageKey } from '../i18n/messages.ts';
import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import type { AtlasData } from '../model/atlasData.ts';
import { SECTIONS, normaliseSpace } from '../model/article.ts';
import type { Source } from '../model/types.ts';
import SourcesPanel, { quotesBySection, useName } from './SourcesPanel.svelte';
import { Localizer } from '../i18n/localizer.ts';
import kkNames from '../../../geo/i18n/kk.json' with { type: 'json' };

let data: AtlasData;
let cited: Source[];
beforeAll(() => {
  data = testAtlas();
  cited = [
    ...data.events.map((e) => e.source),
    ...data.polities.map((p) => p.source),
    ...data.places.features.map((f) => f.properties.source),
    ...data.regions.features.map((f) => f.properties.source),
    ...data.routes.features.map((f) => f.properties.source),
  ];
});

const shownQuotes = () =>
  [...document.querySelectorAll('blockquote')].map((q) => q.textContent!.replace(/^“|”$/g, ''));

describe('SourcesPanel', () => {
  it('names the article with its licence', () => {
    render(SourcesPanel, { data });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sources');
    const title = document.querySelector('cite')!;
    expect(title.textContent).toBe('“Kazakh–Dzungar War (1681–1684)”');
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.parentElement!.textContent).toMatch(/encyclopedia article.*CC BY-SA/s);
  });

  it('shows every quote the data uses, once, as an English quotation', () => {
    render(SourcesPanel, { data });
    const shown = shownQuotes();
    expect(new Set(shown).size).toBe(shown.length);
    expect(new Set(shown)).toEqual(new Set(cited.map((s) => normaliseSpace(s.quote))));
    for (const q of document.querySelectorAll('blockquote')) expect(q.getAttribute('lang')).toBe('en');
  });

  it('groups the quotes under their sections, in the article’s order', () => {
    render(SourcesPanel, { data });
    const used = SECTIONS.filter((s) => cited.some((c) => c.section === s));
    const headings = screen.getAllByRole('heading', { level: 4 });
    expect(headings.map((h) => h.textContent)).toEqual(used);
    for (const heading of headings) {
      const list = heading.nextElementSibling!;
      const quotes = [...list.querySelectorAll('blockquote')].map((q) => q.textContent!);
      expect(quotes.length).toBeGreaterThan(0);
      const section = heading.textContent;
      const expected = cited.find((c) => c.section === section)!.quote;
      expect(quotes).toContain(`“${normaliseSpace(expected)}”`);
    }
  });

  it('says what uses each quote: events, places, regions and marches together', () => {
    render(SourcesPanel, { data });
    const turkistan = [...document.querySelectorAll('figure')].find((f) =>
      f.querySelector('blockquote')!.textContent!.includes('Turkistan was not captured'),
    )!;
    const caption = turkistan.querySelector('figcaption')!.textContent!;
    expect(caption).toMatch(/Used by:.*Event.*Turkistan holds out.*Place.*Turkistan/s);
    expect(document.body.textContent).toMatch(/March\s*Galdan, 1671/);
  });

  it('credits the basemap, font and libraries with their licences', () => {
    render(SourcesPanel, { data });
    const credits = [...document.querySelectorAll('.credits li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    const gshhg = credits.find((c) => c.includes('GSHHG'))!;
    expect(gshhg).toMatch(/Rivers, lakes and shorelines.*LGPL-3\.0-or-later/);
    expect(credits.find((c) => c.includes('DCW'))).toMatch(/Modern borders.*LGPL-3\.0-or-later/);
    expect(credits.find((c) => c.includes('Noto Serif'))).toMatch(/SIL Open Font License 1\.1/);
    expect(credits.find((c) => c.includes('MapLibre GL JS'))).toMatch(/BSD-3-Clause/);
    expect(credits.find((c) => c.startsWith('Territory geometry'))).toMatch(/Turf.*MIT/);
  });

  it('links the open data files beside the atlas, with their licence', () => {
    render(SourcesPanel, { data, dataFolder: 'https://atlas.example/war-atlas/data/' });
    expect(screen.getByRole('heading', { name: 'Open data' })).toBeTruthy();
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Map data (GeoJSON)')).toBe('https://atlas.example/war-atlas/data/war-atlas.geojson');
    expect(href('Events (CSV)')).toBe('https://atlas.example/war-atlas/data/events.csv');
    expect(href('About the files')).toBe('https://atlas.example/war-atlas/data/README.md');
    const note = screen.getByRole('heading', { name: 'Open data' }).nextElementSibling!;
    expect(note.textContent).toMatch(/QGIS.*Licence: CC BY-SA/s);
  });

  it('speaks the language of the `t` it is given', () => {
    const t = (key: string) =>
      ({ 'sources.title': 'Дереккөздер', 'sources.usedBy': 'Қолданылады' })[key] ??
      translate('en', key as MessageKey);
    render(SourcesPanel, { data, t });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Дереккөздер');
    expect(document.body.textContent).toContain('Қолданылады:');
    expect(screen.getByRole('heading', { name: 'Quotations used' })).toBeTruthy();
  });
});

describe('useName', () => {
  it('names what uses a quote in the reader’s language', () => {
    const kk = new Localizer('kk', data, kkNames);
    expect(useName(kk, data, { kind: 'region', id: 'jetisu', name: 'Jetisu' })).toBe('Жетісу');
    expect(useName(kk, data, { kind: 'polity', id: 'dzungar', name: 'Dzungar Khanate' })).toBe(
      'Жоңғар хандығы',
    );
    const event = data.events.find((e) => e.id === 'tashkent-surrenders')!;
    expect(useName(kk, data, { kind: 'event', id: event.id, name: event.title })).toBe('Ташкент бой ұсынады');
    const route = data.routes.features[0]!.properties;
    expect(useName(kk, data, { kind: 'route', id: route.id, name: '' })).toMatch(
      new RegExp(`^${kk.commander(route)}, ${route.year}$`),
    );
    const en = new Localizer('en', data, null);
    expect(useName(en, data, { kind: 'region', id: 'jetisu', name: 'Jetisu' })).toBe('Jetisu');
  });
});

describe('quotesBySection', () => {
  it('merges quotes that differ only in white space and lists each user once', () => {
    const source = (quote: string): Source => ({ section: 'Aftermath', quote });
    const fixture = {
      ...data,
      events: [
        { ...data.events[0]!, title: 'A', source: source('Galdan  attacked\nthe Khanate') },
        { ...data.events[0]!, title: 'A', source: source('Galdan attacked the Khanate') },
      ],
      polities: [{ ...data.polities[0]!, name: 'P', source: source('Galdan attacked the Khanate') }],
      places: { ...data.places, features: [] },
      regions: { ...data.regions, features: [] },
      routes: { ...data.routes, features: [] },
    };
    expect(quotesBySection(fixture)).toEqual([
      {
        section: 'Aftermath',
        quotes: [
          {
            quote: 'Galdan attacked the Khanate',
            uses: [
              { kind: 'event', id: data.events[0]!.id, name: 'A' },
              { kind: 'polity', id: data.polities[0]!.id, name: 'P' },
            ],
          },
        ],
      },
    ]);
  });
});
