/** The charts' lines and table headings for the atlas: each polity's land, named and coloured. */
import type { TerritorySeries } from '../model/territorySeries.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { polityColor } from '../map/colors.ts';

/** Each series with its polity's name (full and short) in the current language, and its colour. */
export function chartSeries(areas: TerritorySeries[], text: Localizer) {
  return areas.map((s) => ({
    ...s,
    name: text.polity(s.polity),
    short: text.polity(s.polity, true),
    color: polityColor(s.polity),
  }));
}

/** The headings of the chart's table equivalent. */
export function chartColumns(text: Localizer) {
  return {
    polity: text.t('chart.colPolity'),
    area: (year: number) => text.t('chart.colArea', { year }),
    change: (year: number) => text.t('chart.colChange', { year }),
  };
}
