import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import kkNames from '../../../geo/i18n/kk.json' with { type: 'json' };
import ruNames from '../../../geo/i18n/ru.json' with { type: 'json' };
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Localizer } from '../i18n/localizer.ts';
import { articleSections, quoteInSection } from '../model/article.ts';
import { stateAt } from '../model/yearState.ts';
import { BLANK, allQuestions, blankNames, questionsFor, stemsOf } from './questions.ts';

const data = testAtlas();
const en = new Localizer('en', data, null);
const kk = new Localizer('kk', data, kkNames);
const ru = new Localizer('ru', data, ruNames);
const sections = articleSections(
  readFileSync(new URL('../../../geo/source/article.txt', import.meta.url), 'utf8'),
);
const all = allQuestions(data, en);
const ofKind = (kind: string) => all.filter((q) => q.kind === kind);
const event = (id: string) => data.events.find((e) => e.id === id)!;

describe('the questions the data allows', () => {
  it('has every kind, each with 3–4 options, the answer among them once, ids unique', () => {
    for (const kind of ['holder', 'when', 'where']) expect(ofKind(kind).length).toBeGreaterThanOrEqual(5);
    for (const q of all) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(4);
      expect(
        q.options.filter((o) => o.id === q.answer),
        q.id,
      ).toHaveLength(1);
      expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
      expect(new Set(q.options.map((o) => o.label)).size, q.id).toBe(q.options.length);
    }
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
  });

  it('rests every answer on the article: each quote is found verbatim in its section', () => {
    for (const q of all) expect(quoteInSection(sections, q.source), q.id).toBe(true);
  });

  it('asks who held a place only where the map’s holder rests on a dated event, never a conjecture', () => {
    for (const q of ofKind('holder')) {
      const state = stateAt(data, q.year!);
      expect(q.answer, q.id).toBe(state.control[q.place!]);
      expect(data.byYear[q.year!]!.conjectural, q.id).not.toContain(q.place);
      // No distractor is also right: it is not the holder that year.
      for (const o of q.options) if (o.id !== q.answer) expect(state.control[q.place!]).not.toBe(o.id);
    }
    const ids = ofKind('holder').map((q) => q.id);
    expect(ids).toContain('holder-tashkent-1685');
    expect(ids).toContain('holder-sayram-1684');
    // Before 1684 the article never says who held Sayram or Tashkent: the map's holder is a conjecture.
    expect(ids).not.toContain('holder-sayram-1682');
    expect(ids).not.toContain('holder-tashkent-1683');
  });

  it('asks when each dated event happened: the answer is its year, no other option is one of its years', () => {
    const whens = ofKind('when');
    for (const q of whens) {
      const e = event(q.id.replace(/^when-/, ''));
      expect(q.answer).toBe(String(e.year));
      expect(q.source).toEqual(e.source);
      for (const o of q.options)
        if (o.id !== q.answer)
          expect(data.events.some((x) => x.title === e.title && String(x.year) === o.id)).toBe(false);
      expect(q.prompt).toContain(e.title);
    }
    // Undated events (filed under the year the article tells them with) are not asked by year.
    expect(whens.map((q) => q.id)).not.toContain('when-baraba-tatars-yasak');
    expect(whens.find((q) => q.id === 'when-tashkent-surrenders')?.answer).toBe('1684');
  });

  it('asks where an event happened without naming any option in the prompt', () => {
    const wheres = ofKind('where');
    for (const q of wheres) {
      const e = event(q.id.replace(/^where-/, ''));
      expect(e.places).toContain(q.answer);
      for (const o of q.options) {
        if (o.id !== q.answer) expect(e.places).not.toContain(o.id);
        for (const stem of stemsOf(o.label)) expect(q.prompt.toLowerCase(), q.id).not.toContain(stem);
      }
    }
    const revolt = wheres.find((q) => q.id === 'where-sayram-revolt')!;
    expect(revolt.answer).toBe('sayram');
    expect(revolt.prompt).toBe(`Where did this happen in 1684: “${BLANK} rises and destroys the garrison”?`);
    expect(revolt.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(['sayram', 'tashkent', 'turkistan']),
    );
  });
});

describe('questionsFor', () => {
  it('gives the same questions, ids and option order for the same seed, another set for another', () => {
    const a = questionsFor(data, en, { seed: 42 });
    expect(a).toHaveLength(10);
    expect(questionsFor(data, en, { seed: 42 })).toEqual(a);
    expect(questionsFor(data, en, { seed: 43 }).map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it('mixes the kinds, asks no event twice, and holds as many as asked (or as there are)', () => {
    const set = questionsFor(data, en, { seed: 7, count: 9 });
    expect(
      set
        .map((q) => q.kind)
        .slice(0, 3)
        .sort(),
    ).toEqual(['holder', 'when', 'where']);
    const events = set.map((q) => `${q.source.section}|${q.source.quote}`);
    expect(new Set(events).size).toBe(events.length);
    expect(questionsFor(data, en, { seed: 7, count: 3 })).toHaveLength(3);
    expect(questionsFor(data, en, { seed: 7, count: 1000 }).length).toBeLessThanOrEqual(all.length);
  });

  it('asks the same questions in Kazakh and Russian, in those languages', () => {
    const set = questionsFor(data, en, { seed: 5 });
    for (const [text, sample] of [
      [kk, /[әіңғүұқөһ]/],
      [ru, /[а-яё]/],
    ] as const) {
      const local = questionsFor(data, text, { seed: 5 });
      expect(local.map((q) => [q.id, q.answer, q.options.map((o) => o.id)])).toEqual(
        set.map((q) => [q.id, q.answer, q.options.map((o) => o.id)]),
      );
      for (const q of local) expect(q.prompt, q.id).toMatch(sample);
    }
    const tashkent = allQuestions(data, kk).find((q) => q.id === 'holder-tashkent-1685');
    expect(tashkent?.prompt).toBe('1685 жылдың соңында Ташкент кімнің қолында болды?');
    expect(tashkent?.options.find((o) => o.id === 'dzungar')?.label).toBe('Жоңғар хандығы');
  });
});

describe('blankNames', () => {
  it('blanks a name and its declined forms, and nothing else', () => {
    expect(blankNames('Tashkent surrenders', ['Tashkent'])).toBe(`${BLANK} surrenders`);
    expect(blankNames('Цеван-Рабдан берёт Сайрам', ['Сайрам'])).toBe(`Цеван-Рабдан берёт ${BLANK}`);
    expect(blankNames('Сына Тауке отправляют в Лхасу', ['Лхаса'])).toBe(`Сына Тауке отправляют в ${BLANK}`);
    expect(blankNames('Тәукенің ұлы Лхасаға жіберіледі', ['Лхаса'])).toBe(`Тәукенің ұлы ${BLANK} жіберіледі`);
    expect(blankNames('Two Kazakh sultans taken prisoner', ['Sayram'])).toBe(
      'Two Kazakh sultans taken prisoner',
    );
  });
});
