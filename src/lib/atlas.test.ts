import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testAtlas } from '../../tests/unit/testAtlas.ts';
import { Atlas, PLAY_STEP_MS, parseOnOff } from './atlas.svelte.ts';
import type { AtlasData } from './model/atlasData.ts';

let data: AtlasData;
beforeAll(() => {
  data = testAtlas();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the relief switch', () => {
  it('reads on and off the ways attributes say them, and nothing else', () => {
    for (const on of [null, undefined, true, '', 'on', 'ON', 'true', '1']) expect(parseOnOff(on)).toBe(true);
    for (const off of [false, 'off', ' Off ', 'false', '0', 'no']) expect(parseOnOff(off)).toBe(false);
    for (const junk of ['maybe', 2, {}, '<b>off</b>']) expect(parseOnOff(junk)).toBeNull();
  });
  it('is on by default; relief="off" turns it off, junk keeps it and says why', () => {
    const onRelief = vi.fn();
    const atlas = new Atlas(data, { onRelief });
    expect(atlas.overlays.relief).toBe(true);
    atlas.setRelief('off');
    expect(atlas.overlays.relief).toBe(false);
    atlas.setRelief('sideways');
    expect(atlas.overlays.relief).toBe(false);
    expect(atlas.notice).toMatch(/sideways/);
    // Attributes are not the reader's choice: only the switch reports.
    expect(onRelief).not.toHaveBeenCalled();
    atlas.chooseRelief(true);
    expect(onRelief).toHaveBeenCalledWith(true);
    atlas.destroy();
  });
});

describe('Atlas', () => {
  it('opens at 1681 with nothing selected', () => {
    const atlas = new Atlas(data);
    expect(atlas.year).toBe(1681);
    expect(atlas.place).toBeNull();
    expect(atlas.state.year).toBe(1681);
  });
  it('reports accepted changes once and ignores repeats', () => {
    const onYear = vi.fn();
    const atlas = new Atlas(data, { onYear });
    atlas.setYear('1684');
    atlas.setYear(1684);
    expect(onYear).toHaveBeenCalledTimes(1);
    expect(onYear).toHaveBeenCalledWith(1684);
    expect(atlas.state.control.sayram).toBe('dzungar');
  });
  it('ignores junk years with a notice, and clamps out-of-range ones', () => {
    const onReject = vi.fn();
    const atlas = new Atlas(data, { onReject });
    atlas.setYear('<img src=x onerror=alert(1)>');
    expect(atlas.year).toBe(1681);
    expect(atlas.notice).toMatch(/is not a year/);
    atlas.setYear(3000);
    expect(atlas.year).toBe(1697);
    expect(onReject).toHaveBeenCalledTimes(2);
    atlas.destroy();
  });
  it('selects known places only', () => {
    const onPlace = vi.fn();
    const atlas = new Atlas(data, { onPlace });
    atlas.selectPlace('sayram');
    atlas.selectPlace('atlantis');
    atlas.selectPlace({ toString: () => 'sayram' });
    expect(atlas.place).toBe('sayram');
    atlas.selectPlace(null);
    expect(atlas.place).toBeNull();
    expect(onPlace.mock.calls).toEqual([['sayram'], [null]]);
    atlas.destroy();
  });
  it('plays year by year and stops at the end', () => {
    vi.useFakeTimers();
    const atlas = new Atlas(data);
    atlas.play();
    vi.advanceTimersByTime(PLAY_STEP_MS * 3);
    expect(atlas.year).toBe(1684);
    vi.advanceTimersByTime(PLAY_STEP_MS * 100);
    expect(atlas.year).toBe(1697);
    expect(atlas.playing).toBe(false);
  });
});

describe('notices', () => {
  it('go after a few seconds, unless lasting; a later notice replaces a lasting one', () => {
    vi.useFakeTimers();
    const atlas = new Atlas(data);
    atlas.notify('passing');
    vi.advanceTimersByTime(60_000);
    expect(atlas.notice).toBeNull();
    atlas.notify('the controls could not load', { lasting: true });
    vi.advanceTimersByTime(60_000);
    expect(atlas.notice).toBe('the controls could not load');
    atlas.setYear('junk');
    expect(atlas.notice).toMatch(/is not a year/);
    vi.advanceTimersByTime(60_000);
    expect(atlas.notice).toBeNull();
  });
});

describe('comparing two years', () => {
  const comparing = (onCompare = vi.fn(), onReject = vi.fn()) => {
    const built = testAtlas();
    const atlas = new Atlas(built, { onCompare, onReject }, () => Promise.resolve(built.comparisons));
    atlas.setYear(1685);
    return { atlas, onCompare, onReject };
  };

  it('compares once its data has come, from the earlier year to the later', async () => {
    const { atlas, onCompare } = comparing();
    atlas.setCompare('1680');
    expect(atlas.compare).toBe(1680);
    expect(onCompare).toHaveBeenCalledWith(1680);
    await vi.waitFor(() => expect(atlas.comparison).not.toBeNull());
    expect(atlas.comparison).toMatchObject({ from: 1680, to: 1685 });
    expect(atlas.comparison!.changes.find((c) => c.polity === 'dzungar')!.gainedKm2).toBeGreaterThan(300_000);
    // The year on screen may be the earlier one: still 1680 → 1685.
    atlas.setYear(1680);
    atlas.setCompare(1685);
    expect(atlas.comparison).toMatchObject({ from: 1680, to: 1685 });
  });

  it('shows nothing extra for the same year, and stops on null, "" or "off"', async () => {
    const { atlas, onCompare } = comparing();
    atlas.setCompare(1685);
    await Promise.resolve();
    expect(atlas.compare).toBe(1685);
    expect(atlas.comparison).toBeNull();
    for (const off of [null, '', 'off']) {
      atlas.setCompare(1680);
      atlas.setCompare(off);
      expect(atlas.compare).toBeNull();
    }
    expect(onCompare).toHaveBeenLastCalledWith(null);
  });

  it('ignores junk with a notice and clamps out-of-range years', () => {
    const { atlas, onReject } = comparing();
    atlas.setCompare('<b>then</b>');
    expect(atlas.compare).toBeNull();
    expect(onReject).toHaveBeenLastCalledWith(expect.stringContaining('is not a year to compare with'));
    atlas.setCompare(1500);
    expect(atlas.compare).toBe(data.years.min);
    expect(onReject).toHaveBeenLastCalledWith(expect.stringContaining('The atlas covers'));
  });
});

describe('Atlas quiz', () => {
  it('opens a set by its seed, closes on null, and refuses junk with a notice', () => {
    const onQuiz = vi.fn();
    const onReject = vi.fn();
    const atlas = new Atlas(data, { onQuiz, onReject });
    atlas.setQuiz('4711');
    expect(atlas.quiz).toBe(4711);
    expect(onQuiz).toHaveBeenLastCalledWith(4711);
    expect(atlas.questions(4711).map((q) => q.id)).toEqual(atlas.questions(4711).map((q) => q.id));
    for (const junk of ['abc', '0', '1.5', '100000', '-3', '<script>']) {
      atlas.setQuiz(junk);
      expect(atlas.quiz).toBe(4711);
    }
    expect(onReject).toHaveBeenLastCalledWith(expect.stringContaining('is not a set number'));
    atlas.setQuiz(null);
    expect(atlas.quiz).toBeNull();
    atlas.openQuiz();
    expect(atlas.quiz).toBeGreaterThanOrEqual(1);
    expect(onQuiz).toHaveBeenLastCalledWith(atlas.quiz);
  });
});
