import { describe, expect, it } from 'vitest';
import {
  SLIDER_INSET_PX,
  areaChange,
  changeIndices,
  endLabelYs,
  formatChange,
  formatKm2,
  largestChange,
  layoutMarks,
  seriesExtent,
  changeSince,
  gridValues,
  spreadApart,
  stepAreaPath,
  stepLinePath,
  xOfYear,
  yOfValue,
  yearAtX,
  yearChanges,
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

describe('yOfValue', () => {
  it('maps lo to the baseline and hi to the top', () => {
    expect(yOfValue(0, 0, 200, 94, 8)).toBe(94);
    expect(yOfValue(200, 0, 200, 94, 8)).toBe(8);
    expect(yOfValue(100, 0, 200, 94, 8)).toBe(51);
    expect(yOfValue(0, -100, 100, 94, 8)).toBe(51);
  });
  it('clamps out-of-range values and puts junk on the baseline', () => {
    expect(yOfValue(400, 0, 200, 94, 8)).toBe(8);
    expect(yOfValue(-5, 0, 200, 94, 8)).toBe(94);
    expect(yOfValue(NaN, 0, 200, 94, 8)).toBe(94);
    expect(yOfValue(100, 0, 0, 94, 8)).toBe(94);
    expect(yOfValue(100, 0, NaN, 94, 8)).toBe(94);
  });
});

describe('seriesExtent', () => {
  it('spans every finite value and 0', () => {
    expect(seriesExtent([{ areas: [1, 5] }, { areas: [3, NaN, Infinity] }])).toEqual({ lo: 0, hi: 5 });
    expect(seriesExtent([{ areas: [-4, 2] }])).toEqual({ lo: -4, hi: 2 });
    expect(seriesExtent([])).toEqual({ lo: 0, hi: 0 });
  });
});

describe('changeSince', () => {
  it('gives each year’s gain or loss against the base year', () => {
    expect(changeSince([5, 7, 4], 1)).toEqual([-2, 0, -3]);
    expect(changeSince([5, NaN, 4], 0)).toEqual([0, -5, -1]);
  });
});

describe('gridValues', () => {
  it('picks round steps, at most as many as asked, without 0', () => {
    expect(gridValues(0, 3_600_000, 2)).toEqual([2_000_000]);
    expect(gridValues(0, 3_600_000, 3)).toEqual([1_000_000, 2_000_000, 3_000_000]);
    expect(gridValues(-680_000, 330_000, 3)).toEqual([-500_000, -250_000, 250_000]);
  });
  it('gives none for an empty or junk range', () => {
    expect(gridValues(0, 0)).toEqual([]);
    expect(gridValues(NaN, 5)).toEqual([]);
    expect(gridValues(0, 5, 0)).toEqual([]);
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

describe('spreadApart', () => {
  it('leaves items that are far enough apart where they are', () => {
    expect(spreadApart([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });
  it('pushes crowded items apart around their middle, in order', () => {
    expect(spreadApart([10, 11, 12], 10, 0, 100)).toEqual([1, 11, 21]);
  });
  it('stays inside the bounds', () => {
    expect(spreadApart([0, 0], 10, 5, 100)).toEqual([5, 15]);
    expect(spreadApart([100, 100], 10, 0, 95)).toEqual([85, 95]);
  });
});

describe('layoutMarks', () => {
  const years = { min: 1652, max: 1697 };
  const eventYears = [
    1652, 1653, 1661, 1670, 1671, 1676, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1696,
    1697,
  ];
  const overlaps = (marks: { x: number; row: number }[], size: number) =>
    marks.some((a, i) => marks.some((b, j) => i < j && a.row === b.row && Math.abs(a.x - b.x) < size));
  for (const width of [300, 328, 500, 720]) {
    it(`draws the atlas's ${eventYears.length} event years at ${width} px with no mark over another`, () => {
      const xs = eventYears.map((y) => xOfYear(y, width, years, SLIDER_INSET_PX));
      const { marks, rows } = layoutMarks(xs, 24, width);
      expect(marks).toHaveLength(eventYears.length);
      expect(overlaps(marks, 24)).toBe(false);
      expect(rows).toBeLessThanOrEqual(3);
      for (const m of marks) {
        expect(m.x).toBeGreaterThanOrEqual(12);
        expect(m.x).toBeLessThanOrEqual(width - 12);
        expect(m.row).toBeLessThan(rows);
      }
      // In year order, left to right.
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.x).toBeGreaterThan(marks[i - 1]!.x);
    });
  }
  it('keeps marks on one row, at their years, where there is room', () => {
    const { marks, rows } = layoutMarks([20, 100, 200], 24, 300);
    expect(rows).toBe(1);
    expect(marks.map((m) => m.x)).toEqual([20, 100, 200]);
  });
});

describe('endLabelYs', () => {
  it('keeps labels at their lines’ ends when they do not collide', () => {
    expect(endLabelYs([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
  });
  it('moves colliding labels apart, none closer than a line, in the order given', () => {
    const ys = [40, 41, 39, 40.5, 80, 79, 10];
    const placed = endLabelYs(ys, 11, 4, 100);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(11 - 1e-9);
    for (const y of placed) {
      expect(y).toBeGreaterThanOrEqual(4);
      expect(y).toBeLessThanOrEqual(100);
    }
    // The label of the line that ends lowest on screen stays lowest.
    expect(placed.indexOf(Math.max(...placed))).toBe(4);
  });
});

describe('yearChanges and largestChange', () => {
  const series = [
    { polity: 'dzungar', areas: [5, 5, 9] },
    { polity: 'kazakh', areas: [8, 8, 4] },
    { polity: 'qing', areas: [3, 3, 3] },
  ];
  it('lists the year’s gains before its losses', () => {
    expect(yearChanges(series, 2).map((c) => [c.series.polity, c.change])).toEqual([
      ['dzungar', 4],
      ['qing', 0],
      ['kazakh', -4],
    ]);
    expect(yearChanges(series, 0).every((c) => c.change === 0)).toBe(true);
  });
  it('is the largest gain or loss in any year', () => {
    expect(largestChange(series)).toBe(4);
    expect(largestChange([])).toBe(0);
  });
});
