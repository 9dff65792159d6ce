/**
 * Dragging the sheet by its handle: the sheet follows the finger, then settles in the nearest
 * state, or one further for a flick. Pure (positions and times in, heights and states out).
 */
import { snapSheet, type SheetState } from './sheet.ts';

/** How far (px) the finger must move before a press on the handle is a drag, not a tap. */
const DRAG_START_PX = 6;
/** A pause before letting go longer than this (ms) is no flick. */
const FLICK_PAUSE_MS = 100;
/** How long (ms) after a drag the click it ends in is ignored: the drag has placed the sheet. */
export const CLICK_AFTER_DRAG_MS = 400;

export class SheetDrag {
  /** The sheet's height (px) while dragged, or null until the finger has moved far enough. */
  height: number | null = null;
  #lastY: number;
  #lastT: number;
  /** The finger's latest speed (px/ms, up positive), for a flick. */
  #velocity = 0;

  /** A press on the handle at `y` (px) at time `t` (ms), with the sheet `startHeight` px tall. */
  constructor(
    private readonly startY: number,
    private readonly startHeight: number,
    t: number,
  ) {
    this.#lastY = startY;
    this.#lastT = t;
  }

  /** The finger at `y` at time `t`: the sheet's height, between peek and full (null while a tap). */
  move(y: number, t: number, heights: Record<SheetState, number>): number | null {
    const dy = this.startY - y;
    if (this.height === null && Math.abs(dy) < DRAG_START_PX) return null;
    this.height = Math.min(heights.full, Math.max(heights.peek, this.startHeight + dy));
    if (t > this.#lastT) this.#velocity = (this.#lastY - y) / (t - this.#lastT);
    this.#lastY = y;
    this.#lastT = t;
    return this.height;
  }

  /** Let go at time `t`: the state the sheet settles in, or null when it was a tap. */
  end(t: number, heights: Record<SheetState, number>): SheetState | null {
    if (this.height === null) return null;
    return snapSheet(this.height, heights, t - this.#lastT > FLICK_PAUSE_MS ? 0 : this.#velocity);
  }
}
