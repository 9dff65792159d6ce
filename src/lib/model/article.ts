import type { Source } from './types.ts';

export type SectionName = Source['section'];
/** The atlas's only historical source, and its licence (as geo/SOURCES.md gives it). */
export const ARTICLE_TITLE = 'Kazakh–Dzungar War (1681–1684)';
export const ARTICLE_LICENCE = 'CC BY-SA';
export const SECTIONS: readonly SectionName[] = [
  'Infobox',
  'Introduction',
  'Background',
  'Course of the War',
  'Aftermath',
];

/**
 * Splits the seed article into its sections. The untitled paragraphs after the infobox are the
 * "Introduction"; `== Heading ==` lines open the others.
 *
 * @example articleSections(text)['Background'].includes('Salqam Jangir') // true
 */
export function articleSections(text: string): Record<SectionName, string> {
  const sections: Record<SectionName, string> = {
    Infobox: '',
    Introduction: '',
    Background: '',
    'Course of the War': '',
    Aftermath: '',
  };
  let current: SectionName | null = null;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^==\s*(.+?)\s*==$/.exec(line.trim());
    if (heading) {
      const name = heading[1] as SectionName;
      current = SECTIONS.includes(name) ? name : null;
      continue;
    }
    if (line.trim() === 'Infobox') {
      current = 'Infobox';
      continue;
    }
    // The first prose paragraph after the infobox bullets starts the introduction.
    if (current === 'Infobox' && line.trim() !== '' && !line.startsWith('- ')) current = 'Introduction';
    if (current) sections[current] += line + '\n';
  }
  return sections;
}

/** Collapses white space so quotes match across line breaks. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `quote` occurs verbatim (up to white space) in the named section. */
export function quoteInSection(sections: Record<SectionName, string>, source: Source): boolean {
  const body = sections[source.section];
  return (
    body !== undefined &&
    source.quote.trim() !== '' &&
    normaliseSpace(body).includes(normaliseSpace(source.quote))
  );
}
