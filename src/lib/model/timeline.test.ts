import { describe, expect, it } from 'vitest';
import { clampYear, nextPlayYear, parseYear, yearFrom } from './timeline.ts';

const range = { min: 1652, max: 1697 };

describe('parseYear', () => {
  it('reads whole numbers and digit strings', () => {
    expect(parseYear(1684)).toBe(1684);
    expect(parseYear('1684')).toBe(1684);
    expect(parseYear(' 1683 ')).toBe(1683);
    expect(parseYear(1683.6)).toBe(1684);
  });
  it('rejects junk', () => {
    for (const junk of [
      NaN,
      Infinity,
      -Infinity,
      Number('1e309'),
      '1684abc',
      '',
      '<b>1684</b>',
      null,
      undefined,
      {},
      [1684],
      '0x6A4',
      '1e3',
    ])
      expect(parseYear(junk), String(junk)).toBeNull();
  });
});

describe('yearFrom', () => {
  it('clamps years outside the atlas', () => {
    expect(yearFrom('1800', range, 1681)).toBe(1697);
    expect(yearFrom(-5, range, 1681)).toBe(1652);
  });
  it('falls back for junk', () => {
    expect(yearFrom('abc', range, 1681)).toBe(1681);
  });
  it('clampYear keeps years inside', () => {
    expect(clampYear(1690, range)).toBe(1690);
  });
});

describe('nextPlayYear', () => {
  it('steps and wraps at the end', () => {
    expect(nextPlayYear(1681, range)).toBe(1682);
    expect(nextPlayYear(1697, range)).toBe(1652);
  });
});
