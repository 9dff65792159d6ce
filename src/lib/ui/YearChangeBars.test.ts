// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { polityColor } from '../map/colors.ts';
import type { AtlasData } from '../model/atlasData.ts';
import { territorySeries } from '../model/territorySeries.ts';
import YearChangeBars from './YearChangeBars.svelte';

let data: AtlasData;
let series: { polity: string; name: string; color: string; areas: number[]; belligerent: boolean }[];
beforeAll(() => {
  data = testAtlas();
  series = territorySeries(data).map((s) => ({
    ...s,
    name: data.polities.find((p) => p.id === s.polity)!.shortName ?? s.polity,
    color: polityColor(s.polity),
  }));
});
const show = (year: number) =>
  render(YearChangeBars, {
    series,
    year,
    min: data.years.min,
    title: `Change in ${year}`,
    none: 'No change.',
  }).container;
const width = (li: Element) => parseFloat((li.querySelector('.bar') as HTMLElement).style.width);

describe('YearChangeBars', () => {
  it('shows 1684 at a glance: a long bar of gain for the Dzungars, a long hatched loss for the Kazakhs', () => {
    const block = show(1684);
    const dzungar = block.querySelector('[data-polity="dzungar"]')!;
    const kazakh = block.querySelector('[data-polity="kazakh"]')!;
    expect(dzungar.textContent).toMatch(/\+/);
    expect(dzungar.classList.contains('loss')).toBe(false);
    expect(kazakh.textContent).toMatch(/−/);
    expect(kazakh.classList.contains('loss')).toBe(true);
    // On the scale of the largest change in any year (Altishahr's conquest in 1680, 680,000 km²
    // now that it reaches the crests), Jetisu's move is a third to a half of a bar.
    expect(width(dzungar)).toBeGreaterThan(40);
    expect(width(kazakh)).toBeGreaterThan(30);
    expect(dzungar.classList.contains('strong')).toBe(true);
  });
  it('fills and fades a bar beyond the scale: the Khalkha lands passing to the Qing in 1687', () => {
    const block = show(1687);
    const qing = block.querySelector('[data-polity="qing"] .bar')!;
    expect(width(qing.parentElement!.parentElement!)).toBe(100);
    expect(qing.classList.contains('beyond')).toBe(true);
    expect(block.querySelector('[data-polity="qing"]')!.textContent).toMatch(/\+1,57\d,\d{3}/);
    // The war's own changes stay on their scale.
    expect(block.querySelector('[data-polity="dzungar"] .bar')!.classList.contains('beyond')).toBe(false);
  });
  it('says so when nothing changed, and lists no bar', () => {
    const block = show(1660);
    expect(block.textContent).toContain('No change.');
    expect(block.querySelectorAll('li')).toHaveLength(0);
  });
});
