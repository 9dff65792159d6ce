// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mapLocale } from '../i18n/mapLocale.ts';
import { setMapLocale, type LocalizableMap } from './controlTexts.ts';

/** The control DOM MapLibre 6 builds (class names from its src/ui), with English texts. */
function fakeMap(): LocalizableMap {
  const container = document.createElement('div');
  const button = (cls: string, title: string) => {
    const b = document.createElement('button');
    b.className = cls;
    b.title = title;
    b.setAttribute('aria-label', title);
    return b;
  };
  const canvas = document.createElement('canvas');
  canvas.className = 'maplibregl-canvas';
  canvas.setAttribute('aria-label', 'Map');
  const gestures = document.createElement('div');
  gestures.className = 'maplibregl-cooperative-gesture-screen';
  for (const [cls, text] of [
    ['maplibregl-desktop-message', 'Use Ctrl + scroll to zoom the map'],
    ['maplibregl-mobile-message', 'Use two fingers to move the map'],
  ]) {
    const message = document.createElement('div');
    message.className = cls!;
    message.textContent = text!;
    gestures.append(message);
  }
  const scale = document.createElement('div');
  scale.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
  scale.textContent = '200\u00a0km';
  container.append(
    canvas,
    gestures,
    button('maplibregl-ctrl-zoom-in', 'Zoom in'),
    button('maplibregl-ctrl-zoom-out', 'Zoom out'),
    button('maplibregl-ctrl-compass', 'Drag to rotate map, click to reset north'),
    button('maplibregl-ctrl-fullscreen', 'Enter fullscreen'),
    scale,
  );
  return { _locale: { ...mapLocale('en') }, getContainer: () => container };
}

describe('setMapLocale', () => {
  it('rewrites the control texts already on screen', () => {
    const map = fakeMap();
    setMapLocale(map, mapLocale('kk'));
    const root = map.getContainer();
    const kk = mapLocale('kk');
    for (const [cls, key] of [
      ['zoom-in', 'NavigationControl.ZoomIn'],
      ['zoom-out', 'NavigationControl.ZoomOut'],
      ['compass', 'NavigationControl.ResetBearing'],
      ['fullscreen', 'FullscreenControl.Enter'],
    ] as const) {
      const button = root.querySelector(`.maplibregl-ctrl-${cls}`)!;
      expect(button.getAttribute('title'), cls).toBe(kk[key]);
      expect(button.getAttribute('aria-label'), cls).toBe(kk[key]);
    }
    expect(root.querySelector('canvas')!.getAttribute('aria-label')).toBe(kk['Map.Title']);
    expect(root.querySelector('.maplibregl-desktop-message')!.textContent).toBe(
      kk['CooperativeGesturesHandler.WindowsHelpText'],
    );
    expect(root.querySelector('.maplibregl-mobile-message')!.textContent).toBe(
      kk['CooperativeGesturesHandler.MobileHelpText'],
    );
    expect(root.querySelector('.maplibregl-ctrl-scale')!.textContent).toBe(
      `200\u00a0${kk['ScaleControl.Kilometers']}`,
    );
  });

  it('patches the table MapLibre reads later, and switches back', () => {
    const map = fakeMap();
    setMapLocale(map, mapLocale('ru'));
    expect(map._locale['FullscreenControl.Exit']).toBe(mapLocale('ru')['FullscreenControl.Exit']);
    setMapLocale(map, mapLocale('en'));
    const root = map.getContainer();
    expect(root.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('title')).toBe('Zoom in');
    expect(root.querySelector('.maplibregl-ctrl-scale')!.textContent).toBe('200\u00a0km');
    expect(map._locale['FullscreenControl.Exit']).toBe('Exit fullscreen');
  });

  it('names the fullscreen button by its state: exit while fullscreen', () => {
    const map = fakeMap();
    const button = map.getContainer().querySelector('.maplibregl-ctrl-fullscreen')!;
    button.className = 'maplibregl-ctrl-shrink';
    setMapLocale(map, mapLocale('ru'));
    expect(button.getAttribute('aria-label')).toBe(mapLocale('ru')['FullscreenControl.Exit']);
  });
});
