/**
 * Questions made from the atlas's own cited data (issue "Check yourself"): who held a place in a
 * year, when an event happened, where it happened. Nothing is written by hand: a new event in
 * geo/history gives new questions. Pure: the atlas's data and a Localizer in, questions out.
 */
import type { Localizer } from '../i18n/localizer.ts';
import { distanceKm } from '../map/routes.ts';
import type { AtlasData } from '../model/atlasData.ts';
import { placeInfo } from '../model/places.ts';
import type { HistoryEvent } from '../model/types.ts';
import type { Question, QuestionKind, QuestionOption } from './question.ts';
import { seededRandom, shuffled } from './random.ts';

export const DEFAULT_QUESTION_COUNT = 10;
/** Options per question, the answer among them (fewer where the data has no more plausible ones). */
const OPTIONS = 4;
const MIN_OPTIONS = 3;
/** Stands for a name the question must not give away. */
export const BLANK = '___';

/** A question and the event its answer rests on (so one set does not ask the same event twice). */
interface Candidate {
  question: Question;
  event: string;
}

/**
 * `count` questions for `seed`, the kinds taking turns: the same data, seed and count give the
 * same questions, ids and option order in every language.
 */
export function questionsFor(
  data: AtlasData,
  text: Localizer,
  { count = DEFAULT_QUESTION_COUNT, seed }: { count?: number; seed: number },
): Question[] {
  const random = seededRandom(seed);
  const pools = [holderQuestions(data, text), whenQuestions(data, text), whereQuestions(data, text)].map(
    (pool) => shuffled(pool, random),
  );
  const chosen: Question[] = [];
  const usedEvents = new Set<string>();
  while (chosen.length < count && pools.some((p) => p.length)) {
    for (const pool of pools) {
      if (chosen.length >= count) break;
      let next: Candidate | undefined;
      while ((next = pool.shift()) && usedEvents.has(next.event));
      if (!next) continue;
      usedEvents.add(next.event);
      chosen.push({ ...next.question, options: shuffled(next.question.options, random) });
    }
  }
  return chosen;
}

/** Every question the data allows, of all kinds, in a fixed order (for tests and counts). */
export function allQuestions(data: AtlasData, text: Localizer): Question[] {
  return [...holderQuestions(data, text), ...whenQuestions(data, text), ...whereQuestions(data, text)].map(
    (c) => c.question,
  );
}

const eventById = (data: AtlasData, id: string) => data.events.find((e) => e.id === id);

function candidate(
  kind: QuestionKind,
  key: string,
  event: HistoryEvent,
  prompt: string,
  answer: QuestionOption,
  distractors: QuestionOption[],
  about: { year?: number; place?: string },
  /** Words the prompt must not contain: an option named in it would give the answer away. */
  unsaid: (options: QuestionOption[]) => string[] = () => [],
): Candidate | null {
  const options = [answer, ...distractors.filter((d) => d.id !== answer.id)].slice(0, OPTIONS);
  if (options.length < MIN_OPTIONS) return null;
  const said = prompt.toLocaleLowerCase();
  if (unsaid(options).some((word) => said.includes(word))) return null;
  return {
    event: event.id,
    question: {
      id: `${kind}-${key}`,
      kind,
      prompt,
      options,
      answer: answer.id,
      ...about,
      source: event.source,
    },
  };
}

/**
 * "Who held Tashkent at the end of 1685?": for each place and region whose holder that year rests
 * on a dated event (the basis the build records), in the event's year and the year after. Holders
 * that are the atlas's conjecture are left out: the article does not say them.
 */
