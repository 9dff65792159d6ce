// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Localizer } from '../i18n/localizer.ts';
import { BELLIGERENTS, type AtlasData } from '../model/atlasData.ts';
import { largestGroupKm2, transferGroups } from './transfers.ts';
import YearTransfers from './YearTransfers.svelte';

let data: AtlasData;
beforeAll(() => {
  data = testAtlas();
});
const show = (year: number, onland = vi.fn()) =>
  render(YearTransfers, {
    groups: transferGroups(data.byYear[year]!.transfers),
    scale: largestGroupKm2(data.byYear, BELLIGERENTS),
    sides: BELLIGERENTS,
    title: `Change in ${year}`,
    none: 'No change.',
    text: new Localizer('en', data, null),
    onland,
  }).container;
const width = (row: Element) => parseFloat((row.querySelector('.bar') as HTMLElement).style.width);
const row = (block: HTMLElement, from: string, to: string) =>
  block.querySelector(`li[data-from="${from}"][data-to="${to}"]`)!;

describe('YearTransfers', () => {
  it('says who took what from whom in 1684, and each with its amount', () => {
    const block = show(1684);
    const taken = row(block, 'kazakh', 'dzungar');
    const unheld = row(block, '', 'dzungar');
    expect(taken.textContent).toMatch(/Kazakhs\s*→\s*Dzungars/);
    expect(taken.querySelector('.value')?.textContent).toMatch(/^≈\s238,000\skm²$/);
    expect(unheld.textContent).toMatch(/no one’s land\s*→\s*Dzungars/);
    expect(unheld.textContent).toContain('Baraba steppe');
    // On the scale of Altishahr's conquest (1680, about 680,000 km²), Jetisu's move is a third.
    expect(width(taken)).toBeGreaterThan(30);
    expect(width(unheld)).toBeLessThan(width(taken));
  });
  it('marks the towns’ change as the map’s conjecture, and Jetisu’s not', () => {
    const taken = row(show(1684), 'kazakh', 'dzungar');
    const land = (id: string) => taken.querySelector(`[data-land="${id}"]`)!.parentElement!;
    expect(land('tashkent').querySelector('.reconstructed')?.getAttribute('title')).toBe(
      'the holder is this map’s conjecture',
    );
    expect(land('jetisu').querySelector('.reconstructed')).toBeNull();
    expect(show(1684).querySelector('.key')?.textContent).toBe('? reconstructed by this map');
  });
  it('opens a land by its button', async () => {
    const onland = vi.fn();
    const block = show(1684, onland);
    await fireEvent.click(block.querySelector('[data-land="jetisu"]')!);
    expect(onland).toHaveBeenCalledWith('jetisu');
  });
  it('fills and fades a bar beyond the scale: the Khalkha lands pass to the Qing in 1687, a year the article does not give', () => {
    const qing = row(show(1687), 'khalkha', 'qing');
    expect(width(qing)).toBe(100);
    expect(qing.querySelector('.bar')!.classList.contains('beyond')).toBe(true);
    expect(qing.textContent).toContain('1,570,000');
    expect(qing.querySelector('.reconstructed')?.getAttribute('title')).toBe('the article gives no year');
  });
  it('says so when nothing changed, and lists no bar', () => {
    const block = show(1660);
    expect(block.textContent).toContain('No change.');
    expect(block.querySelectorAll('li')).toHaveLength(0);
    expect(block.querySelector('.key')).toBeNull();
  });
});
