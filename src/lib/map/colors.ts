/** Polity colours, chosen to stay apart for common colour-vision deficiencies and on paper. */
export const POLITY_COLORS: Record<string, string> = {
  // Kazakh violet rather than the usual blue, which reads as water on a map with lakes.
  dzungar: '#b5532f', // brick red-orange
  kazakh: '#6a4c9c', // violet
  qing: '#c9a227', // imperial yellow
  khalkha: '#7a8b2e', // olive
  bukhara: '#3f8a5a', // green
  tibet: '#a8467a', // raspberry
  russia: '#6b7280', // slate
};
export const UNKNOWN_COLOR = '#8a8a8a';

export function polityColor(id: string | undefined | null): string {
  return (id && POLITY_COLORS[id]) || UNKNOWN_COLOR;
}

export const PAPER = '#f1e9d6';
export const WATER = '#a9cfdc';
export const WATER_LINE = '#6d9db0';
export const RIVER = '#6f9fb6';
export const INK = '#2b2620';
