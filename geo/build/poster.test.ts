import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Localizer } from '../../src/lib/i18n/localizer.ts';
import { resolveLang } from '../../src/lib/i18n/messages.ts';
import { POLITY_COLORS } from '../../src/lib/map/colors.ts';
import { yearFrom } from '../../src/lib/model/timeline.ts';
import { testAtlas } from '../../tests/unit/testAtlas.ts';
import { firstPaintScript } from './firstPaint.ts';
import { posterSvg } from './poster.ts';

const data = testAtlas();
const en = new Localizer('en', data, null);
/** The fill of each town's dot, by the town's name in the picture. */
const townColours = (svg: string) =>
  Object.fromEntries(
    [...svg.matchAll(/<circle [^>]*fill="([^"]+)"[^>]*\/><text [^>]*>([^<]+)<\/text>/g)].map((m) => [
      m[2],
      m[1],
    ]),
  );
const territoryColours = (svg: string) =>
  [...svg.matchAll(/<path fill="([^"]+)" fill-opacity/g)].map((m) => m[1]);

describe('posterSvg', () => {
  it("draws the year's holders: Sayram Kazakh in 1681 and Dzungar in 1684", () => {
    expect(townColours(posterSvg(data, 1681, en, 'wide')).Sayram).toBe(POLITY_COLORS.kazakh);
    expect(townColours(posterSvg(data, 1684, en, 'narrow')).Sayram).toBe(POLITY_COLORS.dzungar);
  });
  it("fills exactly the year's territories, in their colours", () => {
    for (const year of [1652, 1681, 1684, 1697]) {
      const expected = Object.keys(data.byYear[year]!.territories).map((p) => POLITY_COLORS[p]);
      expect(territoryColours(posterSvg(data, year, en, 'wide')).sort()).toEqual(expected.sort());
    }
  });
  it('names the towns in the language asked, with markup escaped', () => {
    const kk = new Localizer('kk', data, { places: { sayram: 'Сайрам <b>' }, regions: {} } as never);
    const svg = posterSvg(data, 1684, kk, 'wide');
    expect(svg).toContain('Сайрам &lt;b&gt;');
    expect(svg).not.toContain('<b>');
  });
  it('refuses a year the atlas does not have', () => {
    expect(() => posterSvg(data, 1500, en, 'wide')).toThrow(/1500/);
  });
});

describe('first-paint.js', () => {
  /** Runs the script against an address and browser languages; what it chose. */
  function choose(search: string, languages: string[]) {
    let chosen: string | null = null;
    const stub = { setAttribute: () => {}, append: () => {}, querySelector: () => null, remove: () => {} };
    const root = {
      ...stub,
      querySelector: () => null,
      setAttribute: (name: string, value: string) => name === 'data-first-paint' && (chosen = value),
    };
    const document = { currentScript: { previousElementSibling: root }, createElement: () => ({ ...stub }) };
    new Function('document', 'location', 'navigator', firstPaintScript(data))(
      document,
      { search },
      { languages },
    );
    return chosen;
  }
  it('reads the year and the language as the page does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('1684', ' 1690 ', '1500', '99999', '1684abc', '', '-3', '1e3'), fc.string()),
        fc.oneof(fc.constantFrom('kk', 'ru-RU', 'KK_kz', 'de', '', 'en'), fc.string()),
        fc.array(fc.constantFrom('kk-KZ', 'ru', 'fr', 'en-GB', 'x')),
        (year, lang, languages) => {
          const search = `?${new URLSearchParams({ year, lang })}`;
          const expected = `${resolveLang(lang, languages)} ${yearFrom(year, data.years, data.openingYear)}`;
          expect(choose(search, languages)).toBe(expected);
        },
      ),
    );
  });
});
