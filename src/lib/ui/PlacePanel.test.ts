// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Atlas } from '../atlas.svelte.ts';
import type { AtlasData } from '../model/atlasData.ts';
import PlacePanel from './PlacePanel.svelte';

let data: AtlasData;
beforeAll(() => {
  data = testAtlas();
});

function open(place: string, year: number) {
  const atlas = new Atlas(data);
  atlas.setYear(year);
  atlas.selectPlace(place);
  const onclose = vi.fn();
  render(PlacePanel, { atlas, onclose });
  return { atlas, onclose };
}

describe('PlacePanel', () => {
  it('tells who holds Sayram in 1683 and in 1684', async () => {
    const { atlas } = open('sayram', 1683);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sayram');
    expect(document.querySelector('.holder')!.textContent).toMatch(/1683.*held by.*Kazakh Khanate/s);
    atlas.setYear(1684);
    await Promise.resolve();
    expect(document.querySelector('.holder')!.textContent).toMatch(/1684.*held by.*Dzungar Khanate/s);
  });
  it('says when a holder is the map’s conjecture, and not when an event dates it', async () => {
    const { atlas } = open('tashkent', 1683);
    expect(document.querySelector('.holder')!.textContent).toMatch(/Kazakh Khanate.*conjecture of this map/s);
    atlas.setYear(1684);
    await Promise.resolve();
    // Tashkent surrenders in 1684 (Course of the War): attested, so no mark.
    expect(document.querySelector('.holder')!.textContent).toMatch(/Dzungar Khanate/);
    expect(document.querySelector('.holder .conjecture')).toBeNull();
  });
  it('lists every event at Sayram with its quote, this year’s highlighted', () => {
    open('sayram', 1684);
    const items = [...document.querySelectorAll('.events li')];
    expect(items.length).toBeGreaterThanOrEqual(4);
    const current = items.filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current.length).toBeGreaterThanOrEqual(2);
    for (const li of items) expect(li.querySelector('blockquote')!.textContent!.length).toBeGreaterThan(10);
    expect(document.body.textContent).toContain('Course of the War');
  });
  it('jumps to an event’s year and closes from its button', async () => {
    const { atlas, onclose } = open('sayram', 1684);
    await fireEvent.click(screen.getByRole('button', { name: 'Go to 1681' }));
    expect(atlas.year).toBe(1681);
    await fireEvent.click(screen.getByRole('button', { name: 'Close Sayram' }));
    expect(onclose).toHaveBeenCalledOnce();
  });
  it('describes a region with its area', () => {
    open('jetisu', 1684);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Jetisu');
    expect(document.body.textContent).toMatch(/About [\d,]+\s+km²/);
  });
});
