import { describe, expect, it, vi } from 'vitest';
import { SheetHistory } from './history.ts';

const fakeHistory = () => ({ state: { year: 1684 }, pushState: vi.fn(), back: vi.fn() });

describe('the sheet’s history entry', () => {
  it('is added when the sheet opens, once, and taken back when it closes by hand', () => {
    const history = fakeHistory();
    const entry = new SheetHistory(history);
    entry.moved('peek', 'half');
    entry.moved('half', 'full');
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(history.pushState).toHaveBeenCalledWith({ year: 1684 }, '');
    entry.moved('full', 'peek');
    expect(history.back).toHaveBeenCalledTimes(1);
    entry.moved('peek', 'peek');
    expect(history.back).toHaveBeenCalledTimes(1);
  });
  it('closes the sheet on back, and is then gone', () => {
    const history = fakeHistory();
    const entry = new SheetHistory(history);
    entry.moved('peek', 'half');
    expect(entry.popped(true)).toBe(true);
    // The entry went with the back gesture: closing adds no second back.
    entry.moved('half', 'peek');
    expect(history.back).not.toHaveBeenCalled();
    expect(entry.popped(false)).toBe(false);
  });
  it('leaves a back that is not its own alone', () => {
    const entry = new SheetHistory(fakeHistory());
    expect(entry.popped(true)).toBe(false);
  });
});
