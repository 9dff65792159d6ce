import { describe, expect, it } from 'vitest';
import { mapLocale } from './mapLocale.ts';

describe('mapLocale', () => {
  it('gives MapLibre its control texts in each language', () => {
    expect(mapLocale('en')['NavigationControl.ZoomIn']).toBe('Zoom in');
    expect(mapLocale('ru')['NavigationControl.ZoomIn']).toBe('Приблизить');
    expect(mapLocale('kk')['ScaleControl.Kilometers']).toBe('км');
  });

  it('translates every text it sets', () => {
    const en = mapLocale('en');
    for (const lang of ['kk', 'ru'] as const)
      for (const [key, text] of Object.entries(mapLocale(lang))) {
        expect(text, key).not.toBe('');
        expect(text, `${lang} ${key}`).not.toBe(en[key as keyof typeof en]);
      }
  });
});
