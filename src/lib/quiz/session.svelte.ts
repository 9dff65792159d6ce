/**
 * One run through a question set: which question is on show, the option chosen, what was
 * checked and the score. Reactive state only (no DOM), so the dialog stays a thin view of it.
 */
import type { Question } from './question.ts';

export class QuizSession {
  index = $state(0);
  /** The option chosen for the question on show (not yet checked), or null. */
  chosen = $state<string | null>(null);
  /** Question id → the option the reader checked. */
  answers = $state<Record<string, string>>({});

  constructor(readonly questions: Question[]) {}

  get question(): Question | null {
    return this.questions[this.index] ?? null;
  }
  /** The question on show has been checked: its result and source are shown. */
  get checked(): boolean {
    return this.question !== null && this.question.id in this.answers;
  }
  get right(): number {
    return this.questions.filter((q) => this.answers[q.id] === q.answer).length;
  }
  /** Every question has been checked and the reader moved on: the score is on show. */
  get finished(): boolean {
    return this.index >= this.questions.length;
  }

  /** Picks an option of the question on show (ids not among its options are ignored). */
  choose(id: string): boolean {
    const q = this.question;
    if (!q || this.checked || !q.options.some((o) => o.id === id)) return false;
    this.chosen = id;
    return true;
  }

  /** Checks the chosen option; true if it is right. */
  check(): boolean | null {
    const q = this.question;
    if (!q || this.checked || this.chosen === null) return null;
    this.answers = { ...this.answers, [q.id]: this.chosen };
    return this.chosen === q.answer;
  }

  next(): void {
    if (!this.checked) return;
    this.index += 1;
    this.chosen = null;
  }
}
