/**
 * MapLibre's own control texts in another language, on a map that already exists. MapLibre 6 has
 * no setLocale: it copies the `locale` option into `map._locale` once and each control reads it
 * when it is added (the scale and fullscreen controls also when they change). So a language
 * switch patches that table, for the texts MapLibre writes later, and rewrites the texts already
 * on screen, found by MapLibre's class names (src/ui/control/*.ts).
 */
import type { mapLocale } from '../i18n/mapLocale.ts';

type MapLocale = ReturnType<typeof mapLocale>;

/** The parts of a maplibregl.Map this needs (a fake in tests). */
export interface LocalizableMap {
  _locale: Record<string, string>;
  getContainer(): HTMLElement;
}

/** Buttons whose title and aria-label MapLibre sets from one UI string. */
const BUTTONS: [selector: string, key: keyof MapLocale][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter'],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit'],
];

/**
 * Sets MapLibre's control texts (zoom, fullscreen, compass, the cooperative gestures hint, the
 * scale's unit and the canvas's name) to `locale`, without creating the map again.
 *
 * @example setMapLocale(map, mapLocale('kk'))
 */
export function setMapLocale(map: LocalizableMap, locale: MapLocale): void {
  const before = { ...map._locale };
  Object.assign(map._locale, locale);
  const text = (key: string) => map._locale[key] ?? '';
  const root = map.getContainer();

  for (const [selector, key] of BUTTONS)
    for (const button of root.querySelectorAll<HTMLElement>(selector)) {
      button.title = text(key);
      button.setAttribute('aria-label', text(key));
    }

  root.querySelector('.maplibregl-canvas')?.setAttribute('aria-label', text('Map.Title'));

  const mac = root.ownerDocument.defaultView?.navigator.userAgent.includes('Mac') ?? false;
  const desktop = root.querySelector('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message');
  if (desktop)
    desktop.textContent = text(
      mac ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText',
    );
  const mobile = root.querySelector('.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message');
  if (mobile) mobile.textContent = text('CooperativeGesturesHandler.MobileHelpText');

  // The scale reads "200 km" (number, no-break space, unit) and is redrawn only on the next move.
  for (const scale of root.querySelectorAll('.maplibregl-ctrl-scale')) {
    const [amount, unit] = (scale.textContent ?? '').split('\u00a0');
    if (amount === undefined || unit === undefined) continue;
    const key = (['ScaleControl.Kilometers', 'ScaleControl.Meters'] as const).find((k) => before[k] === unit);
    if (key) scale.textContent = `${amount}\u00a0${text(key)}`;
  }
}
