import { describe, expect, it } from 'vitest';
import { nextSheetState, sheetHeights, snapSheet } from './sheet.ts';

describe('the bottom sheet', () => {
  it('cycles peek → half → full → peek on a tap', () => {
    expect(nextSheetState('peek')).toBe('half');
    expect(nextSheetState('half')).toBe('full');
    expect(nextSheetState('full')).toBe('peek');
  });
  it('keeps the title card’s strip of map above a full sheet, and half between', () => {
    expect(sheetHeights(600, 48, 64)).toEqual({ peek: 48, half: 300, full: 536 });
    // A map too short for three states still orders them.
    const tiny = sheetHeights(80, 48, 64);
    expect(tiny.peek).toBeLessThanOrEqual(tiny.half);
    expect(tiny.half).toBeLessThanOrEqual(tiny.full);
  });
  it('ends a drag in the nearest state', () => {
    const h = sheetHeights(600, 48, 64);
    expect(snapSheet(60, h)).toBe('peek');
    expect(snapSheet(280, h)).toBe('half');
    expect(snapSheet(500, h)).toBe('full');
    expect(snapSheet(9999, h)).toBe('full');
  });
  it('goes one state further on a flick in the direction of the drag', () => {
    const h = sheetHeights(600, 48, 64);
    expect(snapSheet(280, h, 1)).toBe('full');
    expect(snapSheet(280, h, -1)).toBe('peek');
    expect(snapSheet(500, h, 1)).toBe('full');
    expect(snapSheet(280, h, 0.2)).toBe('half');
  });
});
