// Hostile input, tried systematically: whatever a URL, an attribute, a property or a host page's
// message carries, the atlas ends at a sensible year and place, says so when it rejected
// something, and never throws or lets the input reach a prototype.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../tests/unit/testAtlas.ts';
import { Atlas, quoteInput } from './atlas.svelte.ts';
import { parseHostMessage } from './embed/messages.ts';
import type { AtlasData } from './model/atlasData.ts';
import { placeInfo } from './model/places.ts';
import { parseYear } from './model/timeline.ts';
import { readView } from './url.ts';

let data: AtlasData;
beforeAll(() => {
  data = testAtlas();
});

const hostileObject = () => {
  const o = Object.create(null) as Record<string, unknown>;
  o.toString = () => {
    throw new Error('gotcha');
  };
  return o;
};
/** What pages actually send by mistake or on purpose, plus everything fast-check can make up. */
const junk = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withSparseArray: true }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    Number.parseFloat('1e309'), // Infinity, as a page computing a year might produce
    '1e309',
    -0,
    Number.MAX_SAFE_INTEGER,
    '0x698',
    ' 1684 ',
    '1684abc',
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    'prototype',
    'hasOwnProperty',
    '\u2028\u2029\u0000',
    'x'.repeat(1_000_000),
    Symbol('year'),
  ),
  fc.constant(null).map(hostileObject),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const sensibleYear = (atlas: Atlas) =>
  Number.isInteger(atlas.year) && atlas.year >= data.years.min && atlas.year <= data.years.max;

describe('hostile input to the atlas (attributes, properties, URL values)', () => {
  it('setYear: any input ends at a whole year inside 1652–1697, with a notice when rejected', () => {
    fc.assert(
      fc.property(junk, (input) => {
        const atlas = new Atlas(data);
        atlas.setYear(input);
        expect(sensibleYear(atlas)).toBe(true);
        // A year that was not taken as given (junk, or clamped into range) comes with a short notice.
        if (parseYear(input) !== atlas.year) expect(atlas.notice).toBeTruthy();
        else expect(atlas.notice).toBeNull();
        expect(atlas.notice === null || atlas.notice.length <= 120).toBe(true);
        atlas.destroy();
      }),
      { numRuns: 400 },
    );
  });

  it('setYear: junk that is not a year leaves the year as it was and says why', () => {
    fc.assert(
      fc.property(
        junk.filter((x) => typeof x !== 'number' && !(typeof x === 'string' && /^\s*-?\d{1,6}\s*$/.test(x))),
        (input) => {
          const atlas = new Atlas(data);
          atlas.setYear(1683);
          atlas.setYear(input);
          expect(atlas.year).toBe(1683);
          expect(atlas.notice).toMatch(/is not a year; showing 1683/);
          atlas.destroy();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('selectPlace: any input leaves no place or a real one', () => {
    fc.assert(
      fc.property(junk, (input) => {
        const atlas = new Atlas(data);
        atlas.selectPlace(input);
        expect(atlas.place === null || placeInfo(data, atlas.place) !== null).toBe(true);
        atlas.destroy();
      }),
      { numRuns: 400 },
    );
  });

  it('setControls and setLang: any input leaves a known value', () => {
    fc.assert(
      fc.property(junk, junk, (controls, lang) => {
        const atlas = new Atlas(data);
        atlas.setControls(controls);
        atlas.setLang(lang);
        expect(['full', 'slider', 'none']).toContain(atlas.controls);
        expect(['en', 'kk', 'ru']).toContain(atlas.lang);
        atlas.destroy();
      }),
      { numRuns: 300 },
    );
  });

  it('a URL query of any shape gives short strings or nothing, and a working atlas', () => {
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .record({ year: junk.map((x) => safeText(x)), place: junk.map((x) => safeText(x)) })
        .map((v) => new URLSearchParams(v).toString()),
    );
    fc.assert(
      fc.property(query, (search) => {
        const view = readView(search);
        for (const value of [view.year, view.place]) expect(value === null || value.length <= 64).toBe(true);
        const atlas = new Atlas(data);
        atlas.setYear(view.year ?? data.openingYear);
        atlas.selectPlace(view.place);
        expect(sensibleYear(atlas)).toBe(true);
        atlas.destroy();
      }),
      { numRuns: 300 },
    );
  });

  it('quoteInput renders anything as one short printable line', () => {
    fc.assert(
      fc.property(junk, (input) => {
        const text = quoteInput(input);
        expect(typeof text).toBe('string');
        expect(text.length).toBeLessThanOrEqual(41);
        // eslint-disable-next-line no-control-regex
        expect(text).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
      }),
    );
  });
});

describe('hostile messages to the iframe', () => {
  const shapes = fc.oneof(
    junk,
    fc.record(
      {
        type: fc.oneof(fc.constant('war-atlas'), junk),
        action: fc.oneof(
          fc.constantFrom('setYear', 'selectPlace', 'play', 'pause', 'eval', '__proto__'),
          junk,
        ),
        year: junk,
        place: junk,
      },
      { requiredKeys: [] },
    ),
    fc.constant(JSON.parse('{"type":"war-atlas","action":"setYear","year":1684,"__proto__":{"polluted":1}}')),
    fc.constant({ type: 'war-atlas', action: 'selectPlace', place: 'x'.repeat(10_000) }),
  );
  it('only exact, small, well-typed commands get through; the rest is ignored', () => {
    fc.assert(
      fc.property(shapes, (message) => {
        const command = parseHostMessage(message);
        if (command === null) return;
        if (command.action === 'setYear') expect(Number.isInteger(command.year)).toBe(true);
        if (command.action === 'selectPlace')
          expect(command.place === null || /^[a-z0-9-]{1,64}$/.test(command.place)).toBe(true);
        expect(['setYear', 'selectPlace', 'play', 'pause']).toContain(command.action);
        // What gets through, fed to an atlas, still ends somewhere sensible.
        const atlas = new Atlas(data);
        if (command.action === 'setYear') atlas.setYear(command.year);
        if (command.action === 'selectPlace') atlas.selectPlace(command.place);
        expect(sensibleYear(atlas)).toBe(true);
        atlas.destroy();
      }),
      { numRuns: 500 },
    );
  });
});

describe('prototype pollution', () => {
  it('no input above reached Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

/** Junk as it would arrive in a URL: always text. */
function safeText(x: unknown): string {
  return quoteInput(x, 200);
}
