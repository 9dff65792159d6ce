/** Polity colours, chosen to stay apart for common colour-vision deficiencies and on paper. */
export const POLITY_COLORS: Record<string, string> = {
  dzungar: '#b5532f', // brick red-orange
  kazakh: '#2f6f9f', // steppe blue
  qing: '#c9a227', // imperial yellow
  khalkha: '#7b5ea7', // violet
  bukhara: '#3f8a5a', // green
  tibet: '#9c3f6b', // maroon
  russia: '#6b7280', // slate
};
export const UNKNOWN_COLOR = '#8a8a8a';

export function polityColor(id: string | undefined | null): string {
  return (id && POLITY_COLORS[id]) || UNKNOWN_COLOR;
}

export const PAPER = '#f1e9d6';
export const WATER = '#b9d3dc';
export const WATER_LINE = '#7fa9ba';
export const RIVER = '#6f9fb6';
export const INK = '#2b2620';
export const RANGE = '#a08660';
