// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Localizer } from '../i18n/localizer.ts';
import { SECTION_KEYS } from '../i18n/messages.ts';
import { moodleXml } from './moodle.ts';
import type { Question } from './question.ts';

const atlas = testAtlas();
const en = new Localizer('en', atlas, null);
const kk = new Localizer('kk', atlas, null);

/** Text a parser, an HTML renderer or a careless template would each get wrong. */
const questions: Question[] = [
  {
    id: 'holder:sayram:1684 & <x>',
    kind: 'holder',
    prompt: '<script>alert("x")</script> Who held Sayram in 1684?',
    options: [
      { id: 'a', label: 'A & B &amp; C' },
      { id: 'b', label: '«Тәуке» хан ]]> end' },
      { id: 'c', label: `"Galdan" 'Boshugtu' <b>bold</b>` },
    ],
    answer: 'b',
    year: 1684,
    place: 'sayram',
    source: { section: 'Course of the War', quote: 'He took “Sayram” & <i>more</i> ]]>' },
  },
  {
    id: 'when:battle',
    kind: 'when',
    prompt: 'Қашан болды? Когда это было?',
    options: [
      { id: '1681', label: '1681' },
      { id: '1683', label: '1683' },
      { id: '1684', label: '1684' },
      { id: '1682', label: '1682' },
    ],
    answer: '1681',
    year: 1681,
    source: { section: 'Infobox', quote: 'Dzungar victory' },
  },
  {
    id: 'where:tashkent',
    kind: 'where',
    prompt: 'Where was it? ]]><![CDATA[',
    options: [
      { id: 'tashkent', label: 'Ташкент' },
      { id: 'sayram', label: 'Сайрам' },
      { id: 'turkestan', label: 'Түркістан' },
    ],
    answer: 'sayram',
    place: 'sayram',
    source: { section: 'Aftermath', quote: 'Tauke\'s "loss"' },
  },
];

const parseXml = (file: string) => new DOMParser().parseFromString(file, 'application/xml');
/** What Moodle would show for a `format="html"` text: its HTML read back as text. */
const shown = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent;
const child = (el: Element, ...path: string[]): Element => {
  let at = el;
  for (const name of path) at = [...at.children].find((c) => c.tagName === name)!;
  return at;
};

describe('moodleXml', () => {
  it('parses as XML with one multichoice question per question, in order', () => {
    const doc = parseXml(moodleXml(questions, en));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('quiz');
    const mc = doc.querySelectorAll('question[type="multichoice"]');
    expect(mc).toHaveLength(questions.length);
    expect([...mc].map((q) => child(q, 'idnumber').textContent)).toEqual(questions.map((q) => q.id));
  });

  it('gives back every prompt, option, name and feedback exactly as written', () => {
    const doc = parseXml(moodleXml(questions, kk));
    const mc = [...doc.querySelectorAll('question[type="multichoice"]')];
    expect(mc).toHaveLength(questions.length);
    mc.forEach((el, i) => {
      const q = questions[i]!;
      expect(el.getAttribute('type')).toBe('multichoice');
      expect(shown(child(el, 'questiontext', 'text').textContent!)).toBe(q.prompt);
      expect(child(el, 'name', 'text').textContent).toBe(kk.t(`moodle.name.${q.kind}`, { n: i + 1 }));
      const section = kk.t(SECTION_KEYS[q.source.section]);
      expect(shown(child(el, 'generalfeedback', 'text').textContent!)).toBe(
        kk.t('worksheet.quote', { quote: q.source.quote, source: kk.t('source.caption', { section }) }),
      );
      const answers = [...el.children].filter((c) => c.tagName === 'answer');
      expect(answers.map((a) => shown(child(a, 'text').textContent!))).toEqual(q.options.map((o) => o.label));
      expect(answers.every((a) => a.getAttribute('format') === 'html')).toBe(true);
    });
  });

  it('marks exactly one answer right, the right one', () => {
    const mc = [...parseXml(moodleXml(questions, en)).querySelectorAll('question[type="multichoice"]')];
    expect(mc).toHaveLength(questions.length);
    mc.forEach((el, i) => {
      const q = questions[i]!;
      const right = [...el.querySelectorAll('answer')].filter((a) => a.getAttribute('fraction') === '100');
      expect(right).toHaveLength(1);
      expect(shown(child(right[0]!, 'text').textContent!)).toBe(
        q.options.find((o) => o.id === q.answer)!.label,
      );
      const fractions = [...el.querySelectorAll('answer')].map((a) => a.getAttribute('fraction'));
      expect(fractions.filter((f) => f !== '100').every((f) => f === '0')).toBe(true);
    });
  });

  it('escapes HTML text twice: once for HTML, once for the XML around it', () => {
    const file = moodleXml(questions, en);
    expect(file).toContain('<text>A &amp;amp; B &amp;amp;amp; C</text>');
    expect(file).toContain('&amp;lt;script&amp;gt;');
    expect(file).not.toContain('<script');
    // Read only once, as a plain XML reader would, the text is still HTML-escaped.
    const prompt = parseXml(file).querySelector('questiontext > text')!.textContent;
    expect(prompt).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Who held Sayram in 1684?');
  });

  it('sets the grading Moodle needs for a single-answer question', () => {
    const el = parseXml(moodleXml(questions, en)).querySelector('question[type="multichoice"]')!;
    const value = (name: string) => child(el, name).textContent;
    expect(value('defaultgrade')).toBe('1');
    expect(value('penalty')).toBe('0.3333333');
    expect(value('hidden')).toBe('0');
    expect(value('single')).toBe('true');
    expect(value('shuffleanswers')).toBe('true');
    expect(value('answernumbering')).toBe('abc');
    expect(child(el, 'questiontext').getAttribute('format')).toBe('html');
    expect(child(el, 'generalfeedback').getAttribute('format')).toBe('html');
  });

  it('drops the characters XML 1.0 forbids and keeps tab, newline and emoji', () => {
    const q: Question = {
      ...questions[1]!,
      prompt: 'When\u0000 did\u0001 it\u000b happen\u000c?\ttab\nline 🏇 \ud800lone',
      options: questions[1]!.options.map((o) => ({ ...o, label: `${o.label}\u001f` })),
    };
    const doc = parseXml(moodleXml([q], en));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(shown(doc.querySelector('questiontext > text')!.textContent!)).toBe(
      'When did it happen?\ttab\nline 🏇 lone',
    );
    expect(shown(doc.querySelector('answer > text')!.textContent!)).toBe('1681');
  });

  it('puts the questions in a War Atlas category named in the language', () => {
    const category = (file: string) =>
      parseXml(file).querySelector('question[type="category"] > category > text')?.textContent;
    expect(category(moodleXml(questions, kk))).toBe(`$course$/War Atlas/${kk.t('title.heading')}`);
    expect(category(moodleXml(questions, en, { category: '7B & 7C, 1681/1684' }))).toBe(
      '$course$/War Atlas/7B & 7C, 1681//1684',
    );
    expect(category(moodleXml(questions, en, { category: '' }))).toBeUndefined();
  });

  it('starts with the XML declaration and gives a valid empty bank for no questions', () => {
    const file = moodleXml([], en, { category: '' });
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    const doc = parseXml(file);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelectorAll('question')).toHaveLength(0);
  });
});