function holderQuestions(data: AtlasData, text: Localizer): Candidate[] {
  const out: Candidate[] = [];
  for (let year = data.years.min; year <= data.years.max; year++) {
    const record = data.byYear[year];
    if (!record) continue;
    for (const [id, holder] of Object.entries(record.control)) {
      const event = eventById(data, record.basis[id] ?? '');
      const place = placeInfo(data, id);
      if (!event || event.undated || !place || record.conjectural.includes(id)) continue;
      if (year !== event.year && year !== event.year + 1) continue;
      // Plausible others: powers that held it in another year first, then the nearest powers of that year.
      const heldIt = new Set(Object.values(data.byYear).map((r) => r.control[id]));
      const others = Object.keys(record.territories)
        .filter((p) => p !== holder)
        .map((p) => ({
          id: p,
          rank:
            (heldIt.has(p) ? 0 : 1e6) + distanceKm(place.center, data.shapes[record.territories[p]!]!.label),
        }))
        .sort((a, b) => a.rank - b.rank);
      const label = (p: string) => ({ id: p, label: text.polity(p) });
      const c = candidate(
        'holder',
        `${id}-${year}`,
        event,
        text.t('quiz.holder.prompt', { place: text.place(id), year }),
        label(holder),
        others.map((o) => label(o.id)),
        { year, place: id },
      );
      if (c) out.push(c);
    }
  }
  return out;
}

/** "In which year did this happen: Tashkent surrenders?": every dated event; the other options are neighbouring years. */
function whenQuestions(data: AtlasData, text: Localizer): Candidate[] {
  const out: Candidate[] = [];
  for (const event of data.events) {
    if (event.undated) continue;
    // Never also right: a year in which an event of the same title happened.
    const sameTitle = new Set(data.events.filter((e) => e.title === event.title).map((e) => e.year));
    const years = [-1, 1, -2, 2, -3, 3, -4, 4]
      .map((d) => event.year + d)
      .filter((y) => y >= data.years.min && y <= data.years.max && !sameTitle.has(y));
    const option = (y: number) => ({ id: String(y), label: String(y) });
    const c = candidate(
      'when',
      event.id,
      event,
      text.t('quiz.when.prompt', { title: text.eventTitle(event) }),
      option(event.year),
      years.slice(0, OPTIONS - 1).map(option),
      { year: event.year, ...(event.places[0] ? { place: event.places[0] } : {}) },
      (options) => options.map((o) => o.label),
    );
    if (c) out.push(c);
  }
  return out;
}

/**
 * "Where did this happen in 1684: ___ surrenders?": the event's first place is the answer (its
 * name blanked in the title); the others are the nearest places of the same kind (towns for a
 * town, regions for a region) that the event does not also name.
 */
function whereQuestions(data: AtlasData, text: Localizer): Candidate[] {
  const out: Candidate[] = [];
  const ids = [
    ...data.places.features.map((f) => f.properties.id),
    ...data.regions.features.filter((f) => f.properties.labelled).map((f) => f.properties.id),
  ];
  for (const event of data.events) {
    const answer = placeInfo(data, event.places[0]);
    if (event.undated || !answer) continue;
    const isRegion = answer.kind === 'region';
    const others = ids
      .filter((id) => !event.places.includes(id))
      .map((id) => placeInfo(data, id)!)
      .filter((p) => (p.kind === 'region') === isRegion)
      .sort((a, b) => distanceKm(answer.center, a.center) - distanceKm(answer.center, b.center));
    const options = [answer, ...others.slice(0, OPTIONS - 1)].map((p) => ({
      id: p.id,
      label: text.place(p.id),
    }));
    const title = blankNames(
      text.eventTitle(event),
      options.map((o) => o.label),
    );
    const c = candidate(
      'where',
      event.id,
      event,
      text.t('quiz.where.prompt', { title, year: event.year }),
      options[0]!,
      options.slice(1),
      { year: event.year, place: answer.id },
      (options) => options.flatMap((o) => stemsOf(o.label)),
    );
    if (c) out.push(c);
  }
  return out;
}

/**
 * The lower-case stems of a name's words a prompt must not contain: each word of four letters or
 * more, less a final vowel (Russian and Kazakh decline names: Лхаса, Лхасу; Сайрам, Сайрамды).
 */
export function stemsOf(name: string): string[] {
  return name
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4)
    .map((w) => (/[aeiouyаеёиоуыэюяәіөүұ]$/u.test(w) ? w.slice(0, -1) : w));
}

/** The title with every word that begins with one of the names' stems replaced by a blank. */
export function blankNames(title: string, names: string[]): string {
  let out = title;
  for (const stem of names.flatMap(stemsOf)) {
    const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<!\\p{L})${escaped}[\\p{L}’'-]*`, 'giu'), BLANK);
  }
  return out;
}
