/**
 * The history entry of an open sheet, in the standalone page: opening the sheet adds one, so the
 * back gesture closes it, and closing it by hand takes the entry back. An embed never touches
 * its host's history (it makes no SheetHistory).
 */
import type { SheetState } from './sheet.ts';

export class SheetHistory {
  #entry = false;

  constructor(private readonly history: Pick<History, 'state' | 'pushState' | 'back'>) {}

  /** The reader moved the sheet from `was` to `next`. */
  moved(was: SheetState, next: SheetState): void {
    if (next !== 'peek' && was === 'peek' && !this.#entry) {
      this.history.pushState(this.history.state, '');
      this.#entry = true;
    } else if (next === 'peek' && this.#entry) {
      this.#entry = false;
      this.history.back();
    }
  }

  /** Back was pressed (popstate) with the sheet `open` or not: whether the sheet should close. */
  popped(open: boolean): boolean {
    if (!this.#entry || !open) return false;
    this.#entry = false;
    return true;
  }
}
