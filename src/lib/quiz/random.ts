/**
 * Seeded randomness for question sets: the same seed gives the same set on every device, so a
 * teacher's shared link (`?quiz=SEED`) gives every student the same questions.
 */

/** A generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Seeds are 1–MAX_SEED: short enough to read out to a class or type into a link. */
export const MAX_SEED = 99_999;

/** A fresh seed for "a new set". */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * MAX_SEED);
}
