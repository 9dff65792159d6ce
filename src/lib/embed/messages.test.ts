import { describe, expect, it } from 'vitest';
import { originAllowed, parseAllowedOrigins, parseHostMessage } from './messages.ts';

describe('parseHostMessage', () => {
  it('accepts the four commands', () => {
    expect(parseHostMessage({ type: 'war-atlas', action: 'setYear', year: 1684 })).toEqual({
      action: 'setYear',
      year: 1684,
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'setYear', year: '1683' })).toEqual({
      action: 'setYear',
      year: 1683,
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'selectPlace', place: 'sayram' })).toEqual({
      action: 'selectPlace',
      place: 'sayram',
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'selectPlace', place: null })).toEqual({
      action: 'selectPlace',
      place: null,
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'play' })).toEqual({ action: 'play' });
    expect(parseHostMessage({ type: 'war-atlas', action: 'pause' })).toEqual({ action: 'pause' });
    expect(parseHostMessage({ type: 'war-atlas', action: 'snapshot' })).toEqual({ action: 'snapshot' });
    expect(parseHostMessage({ type: 'war-atlas', action: 'snapshot', a: 1, b: 2, c: 3 })).toBeNull();
    expect(parseHostMessage({ type: 'war-atlas', action: 'Snapshot' })).toBeNull();
  });
  it('accepts a year to compare with, or null to stop, and not junk', () => {
    expect(parseHostMessage({ type: 'war-atlas', action: 'compare', year: 1680 })).toEqual({
      action: 'compare',
      year: 1680,
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'compare', year: null })).toEqual({
      action: 'compare',
      year: null,
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'compare', year: 'then' })).toBeNull();
    expect(parseHostMessage({ type: 'war-atlas', action: 'compare' })).toBeNull();
  });
  it('accepts a time-lapse with or without its years, and not with junk ones', () => {
    expect(parseHostMessage({ type: 'war-atlas', action: 'timelapse' })).toEqual({ action: 'timelapse' });
    expect(parseHostMessage({ type: 'war-atlas', action: 'timelapse', from: 1681, to: '1684' })).toEqual({
      action: 'timelapse',
      from: 1681,
      to: 1684,
    });
    expect(parseHostMessage({ type: 'war-atlas', action: 'timelapse', from: '<b>' })).toBeNull();
    expect(parseHostMessage({ type: 'war-atlas', action: 'timelapse', to: 1683.5 })).toBeNull();
  });
  it('ignores junk, wrong types, markup and oversized payloads', () => {
    const junk: unknown[] = [
      null,
      'setYear',
      42,
      [],
      { action: 'setYear', year: 1684 },
      { type: 'other', action: 'play' },
      { type: 'war-atlas', action: 'explode' },
      { type: 'war-atlas', action: 'setYear', year: NaN },
      { type: 'war-atlas', action: 'setYear', year: Infinity },
      { type: 'war-atlas', action: 'setYear', year: Number('1e309') },
      { type: 'war-atlas', action: 'setYear', year: '1684<script>' },
      { type: 'war-atlas', action: 'setYear', year: { valueOf: () => 1684 } },
      { type: 'war-atlas', action: 'selectPlace', place: '<img src=x onerror=alert(1)>' },
      { type: 'war-atlas', action: 'selectPlace', place: 'x'.repeat(100_000) },
      { type: 'war-atlas', action: 'selectPlace', place: 7 },
      { type: 'war-atlas', action: 'play', a: 1, b: 2, c: 3 },
      JSON.parse('{"type":"war-atlas","action":"play","__proto__":{"polluted":true}}'),
      new Date(),
    ];
    for (const message of junk)
      expect(parseHostMessage(message), JSON.stringify(message)?.slice(0, 60)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('does not run getters on the message', () => {
    let ran = false;
    const message = {
      type: 'war-atlas',
      action: 'setYear',
      get year() {
        ran = true;
        return 1684;
      },
    };
    expect(parseHostMessage(message)).toBeNull();
    expect(ran).toBe(false);
  });
});

describe('origins', () => {
  it('parses an allow-list of exact origins and drops junk', () => {
    expect(parseAllowedOrigins('https://a.example, http://localhost:8080')).toEqual([
      'https://a.example',
      'http://localhost:8080',
    ]);
    expect(parseAllowedOrigins('https://a.example/path,javascript:alert(1)')).toBeNull();
    expect(parseAllowedOrigins(null)).toBeNull();
  });
  it('allows any origin without a list, and only listed ones with it', () => {
    expect(originAllowed('https://evil.example', null)).toBe(true);
    expect(originAllowed('https://evil.example', ['https://a.example'])).toBe(false);
    expect(originAllowed('https://a.example', ['https://a.example'])).toBe(true);
  });
});
