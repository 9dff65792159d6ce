import { describe, expect, it } from 'vitest';
import { SheetDrag } from './drag.ts';
import { sheetHeights } from './sheet.ts';

const h = sheetHeights(600, 48, 64); // peek 48, half 300, full 536

describe('dragging the sheet', () => {
  it('is a tap until the finger has moved 6 px', () => {
    const drag = new SheetDrag(500, 48, 0);
    expect(drag.move(496, 10, h)).toBeNull();
    expect(drag.end(20, h)).toBeNull();
  });
  it('follows the finger, between peek and full', () => {
    const drag = new SheetDrag(500, 48, 0);
    expect(drag.move(400, 100, h)).toBe(148);
    expect(drag.move(0, 200, h)).toBe(536);
    expect(drag.move(900, 300, h)).toBe(48);
  });
  it('once dragging, follows moves under 6 px too', () => {
    const drag = new SheetDrag(500, 48, 0);
    expect(drag.move(490, 10, h)).toBe(58);
    expect(drag.move(497, 20, h)).toBe(51);
  });
  it('settles in the nearest state when let go after a pause', () => {
    const drag = new SheetDrag(500, 48, 0);
    drag.move(260, 100, h); // 288 px: nearest half, moving up fast
    expect(drag.end(300, h)).toBe('half');
  });
  it('goes one state further on a flick', () => {
    const up = new SheetDrag(500, 48, 0);
    up.move(260, 100, h); // 2.4 px/ms up
    expect(up.end(150, h)).toBe('full');
    const down = new SheetDrag(300, 300, 0);
    down.move(320, 10, h); // 2 px/ms down, from half
    expect(down.end(20, h)).toBe('peek');
  });
});
