/**
 * The legend of what the map draws now, as a list: the snapshot draws it. Each layer the map can
 * show is one entry here, so a new layer (relief, an old map) is one more line.
 */
import { polityColor } from '../map/colors.ts';
import type { YearState } from '../model/types.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { YearsCompared } from '../model/compare.ts';

export type LegendSymbol =
  | { kind: 'fill'; color: string; opacity?: number }
  | { kind: 'line'; color: string; dash?: number[]; width?: number }
  | { kind: 'hatch'; color: string }
  | { kind: 'dot'; color: string }
  /** A soft, blurred band: a border with no natural line. */
  | { kind: 'band'; color: string };

export interface LegendEntry {
  symbol: LegendSymbol;
  label: string;
}

/** Layers the reader can switch (Atlas.overlays). */
export interface Overlays {
  relief: boolean;
  oldMap: boolean;
  modernBorders: boolean;
}

export interface LegendText {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  polity: (id: string) => string;
}

const INK = '#2b2620';
/** The relief's shadow brown and the old map's parchment, as swatches. */
const RELIEF_SWATCH = '#a08660';
const OLD_MAP_SWATCH = '#d9c79a';

/**
 * What the map shows for this year: the powers that hold land, the kinds of march drawn, the
 * changed land, regions, ranges and towns, and the reference layers switched on.
 *
 * @example drawnLegend(stateAt(data, 1684), { modernBorders: false }, text)[0].label // 'Dzungar Khanate'
 */
export function drawnLegend(
  state: YearState,
  overlays: Overlays,
  text: LegendText,
  compared: (YearsCompared & { year: number }) | null = null,
): LegendEntry[] {
  const routes = new Set(state.routes.map((r) => r.certainty));
  const gainer = (compared?.changes ?? state.changes).find((c) => c.gainedKm2 > 0);
  const entries: (LegendEntry | false)[] = [
    ...Object.keys(state.territories).map((id) => ({
      symbol: { kind: 'fill' as const, color: polityColor(id), opacity: 0.75 },
      label: text.polity(id),
    })),
    gainer !== undefined && {
      symbol: { kind: 'hatch', color: polityColor(gainer.polity) },
      label: compared
        ? text.t('legend.changedBetween', { from: compared.from, to: compared.to })
        : text.t('legend.changed'),
    },
    compared !== null && {
      symbol: { kind: 'line', color: INK, width: 2, dash: [1.5, 3] },
      label: text.t('legend.compared', { year: compared.year }),
    },
    routes.has('attested') && {
      symbol: { kind: 'line', color: INK, width: 3 },
      label: text.t('legend.routeAttested'),
    },
    routes.has('approximate') && {
      symbol: { kind: 'line', color: INK, width: 3, dash: [8, 5] },
      label: text.t('legend.routeReconstructed'),
    },
    routes.has('conjectural') && {
      symbol: { kind: 'line', color: INK, width: 3, dash: [2, 6] },
      label: text.t('legend.routeConjectural'),
    },
    { symbol: { kind: 'line', color: INK, width: 1.2, dash: [5, 3] }, label: text.t('legend.region') },
    { symbol: { kind: 'line', color: INK, width: 2 }, label: text.t('legend.borderNatural') },
    { symbol: { kind: 'band', color: INK }, label: text.t('legend.borderUncertain') },
    overlays.relief && {
      symbol: { kind: 'fill', color: RELIEF_SWATCH, opacity: 0.8 },
      label: text.t('legend.relief'),
    },
    overlays.oldMap && { symbol: { kind: 'fill', color: OLD_MAP_SWATCH }, label: text.t('legend.oldMap') },
    { symbol: { kind: 'dot', color: polityColor('kazakh') }, label: text.t('legend.town') },
    overlays.modernBorders && {
      symbol: { kind: 'line', color: '#555', width: 1.2, dash: [4, 2, 1, 2] },
      label: text.t('legend.modernBorders'),
    },
  ];
  return entries.filter((e): e is LegendEntry => e !== false);
}
