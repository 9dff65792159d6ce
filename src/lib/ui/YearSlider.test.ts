// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { Atlas } from '../atlas.svelte.ts';
import type { AtlasData } from '../model/atlasData.ts';
import YearSlider from './YearSlider.svelte';

let data: AtlasData;
beforeAll(() => {
  data = testAtlas();
});

describe('YearSlider', () => {
  it('opens at 1681 and shows the year large', () => {
    render(YearSlider, { atlas: new Atlas(data) });
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Year' });
    expect(slider.value).toBe('1681');
    expect(slider.min).toBe('1652');
    expect(slider.max).toBe('1697');
    expect(document.querySelector('.year')!.textContent).toBe('1681');
    expect(slider.getAttribute('aria-valuetext')).toBe('1681, during the war');
  });
  it('moves the atlas year when the slider moves', async () => {
    const atlas = new Atlas(data);
    render(YearSlider, { atlas });
    const slider = screen.getByRole<HTMLInputElement>('slider');
    await fireEvent.input(slider, { target: { value: '1684' } });
    expect(atlas.year).toBe(1684);
    expect(document.querySelector('.year')!.textContent).toBe('1684');
  });
  it('steps five years with Page Up and Page Down, clamped at the ends', async () => {
    const atlas = new Atlas(data);
    render(YearSlider, { atlas });
    const slider = screen.getByRole('slider');
    await fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(atlas.year).toBe(1686);
    atlas.setYear(1695);
    await fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(atlas.year).toBe(1697);
    await fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(atlas.year).toBe(1692);
  });
  it('toggles play and pause, with the pressed state announced', async () => {
    const atlas = new Atlas(data);
    render(YearSlider, { atlas });
    const button = screen.getByRole('button', { name: 'Play the years' });
    await fireEvent.click(button);
    expect(atlas.playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(atlas.playing).toBe(false);
    atlas.destroy();
  });
});
