/** The marches drawing themselves after each year change (Routes.svelte). */

/** How long a year's marches take to draw. */
export const ROUTE_MS = 1600;

/**
 * Calls `frame` on every animation frame with the share of `ms` gone by, 0 → 1, the last call
 * with exactly 1. Returns a function that stops it.
 */
export function animate(ms: number, frame: (progress: number) => void): () => void {
  const start = performance.now();
  let id = requestAnimationFrame(function step(now) {
    const progress = Math.min(1, (now - start) / ms);
    frame(progress);
    if (progress < 1) id = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(id);
}
