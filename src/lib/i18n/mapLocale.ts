/**
 * MapLibre's own control texts (zoom buttons, fullscreen, the Ctrl + scroll hint, scale units)
 * in our languages, for the map's `locale` option. Keys are MapLibre's, from its
 * src/ui/default_locale.ts; the ones left out (geolocation, globe, terrain…) are controls the
 * atlas does not show. MapLibre reads these when the map and its controls are created (it has no
 * setLocale): a later language change goes through map/controlTexts.ts's setMapLocale.
 */
import { translate, type Lang, type MessageKey } from './messages.ts';

const MAPLIBRE_KEYS = {
  'Map.Title': 'map.title',
  'NavigationControl.ZoomIn': 'map.zoomIn',
  'NavigationControl.ZoomOut': 'map.zoomOut',
  'NavigationControl.ResetBearing': 'map.resetBearing',
  'FullscreenControl.Enter': 'map.fullscreenEnter',
  'FullscreenControl.Exit': 'map.fullscreenExit',
  'ScaleControl.Kilometers': 'unit.km',
  'ScaleControl.Meters': 'unit.m',
  'CooperativeGesturesHandler.WindowsHelpText': 'map.zoomHelpWindows',
  'CooperativeGesturesHandler.MacHelpText': 'map.zoomHelpMac',
  'CooperativeGesturesHandler.MobileHelpText': 'map.zoomHelpMobile',
} as const satisfies Record<string, MessageKey>;

/** @example new maplibregl.Map({ …, locale: mapLocale('kk') }) */
export function mapLocale(lang: Lang): Record<keyof typeof MAPLIBRE_KEYS, string> {
  const entries = Object.entries(MAPLIBRE_KEYS).map(([ours, key]) => [ours, translate(lang, key)]);
  return Object.fromEntries(entries) as Record<keyof typeof MAPLIBRE_KEYS, string>;
}
