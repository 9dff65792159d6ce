// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Localizer } from '../i18n/localizer.ts';
import { SECTION_KEYS } from '../i18n/messages.ts';
import type { Question } from './question.ts';
import { escapeHtml, worksheetHtml } from './worksheet.ts';

const atlas = testAtlas();
const en = new Localizer('en', atlas, null);
const ru = new Localizer('ru', atlas, null);

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const questions: Question[] = [
  {
    id: 'holder:sayram:1684',
    kind: 'holder',
    prompt: '<img src=x onerror="alert(1)"> Who held Sayram in 1684?',
    options: [
      { id: 'dzungar', label: 'Dzungar Khanate & allies' },
      { id: 'kazakh', label: '«Тәуке» <script>alert(1)</script>' },
      { id: 'none', label: `"no one" 'at all'` },
    ],
    answer: 'dzungar',
    year: 1684,
    place: 'sayram',
    source: { section: 'Course of the War', quote: 'Galdan took “Sayram” in 1684 </p><b>x</b>' },
  },
  {
    id: 'when:battle',
    kind: 'when',
    prompt: 'Когда это было?',
    options: [
      { id: '1681', label: '1681' },
      { id: '1682', label: '1682' },
      { id: '1683', label: '1683' },
      { id: '1684', label: '1684' },
    ],
    answer: '1683',
    year: 1683,
    source: { section: 'Infobox', quote: 'Dzungar victory' },
  },
];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sheet = (over: Partial<Parameters<typeof worksheetHtml>[0]> = {}) =>
  parse(worksheetHtml({ questions, text: en, picture: PNG, year: 1684, title: 'Class 7B', ...over }));
const text = (el: Element | null | undefined) => el?.textContent?.trim();

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('worksheetHtml', () => {
  it('is a complete document in the atlas’s language, set up for A4', () => {
    const html = worksheetHtml({ questions, text: ru, picture: null, year: 1684, title: 'Лист' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const doc = parse(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('ru');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('Лист');
    const style = doc.querySelector('style')!.textContent!;
    expect(style).toContain('@page { size: A4; margin: 15mm; }');
    expect(style).toMatch(/\.question \{[^}]*break-inside: avoid/);
    expect(style).toContain("'Noto Serif', Georgia, serif");
  });

  it('has a header with the title, the year and lines for name and date', () => {
    const doc = sheet();
    expect(text(doc.querySelector('header h1'))).toBe('Class 7B');
    expect(text(doc.querySelector('header .year'))).toBe(en.t('worksheet.year', { year: 1684 }));
    const student = text(doc.querySelector('header .student'));
    expect(student).toContain(en.t('worksheet.name'));
    expect(student).toContain(en.t('worksheet.date'));
  });

  it('lists each question in order with its options as tick boxes and its section', () => {
    const items = [...sheet().querySelectorAll('ol.questions > li')];
    expect(items).toHaveLength(questions.length);
    items.forEach((li, i) => {
      const q = questions[i]!;
      expect(text(li.querySelector('.prompt'))).toBe(q.prompt);
      const options = [...li.querySelectorAll('.options > li')];
      expect(options.map((o) => text(o))).toEqual(q.options.map((o) => o.label));
      expect(options.every((o) => o.querySelector('.box'))).toBe(true);
      const section = en.t(SECTION_KEYS[q.source.section]);
      expect(text(li.querySelector('.source'))).toBe(en.t('worksheet.source', { section }));
      // The quote would give the answer away.
      expect(li.textContent).not.toContain(q.source.quote);
    });
  });

  it('puts the answer key after a page break, with each right answer and its quote', () => {
    const doc = sheet();
    const key = doc.querySelector('section.answers')!;
    const list = doc.querySelector('ol.questions')!;
    expect(list.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(doc.querySelector('style')!.textContent).toMatch(/\.answers \{[^}]*break-before: page/);
    expect(text(key.querySelector('h2'))).toBe(en.t('worksheet.answers'));
    const items = [...key.querySelectorAll('ol > li')];
    expect(items).toHaveLength(questions.length);
    items.forEach((li, i) => {
      const q = questions[i]!;
      expect(text(li.querySelector('.answer'))).toBe(q.options.find((o) => o.id === q.answer)!.label);
      const quote = text(li.querySelector('.quote'))!;
      expect(quote).toContain(q.source.quote);
      expect(quote).toContain(en.t(SECTION_KEYS[q.source.section]));
    });
  });

  it('keeps hostile text as text: no script, no injected element or attribute', () => {
    const doc = sheet({ title: '</title><script>alert(1)</script>' });
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('b, [onerror]')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(text(doc.querySelector('.answers .quote'))).toContain('</p><b>x</b>');
  });

  it('shows the snapshot and only a data: image or a blob: URL, attribute-escaped', () => {
    expect(sheet().querySelector('figure img')?.getAttribute('src')).toBe(PNG);
    expect(sheet().querySelector('figure img')?.getAttribute('alt')).toBe(
      en.t('worksheet.mapAlt', { year: 1684 }),
    );
    const blob = 'blob:http://localhost:5173/4f1c-9a';
    expect(sheet({ picture: blob }).querySelector('img')?.getAttribute('src')).toBe(blob);
    for (const picture of [
      null,
      'javascript:alert(1)',
      'http://example.com/map.png',
      ' data:image/png,x',
      'data:text/html,x',
    ])
      expect(sheet({ picture }).querySelector('img'), String(picture)).toBeNull();
    const hostile = 'data:image/png;base64,AA" onerror="alert(1)';
    const img = sheet({ picture: hostile }).querySelector('img')!;
    expect(img.getAttribute('src')).toBe(hostile);
    expect(img.hasAttribute('onerror')).toBe(false);
  });

  it('loads nothing from the network', () => {
    const doc = sheet({ picture: null });
    expect(doc.querySelectorAll('[src], [href], link, script, iframe, object')).toHaveLength(0);
    expect(doc.querySelector('style')!.textContent).not.toMatch(/url\(|@import/);
  });
});
