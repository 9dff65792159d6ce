/**
 * A question made from the atlas's data (issue "Check yourself"): the public shape of
 * `el.questions()`, in ../shared/DESIGN.md. Plain data, in the atlas's language.
 */
import type { Source } from '../model/types.ts';

export type QuestionKind = 'holder' | 'when' | 'where';

export interface QuestionOption {
  id: string;
  label: string;
}

export interface Question {
  /** Stable for the same data: the same question has the same id in every language and set. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** 3–4 options, one of them the answer, in a shuffled order. */
  options: QuestionOption[];
  /** The id of the right option. */
  answer: string;
  /** The year the question is about (for `holder`, the year asked; else the event's year). */
  year?: number;
  /** The place or region it is about (for `where`, the answer). */
  place?: string;
  /** The article's words the answer rests on. */
  source: Source;
}
