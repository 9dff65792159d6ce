import { describe, expect, it } from 'vitest';
import { scaleBar, snapshotFileName, wrapText } from './layout.ts';

describe('snapshotFileName', () => {
  it('names the year and, when one is selected, the place', () => {
    expect(snapshotFileName(1684, null)).toBe('war-atlas-1684.png');
    expect(snapshotFileName(1683, 'sayram')).toBe('war-atlas-1683-sayram.png');
    expect(snapshotFileName(1684, 'irtysh-valley')).toBe('war-atlas-1684-irtysh-valley.png');
  });
  it('never puts anything but letters, digits and hyphens in the name', () => {
    expect(snapshotFileName(1684, '../<b>x</b>')).toBe('war-atlas-1684-bxb.png');
    expect(snapshotFileName(1684, '')).toBe('war-atlas-1684.png');
  });
});

describe('scaleBar', () => {
  it('picks a round distance no longer than the room', () => {
    expect(scaleBar(1000, 150)).toEqual({ km: 100, px: 100 });
    expect(scaleBar(2500, 120)).toEqual({ km: 200, px: 80 });
    expect(scaleBar(900, 120)).toEqual({ km: 100, px: 1000 / 9 });
    for (const m of [13, 170, 999, 4321, 12345]) {
      const bar = scaleBar(m, 120)!;
      expect(bar.px).toBeLessThanOrEqual(120);
      expect(bar.px).toBeGreaterThan(120 / 5);
      expect(String(bar.km)).toMatch(/^[125]0*$|^0\.0*[125]$/);
    }
  });
  it('draws none for junk', () => {
    expect(scaleBar(0, 100)).toBeNull();
    expect(scaleBar(NaN, 100)).toBeNull();
    expect(scaleBar(100, 0)).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks at spaces before the width is exceeded', () => {
    expect(wrapText('a bb ccc', 4, (s) => s.length)).toEqual(['a bb', 'ccc']);
    expect(wrapText('  one  ', 10, (s) => s.length)).toEqual(['one']);
    expect(wrapText('', 10, (s) => s.length)).toEqual([]);
  });
  it('gives an over-long word a line of its own', () => {
    expect(wrapText('a verylongword b', 5, (s) => s.length)).toEqual(['a', 'verylongword', 'b']);
  });
});
