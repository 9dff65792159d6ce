/**
 * The bottom sheet of the phone layout: the side panel over the lower part of the map, in three
 * states. Pure, so the drag and tap rules are tested alone.
 */
export const SHEET_STATES = ['peek', 'half', 'full'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** Tapping the handle: peek → half → full → peek (one thumb reaches every state). */
export function nextSheetState(state: SheetState): SheetState {
  return state === 'peek' ? 'half' : state === 'half' ? 'full' : 'peek';
}

/**
 * The height (px) of each state over a map `available` px tall: peek shows only the handle row,
 * half covers half the map, full leaves `reserve` px of map at the top (the title card).
 */
export function sheetHeights(available: number, peek: number, reserve: number): Record<SheetState, number> {
  const full = Math.max(peek, available - reserve);
  return { peek, half: Math.min(full, Math.max(peek, available / 2)), full };
}

/**
 * The state a drag ends in: the one whose height is nearest to where the sheet was let go; a
 * quick flick (|velocity| over 0.5 px/ms, positive = up) goes one state further that way.
 */
export function snapSheet(height: number, heights: Record<SheetState, number>, velocity = 0): SheetState {
  let nearest: SheetState = 'peek';
  for (const s of SHEET_STATES)
    if (Math.abs(heights[s] - height) < Math.abs(heights[nearest] - height)) nearest = s;
  if (Math.abs(velocity) <= 0.5) return nearest;
  const i = SHEET_STATES.indexOf(nearest);
  const further = SHEET_STATES[Math.min(2, Math.max(0, i + Math.sign(velocity)))]!;
  // A flick only helps when it agrees with where the sheet already went.
  return Math.sign(heights[further] - heights[nearest]) === Math.sign(velocity) ? further : nearest;
}
