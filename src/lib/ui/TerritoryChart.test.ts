// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testAtlas } from '../../../tests/unit/testAtlas.ts';
import { polityColor } from '../map/colors.ts';
import type { AtlasData } from '../model/atlasData.ts';
import { territorySeries } from '../model/territorySeries.ts';
import { LABEL_GUTTER_PX, formatKm2 } from './chart.ts';
import TerritoryChart from './TerritoryChart.svelte';

let data: AtlasData;
let series: { polity: string; name: string; color: string; areas: number[] }[];
beforeAll(() => {
  data = testAtlas();
  series = territorySeries(data).map((s) => ({
    ...s,
    name: data.polities.find((p) => p.id === s.polity)!.name,
    color: polityColor(s.polity),
  }));
  // jsdom has no PointerEvent: a MouseEvent with a pointerId carries clientX and button.
  if (typeof window.PointerEvent === 'undefined') {
    class PointerEventShim extends MouseEvent {
      readonly pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 1;
      }
    }
    window.PointerEvent = PointerEventShim as unknown as typeof PointerEvent;
  }
});

function renderChart(props: Partial<{ year: number; label: string; summary: string; ticks: number[] }> = {}) {
  const onyear = vi.fn();
  render(TerritoryChart, { series, years: data.years, war: data.war, year: 1684, onyear, ...props });
  const svg = screen.getByRole('group', { name: props.label ?? 'Territory by year' });
  // The chart as drawn: 600px wide from the page's left edge.
  svg.getBoundingClientRect = () => new DOMRect(0, 0, 600, 100);
  return { svg, onyear };
}
const areaIn = (polity: string, year: number) =>
  series.find((s) => s.polity === polity)!.areas[year - data.years.min]!;

