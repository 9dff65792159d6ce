import { describe, expect, it } from 'vitest';
import { embedSnippets, quizLink } from './snippets.ts';

describe('embedSnippets', () => {
  it('gives a script tag and an element for the view', () => {
    const { tag } = embedSnippets('https://atlas.example/war/', { year: 1684, place: 'sayram', lang: 'en' });
    expect(tag).toBe(
      '<script type="module" src="https://atlas.example/war/war-atlas.js"></script>\n' +
        '<war-atlas year="1684" place="sayram" lang="en" style="height: 600px"></war-atlas>',
    );
  });
  it('carries a comparison into both', () => {
    const { tag, iframe } = embedSnippets('https://atlas.example/war/', {
      year: 1685,
      place: null,
      lang: 'en',
      compare: 1680,
    });
    expect(tag).toContain('<war-atlas year="1685" lang="en" compare="1680"');
    expect(iframe).toContain('embed.html?year=1685&amp;lang=en&amp;compare=1680"');
  });
  it('gives an iframe with the view in its URL', () => {
    const { iframe } = embedSnippets('https://atlas.example/war', { year: 1681, place: null, lang: 'en' });
    expect(iframe).toContain('src="https://atlas.example/war/embed.html?year=1681&amp;lang=en"');
    expect(iframe).toContain('title="Map of the Kazakh–Dzungar War, 1681–1684"');
  });
  it('escapes what could break out of an attribute', () => {
    const { tag, iframe } = embedSnippets('https://a.example/"><script>/', {
      year: 1684,
      place: '"x',
      lang: 'en',
    });
    expect(tag).not.toContain('"><script>');
    expect(iframe).not.toContain('"><script>');
  });
});

describe('quizLink', () => {
  it('opens the standalone page with the set and the language', () => {
    expect(quizLink('https://atlas.example/war/', 4711, 'kk')).toBe(
      'https://atlas.example/war/?quiz=4711&lang=kk',
    );
    expect(quizLink('https://atlas.example/war', 12.7, 'ru')).toBe(
      'https://atlas.example/war/?quiz=12&lang=ru',
    );
    expect(quizLink('', 3, 'en')).toBe('./?quiz=3&lang=en');
  });
});
