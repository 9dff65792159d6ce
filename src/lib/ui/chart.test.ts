import { describe, expect, it } from 'vitest';
import {
  SLIDER_INSET_PX,
  areaChange,
  changeIndices,
  formatChange,
  formatKm2,
  seriesMax,
  stepAreaPath,
  stepLinePath,
  xOfYear,
  yOfArea,
  yearAtX,
} from './chart.ts';

const years = { min: 1652, max: 1697 };

describe('xOfYear', () => {
  it('puts the first and last year at the ends of the axis, inside the inset', () => {
    expect(xOfYear(1652, 460, years)).toBe(0);
    expect(xOfYear(1697, 460, years)).toBe(460);
    expect(xOfYear(1652, 460, years, SLIDER_INSET_PX)).toBe(9);
    expect(xOfYear(1697, 460, years, SLIDER_INSET_PX)).toBe(451);
  });
  it('spaces years evenly', () => {
    expect(xOfYear(1662, 450, { min: 1652, max: 1697 })).toBeCloseTo(100);
  });
  it('centres a one-year span instead of dividing by zero', () => {
    expect(xOfYear(1684, 100, { min: 1684, max: 1684 })).toBe(50);
  });
});

describe('yearAtX', () => {
  it('is the inverse of xOfYear for every year', () => {
    for (let y = years.min; y <= years.max; y++)
      expect(yearAtX(xOfYear(y, 500, years, 9), 500, years, 9)).toBe(y);
  });
  it('rounds to the nearest year', () => {
    const step = 450 / 45;
    expect(yearAtX(step * 0.4, 450, years)).toBe(1652);
    expect(yearAtX(step * 0.6, 450, years)).toBe(1653);
  });
  it('clamps at both ends, inset included', () => {
    expect(yearAtX(-50, 450, years)).toBe(1652);
    expect(yearAtX(2, 450, years, 9)).toBe(1652);
    expect(yearAtX(900, 450, years)).toBe(1697);
    expect(yearAtX(449, 450, years, 9)).toBe(1697);
    expect(yearAtX(Infinity, 450, years)).toBe(1697);
    expect(yearAtX(-Infinity, 450, years)).toBe(1652);
  });
  it('gives the first year for junk: NaN, zero or negative width, an empty span', () => {
    expect(yearAtX(NaN, 450, years)).toBe(1652);
    expect(yearAtX(100, NaN, years)).toBe(1652);
    expect(yearAtX(100, 0, years)).toBe(1652);
    expect(yearAtX(10, 12, years, 9)).toBe(1652);
    expect(yearAtX(100, 450, { min: 1684, max: 1684 })).toBe(1684);
  });
});

describe('yOfArea', () => {
  it('maps 0 to the baseline and the maximum to the top', () => {
    expect(yOfArea(0, 200, 94, 8)).toBe(94);
    expect(yOfArea(200, 200, 94, 8)).toBe(8);
    expect(yOfArea(100, 200, 94, 8)).toBe(51);
  });
  it('clamps out-of-range areas and puts junk on the baseline', () => {
    expect(yOfArea(400, 200, 94, 8)).toBe(8);
    expect(yOfArea(-5, 200, 94, 8)).toBe(94);
    expect(yOfArea(NaN, 200, 94, 8)).toBe(94);
    expect(yOfArea(100, 0, 94, 8)).toBe(94);
    expect(yOfArea(100, NaN, 94, 8)).toBe(94);
  });
});

describe('seriesMax', () => {
  it('is the largest finite area of any series, 0 for none', () => {
    expect(seriesMax([{ areas: [1, 5] }, { areas: [3, NaN, Infinity] }])).toBe(5);
    expect(seriesMax([])).toBe(0);
  });
});

describe('stepLinePath', () => {
  const x = (i: number) => i * 10;
  const y = (km2: number) => 100 - km2;
  it('holds each year’s area until the year it changes, then steps', () => {
    expect(stepLinePath([10, 10, 30, 30], x, y)).toBe('M0,90H20V70H30');
  });
  it('is one flat line when nothing changes', () => {
    expect(stepLinePath([10, 10, 10], x, y)).toBe('M0,90H20');
  });
  it('ends on a step in the last year without a dangling segment', () => {
    expect(stepLinePath([10, 20], x, y)).toBe('M0,90H10V80');
  });
  it('is empty for no years, and reads junk areas as no land', () => {
    expect(stepLinePath([], x, y)).toBe('');
    expect(stepLinePath([NaN, 10], x, y)).toBe('M0,100H10V90');
  });
});

describe('stepAreaPath', () => {
  it('closes the step line down to the baseline', () => {
    expect(
      stepAreaPath(
        [10, 20],
        (i) => i * 10,
        (a) => 100 - a,
        100,
      ),
    ).toBe('M0,90H10V80V100H0Z');
    expect(
      stepAreaPath(
        [],
        (i) => i,
        (a) => a,
        100,
      ),
    ).toBe('');
  });
});

describe('changeIndices', () => {
  it('marks the years that differ from the year before', () => {
    expect(changeIndices([1, 1, 2, 2, 1])).toEqual([2, 4]);
    expect(changeIndices([5])).toEqual([]);
  });
});

describe('areaChange', () => {
  it('is the gain or loss since the year before, null without one', () => {
    expect(areaChange([10, 25, 5], 1)).toBe(15);
    expect(areaChange([10, 25, 5], 2)).toBe(-20);
    expect(areaChange([10, 25, 5], 0)).toBeNull();
    expect(areaChange([10, 25, 5], 3)).toBeNull();
    expect(areaChange([10, 25, 5], NaN)).toBeNull();
  });
});

describe('formatKm2 and formatChange', () => {
  it('formats areas with English digit grouping', () => {
    expect(formatKm2(1799888)).toBe('1,799,888 km²');
  });
  it('signs gains with + and losses with a minus sign', () => {
    expect(formatChange(304882, formatKm2)).toBe('+304,882 km²');
    expect(formatChange(-234169, formatKm2)).toBe('−234,169 km²');
    expect(formatChange(0, formatKm2)).toBe('0 km²');
    expect(formatChange(null, formatKm2)).toBe('—');
    expect(formatChange(NaN, formatKm2)).toBe('—');
  });
});
