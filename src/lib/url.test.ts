import { describe, expect, it } from 'vitest';
import { readView, writeView } from './url.ts';

describe('readView', () => {
  it('reads year, place and language', () => {
    expect(readView('?year=1684&place=sayram')).toEqual({
      year: '1684',
      place: 'sayram',
      lang: null,
      relief: null,
      compare: null,
      quiz: null,
    });
    expect(readView('?lang=kk')).toEqual({
      year: null,
      place: null,
      lang: 'kk',
      relief: null,
      compare: null,
      quiz: null,
    });
    expect(readView('')).toEqual({
      year: null,
      place: null,
      lang: null,
      relief: null,
      compare: null,
      quiz: null,
    });
    expect(readView('?quiz=4711').quiz).toBe('4711');
    expect(readView('?relief=off').relief).toBe('off');
    expect(readView('?year=1685&compare=1680').compare).toBe('1680');
  });
  it('drops absurdly long values', () => {
    expect(readView(`?place=${'x'.repeat(100)}`).place).toBeNull();
  });
});

describe('writeView', () => {
  it('writes year and place and keeps other parameters', () => {
    expect(writeView('?lang=kk', { year: 1683, place: 'tashkent' })).toBe(
      '?lang=kk&year=1683&place=tashkent',
    );
    expect(writeView('?year=1684&place=sayram', { year: 1685, place: null })).toBe('?year=1685');
  });
  it('says relief=off only while the relief is off', () => {
    expect(writeView('', { year: 1684, place: null, relief: false })).toBe('?year=1684&relief=off');
    expect(writeView('?relief=off', { year: 1684, place: null, relief: true })).toBe('?year=1684');
  });
  it('says compare= while two years are compared', () => {
    expect(writeView('', { year: 1685, place: null, compare: 1680 })).toBe('?year=1685&compare=1680');
    expect(writeView('?compare=1680', { year: 1685, place: null, compare: null })).toBe('?year=1685');
  });
  it('says quiz= while Check yourself is open with a set', () => {
    expect(writeView('?lang=ru', { year: 1684, place: null, quiz: 4711 })).toBe(
      '?lang=ru&year=1684&quiz=4711',
    );
    expect(writeView('?quiz=4711', { year: 1684, place: null, quiz: null })).toBe('?year=1684');
  });
});
