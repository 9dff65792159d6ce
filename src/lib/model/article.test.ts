import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSections, quoteInSection } from './article.ts';

const text = readFileSync(new URL('../../../geo/source/article.txt', import.meta.url), 'utf8');
const sections = articleSections(text);

describe('articleSections', () => {
  it('splits the seed article into its sections', () => {
    expect(sections.Infobox).toContain('Result: Dzungar victory');
    expect(sections.Introduction).toContain('second part of the century long conflict');
    expect(sections.Background).toContain('Salqam Jangir Khan');
    expect(sections['Course of the War']).toContain(
      'Tsewang Rabtan had successfully took the city of Sayram',
    );
    expect(sections.Aftermath).toContain('Jao Modo');
  });
  it('keeps sections apart', () => {
    expect(sections.Background).not.toContain('Jao Modo');
    expect(sections.Introduction).not.toContain('Salqam');
  });
});

describe('quoteInSection', () => {
  it('finds verbatim quotes across line breaks only in their section', () => {
    expect(quoteInSection(sections, { section: 'Aftermath', quote: 'Battle of Jao Modo' })).toBe(true);
    expect(quoteInSection(sections, { section: 'Background', quote: 'Battle of Jao Modo' })).toBe(false);
    expect(quoteInSection(sections, { section: 'Aftermath', quote: 'Battle of  Jao\nModo' })).toBe(true);
    expect(quoteInSection(sections, { section: 'Aftermath', quote: 'Battle of Jao Mode' })).toBe(false);
    expect(quoteInSection(sections, { section: 'Aftermath', quote: ' ' })).toBe(false);
  });
});
