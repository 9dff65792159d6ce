import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMINGS, after, timings } from './timings.ts';

describe('timings', () => {
  afterEach(() => {
    delete (globalThis as { warAtlasTimings?: unknown }).warAtlasTimings;
  });

  it('are the defaults when the page sets nothing', () => {
    expect(timings()).toEqual(DEFAULT_TIMINGS);
  });

  it('take a page’s numbers ≥ 0, Infinity included', () => {
    (globalThis as { warAtlasTimings?: unknown }).warAtlasTimings = {
      noticeMs: 60_000,
      interfaceFallbackMs: Infinity,
    };
    expect(timings()).toEqual({ noticeMs: 60_000, interfaceFallbackMs: Infinity });
  });

  it('ignore junk, negative numbers, getters and inherited keys', () => {
    const getter = Object.defineProperty({}, 'noticeMs', { get: () => 1, enumerable: true });
    for (const junk of [
      'fast',
      null,
      42,
      { noticeMs: -1, interfaceFallbackMs: NaN },
      { noticeMs: '100' },
      getter,
      Object.create({ noticeMs: 5 }),
      JSON.parse('{"__proto__": {"noticeMs": 5}}'),
    ])
      expect(timings(junk)).toEqual(DEFAULT_TIMINGS);
  });
});

describe('after', () => {
  it('runs after the time, and not once cancelled', () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    after(100, () => ran.push('a'));
    const cancel = after(100, () => ran.push('b'));
    cancel();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['a']);
    vi.useRealTimers();
  });

  it('never runs for Infinity (setTimeout would run it at once)', () => {
    vi.useFakeTimers();
    let ran = false;
    after(Infinity, () => (ran = true));
    vi.advanceTimersByTime(2 ** 31);
    expect(ran).toBe(false);
    vi.useRealTimers();
  });
});