describe('TerritoryChart', () => {
  it('labels the svg and keeps it out of the Tab order', () => {
    const { svg } = renderChart({ label: 'Land held' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('aria-label')).toBe('Land held');
    expect(svg.hasAttribute('tabindex')).toBe(false);
  });

  it('picks the year under the pointer: late years at the right, early at the left', async () => {
    const { svg, onyear } = renderChart();
    await fireEvent.pointerDown(svg, { clientX: 590, button: 0, pointerId: 1 });
    expect(onyear).toHaveBeenLastCalledWith(expect.any(Number));
    expect(onyear.mock.lastCall![0]).toBeGreaterThanOrEqual(1690);
    await fireEvent.pointerUp(svg, { clientX: 590, pointerId: 1 });
    await fireEvent.pointerDown(svg, { clientX: 10, button: 0, pointerId: 1 });
    expect(onyear.mock.lastCall![0]).toBeLessThanOrEqual(1660);
  });

  it('follows a drag, once per year, and ignores moves without a press', async () => {
    const { svg, onyear } = renderChart();
    await fireEvent.pointerMove(svg, { clientX: 300 });
    expect(onyear).not.toHaveBeenCalled();
    await fireEvent.pointerDown(svg, { clientX: 9, button: 0 });
    expect(onyear).toHaveBeenLastCalledWith(1652);
    // jsdom measures nothing: the chart draws at its fallback width, 640 viewBox units in 600 px.
    const middle = ((640 - LABEL_GUTTER_PX) / 2) * (600 / 640);
    await fireEvent.pointerMove(svg, { clientX: middle });
    await fireEvent.pointerMove(svg, { clientX: middle + 1 });
    await fireEvent.pointerMove(svg, { clientX: 5000 });
    const picked = onyear.mock.calls.map((c) => c[0] as number);
    expect(picked).toHaveLength(3);
    expect([picked[0], picked[2]]).toEqual([1652, 1697]);
    // Halfway across the plot (left of the names at the lines' ends) is halfway through 1652–1697.
    expect(Math.abs(picked[1]! - 1674.5)).toBeLessThanOrEqual(1);
    await fireEvent.pointerUp(svg, { clientX: 5000 });
    await fireEvent.pointerMove(svg, { clientX: 10 });
    expect(onyear).toHaveBeenCalledTimes(3);
  });

  it('lists every polity in a hidden table with its area this year and the change since last', () => {
    renderChart({ year: 1684 });
    const table = screen.getByRole('table', { name: 'Territory by year' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(series.map((s) => s.name));
    const kazakh = rows.find((r) => r.textContent!.includes('Kazakh Khanate'))!;
    const loss = areaIn('kazakh', 1683) - areaIn('kazakh', 1684);
    expect(kazakh.textContent).toContain(formatKm2(areaIn('kazakh', 1684)));
    expect(kazakh.textContent).toContain(`−${formatKm2(loss)}`);
    const dzungar = rows.find((r) => r.textContent!.includes('Dzungar Khanate'))!;
    expect(dzungar.textContent).toContain(`+${formatKm2(areaIn('dzungar', 1684) - areaIn('dzungar', 1683))}`);
  });

  it('uses the given area format and describes the chart with the summary', () => {
    const onyear = vi.fn();
    render(TerritoryChart, {
      series,
      years: data.years,
      war: data.war,
      year: 1683,
      onyear,
      formatArea: (km2: number) => `${Math.round(km2 / 1000)}k`,
      summary: 'The Dzungars take Jetisu in 1684.',
    });
    const svg = screen.getByRole('group', { name: 'Territory by year' });
    expect(document.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).toBe(
      'The Dzungars take Jetisu in 1684.',
    );
    expect(screen.getByRole('table').textContent).toContain(`${Math.round(areaIn('kazakh', 1683) / 1000)}k`);
  });

  it('draws one step line per series and marks the year with a dot on each', () => {
    renderChart();
    expect(document.querySelectorAll('path.series')).toHaveLength(series.length);
    expect(document.querySelectorAll('circle.dot')).toHaveLength(series.length);
    for (const path of document.querySelectorAll('path.series'))
      expect(path.getAttribute('d')).not.toMatch(/NaN/);
  });

  it('names every line at its end, the two sides of the war strong and the others muted', () => {
    renderChart();
    const labels = [...document.querySelectorAll('.end-label')];
    expect(labels.map((l) => l.textContent)).toEqual(series.map((s) => s.name));
    expect(labels.filter((l) => l.classList.contains('strong')).map((l) => l.textContent)).toEqual([
      'Dzungar Khanate',
      'Kazakh Khanate',
    ]);
    const ys = labels.map((l) => Number(l.querySelector('text')!.getAttribute('y'))).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(10.9);
  });
  it('labels its gridlines in millions of km², and years of its own when asked (a phone)', () => {
    const { svg } = renderChart();
    const grid = [...svg.querySelectorAll('.grid text')].map((t) => t.textContent);
    // The largest power's land (over four million km²) sets the scale: a gridline every two million.
    expect(grid).toEqual(['2 million km²', '4 million km²']);
    expect(svg.querySelectorAll('.tick')).toHaveLength(0);
    cleanup();
    const phone = renderChart({ ticks: [1652, 1684, 1697] }).svg;
    expect([...phone.querySelectorAll('.tick')].map((t) => t.textContent)).toEqual(['1652', '1684', '1697']);
  });

  it('switches to the war’s two sides’ change since 1680, on a scale of their own', async () => {
    const { svg } = renderChart();
    const change = screen.getByRole('button', { name: 'Change since 1680' });
    expect(change.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(change);
    expect(change.getAttribute('aria-pressed')).toBe('true');
    expect([...svg.querySelectorAll('.end-label')].map((l) => l.textContent)).toEqual([
      'Dzungar Khanate',
      'Kazakh Khanate',
    ]);
    expect([...svg.querySelectorAll('.grid text')].map((t) => t.textContent)).toEqual([
      '−500,000 km²',
      '−250,000 km²',
      '+250,000 km²',
    ]);
    expect(svg.querySelector('.zero text')!.textContent).toBe('1680');
    // In 1684 the Dzungar dot stands above the 1680 line and the Kazakh one below it.
    const zero = Number(svg.querySelector('.zero line')!.getAttribute('y1'));
    const dot = (color: string) =>
      Number(
        [...svg.querySelectorAll('circle.dot')]
          .find((c) => c.getAttribute('fill') === color)!
          .getAttribute('cy'),
      );
    expect(dot(polityColor('dzungar'))).toBeLessThan(zero - 10);
    expect(dot(polityColor('kazakh'))).toBeGreaterThan(zero + 10);
    // The table for screen readers still gives the areas themselves.
    const table = screen.getByRole('table');
    const kazakh = within(table).getByRole('row', { name: /Kazakh Khanate/ });
    expect(kazakh.textContent).toMatch(/\d,\d{3},\d{3} km²/);
    await fireEvent.click(screen.getByRole('button', { name: 'Land' }));
    expect(svg.querySelectorAll('.end-label')).toHaveLength(series.length);
  });
  it('draws a step that rests on the map’s reconstruction dashed, with a “?”: the Qing in 1687', () => {
    const { svg } = renderChart();
    const qing = [...svg.querySelectorAll('g.line')].find(
      (g) => g.querySelector('path.series')!.getAttribute('stroke') === polityColor('qing'),
    )!;
    expect(qing.querySelectorAll('line.unsure')).toHaveLength(1);
    expect(qing.querySelector('text.unsure-mark title')!.textContent).toBe(
      'rests on the map’s reconstruction',
    );
    const kazakh = [...svg.querySelectorAll('g.line')].find(
      (g) => g.querySelector('path.series')!.getAttribute('stroke') === polityColor('kazakh'),
    )!;
    expect(kazakh.querySelectorAll('line.unsure')).toHaveLength(0);
  });
});
