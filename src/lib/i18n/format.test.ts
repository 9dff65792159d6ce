import { describe, expect, it } from 'vitest';
import { formatArea, formatLength, formatNumber, formatYear, formatYearRange, roundArea } from './format.ts';

// Kazakh and Russian group with a narrow no-break space (U+202F) and use a decimal comma, by our
// own rule (not the browser's locale data); the unit is joined by a no-break space (U+00A0).
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('kk', 1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatNumber('ru', 1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
  });

  it('writes the decimal sign of each language, to one place', () => {
    expect(formatNumber('en', 2.46)).toBe('2.5');
    expect(formatNumber('kk', 2.46)).toBe('2,5');
    expect(formatNumber('ru', 2.46)).toBe('2,5');
  });
});

describe('roundArea', () => {
  it('rounds as precisely as the outlines deserve', () => {
    expect(roundArea(123_456)).toBe(123_000);
    expect(roundArea(10_499)).toBe(10_000);
    expect(roundArea(4_321)).toBe(4_300);
    expect(roundArea(987)).toBe(990);
    expect(roundArea(4)).toBe(0);
    expect(Object.is(roundArea(-4), 0)).toBe(true);
    expect(roundArea(-23_600)).toBe(-24_000);
  });
});

describe('formatArea', () => {
  it('uses the grouping and unit of each language', () => {
    expect(formatArea('en', 123_456)).toBe(`123,000${NBSP}km²`);
    expect(formatArea('kk', 123_456)).toBe(`123${NNBSP}000${NBSP}км²`);
    expect(formatArea('ru', 123_456)).toBe(`123${NNBSP}000${NBSP}км²`);
  });

  it('keeps small areas', () => {
    expect(formatArea('en', 987)).toBe(`990${NBSP}km²`);
    expect(formatArea('ru', 4_321)).toBe(`4${NNBSP}300${NBSP}км²`);
  });
});

describe('formatLength', () => {
  it('rounds to 10 km', () => {
    expect(formatLength('en', 1234)).toBe(`1,230${NBSP}km`);
    expect(formatLength('kk', 1234)).toBe(`1${NNBSP}230${NBSP}км`);
    expect(formatLength('ru', 95)).toBe(`100${NBSP}км`);
  });
});

describe('formatYear', () => {
  it('writes plain digits, never grouped', () => {
    for (const lang of ['en', 'kk', 'ru'] as const) {
      expect(formatYear(lang, 1684)).toBe('1684');
      expect(formatYearRange(lang, 1681, 1684)).toBe('1681–1684');
    }
  });
});
