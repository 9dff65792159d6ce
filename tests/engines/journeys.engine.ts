// The core journeys in Firefox and in WebKit (Safari's engine), as a reader makes them: open at a
// year, drag the slider and step it by keyboard, click a town and read its panel, switch
// language, the tag on another origin's page, and the text view of a browser without WebGL.
import { readFileSync } from 'node:fs';
import { until } from './driver.ts';
import { atlas, centreOf, expect, markerHolder, test, textOf, untilText, whenReady } from './fixtures.ts';

const kk = JSON.parse(readFileSync('src/lib/i18n/messages/kk.json', 'utf8')) as Record<string, string>;
const HOST = 'http://127.0.0.1:41731';
const slider = 'input[type="range"]';
const sliderValue = (page: Parameters<typeof textOf>[0]) =>
  page.run<string>(`return ${atlas()}.shadowRoot.querySelector(args[0]).value;`, [slider]);

test('a deep link opens at its year: the slider, the events and the map all say 1684', async ({ open }) => {
  const page = await open('/?year=1684');
  await whenReady(page);
  expect(await sliderValue(page)).toBe('1684');
  expect(await textOf(page, '.timeline .year')).toBe('1684');
  expect(await textOf(page, '.year-events')).toContain('Tsewang Rabtan takes Sayram');
  expect(await page.run(`return ${atlas()}.shadowRoot.querySelectorAll('canvas').length;`)).toBe(1);
  expect(await markerHolder(page, 'sayram')).toBe('dzungar');
});

test('dragging the slider to 1684 hands Sayram to the Dzungars; the keyboard steps the years', async ({
  open,
}) => {
  const page = await open('/');
  await whenReady(page);
  expect(await markerHolder(page, 'sayram')).toBe('kazakh');
  const track = await page.run<{ x: number; y: number; width: number }>(
    `const r = ${atlas()}.shadowRoot.querySelector(args[0]).getBoundingClientRect();
     return { x: r.x, y: r.y + r.height / 2, width: r.width };`,
    [slider],
  );
  // The thumb (18 px) travels between half a thumb from each end of the track.
  const xOf = (year: number) => track.x + 9 + ((year - 1652) / (1697 - 1652)) * (track.width - 18);
  await page.drag(
    Array.from({ length: 7 }, (_, i) => ({ x: xOf(1681) + ((xOf(1684) - xOf(1681)) * i) / 6, y: track.y })),
  );
  await untilText(page, '.timeline .year', '1684');
  expect(await sliderValue(page)).toBe('1684');
  await page.run(`await ${atlas()}.whenIdle();`);
  expect(await markerHolder(page, 'sayram')).toBe('dzungar');
  await untilText(page, '[data-place="sayram"]', 'Dzungars');
  await until(page, 'return /year=1684/.test(location.search);', [], 'the URL to say 1684');

  // The drag left the focus on the slider: the keys move it.
  await page.press('ArrowRight');
  await untilText(page, '.timeline .year', '1685');
  await page.press('Home');
  await untilText(page, '.timeline .year', '1652');
  await page.press('End');
  await untilText(page, '.timeline .year', '1697');
  expect(await sliderValue(page)).toBe('1697');
});

test('clicking Sayram on the map opens its panel: who held it, and the article’s words', async ({ open }) => {
  const page = await open('/?year=1681');
  await whenReady(page);
  const pos = await page.run<{ x: number; y: number }>(`return ${atlas()}.screenPosition('sayram');`);
  await page.click(pos.x, pos.y);
  await untilText(page, '.panel.place h2', 'Sayram');
  const panel = await textOf(page, '.panel.place');
  expect(panel).toContain('held by');
  expect(panel).toContain('Kazakh Khanate');
  expect(await textOf(page, '.panel.place blockquote')).toMatch(/siege/);
  await until(page, 'return /place=sayram/.test(location.search);', [], 'the URL to name Sayram');
  // Escape closes it.
  await page.press('Escape');
  await until(page, `return !${atlas()}.shadowRoot.querySelector('.panel.place');`, [], 'the panel to close');
});

test('the language switcher turns the atlas into Kazakh and says so', async ({ open }) => {
  const page = await open('/?year=1684');
  await whenReady(page);
  await page.run(`${atlas()}.addEventListener('langchange', (e) => (window.__lang = e.detail.lang));`);
  const button = await page.run<{ x: number; y: number }>(
    `const b = [...${atlas()}.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Қазақша');
     const r = b.getBoundingClientRect();
     return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`,
  );
  await page.click(button.x, button.y);
  await until(page, 'return window.__lang === "kk";', [], 'langchange kk');
  expect(await page.run(`return ${atlas()}.lang;`)).toBe('kk');
  await untilText(page, 'h1', kk['title.heading']!);
  expect(
    await page.run(`return ${atlas()}.shadowRoot.querySelector(args[0]).getAttribute('aria-label');`, [
      slider,
    ]),
  ).toBe(kk['slider.year']);
  await until(page, 'return /lang=kk/.test(location.search);', [], 'the URL to keep the language');
  // The map's own labels follow: the Cyrillic font's files are fetched, and the map redraws.
  await page.run(`await ${atlas()}.whenIdle();`);
  expect(await markerHolder(page, 'sayram')).toBe('dzungar');
});

test('the one-tag embed works on a page of another origin, two atlases side by side', async ({ open }) => {
  const page = await open(`${HOST}/host.html`);
  await whenReady(page, '#first');
  const state = await page.run<{ year: number; place: string | null; sayram: string; width: number }>(
    `const el = document.getElementById('first');
     return { year: el.year, place: el.place, sayram: el.state().control.sayram,
              width: el.shadowRoot.querySelector('canvas.maplibregl-canvas').getBoundingClientRect().width };`,
  );
  expect(state).toMatchObject({ year: 1681, place: 'sayram', sayram: 'kazakh' });
  expect(state.width, 'the host’s `canvas { max-width: 10px }` stays out').toBeGreaterThan(500);
  await untilText(page, '.panel.place h2', 'Sayram', '#first');
  // Keys on the first atlas's slider move it alone.
  await page.run(`document.getElementById('first').shadowRoot.querySelector(args[0]).focus();`, [slider]);
  await page.press('ArrowRight');
  await untilText(page, '.timeline .year', '1682', '#first');
  expect(await page.run(`return document.getElementById('second').year;`)).toBe(1684);
  expect(await page.run('return location.href;')).toBe(`${HOST}/host.html`);
});

test('without WebGL the atlas is text: the notice, the year, who holds each town', async ({ open }) => {
  const page = await open('/?year=1681', { webgl: false });
  await until(page, `return ${atlas()}?.hasAttribute('data-ready');`, [], 'ready');
  await untilText(page, '.text-view', 'cannot draw the map');
  expect(await page.run(`return ${atlas()}.shadowRoot.querySelectorAll('canvas').length;`)).toBe(0);
  const sayram = `return [...${atlas()}.shadowRoot.querySelectorAll('.text-view li')].find((li) => li.textContent.includes('Sayram'))?.textContent ?? '';`;
  expect(await page.run<string>(sayram)).toContain('Kazakh Khanate');
  // The notice and the year heading are on screen and not under the title card.
  const boxes = await page.run<Record<string, { top: number; bottom: number; left: number; right: number }>>(
    `const root = ${atlas()}.shadowRoot;
     const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
     return { card: box(root.querySelector('.title-card')), heading: box(root.querySelector('.text-view h2')) };`,
  );
  const overlaps = (a: (typeof boxes)[string], b: (typeof boxes)[string]) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  expect(overlaps(boxes.card!, boxes.heading!), 'the title card covers the year heading').toBe(false);

  const centre = await centreOf(page, slider);
  await page.run(`${atlas()}.shadowRoot.querySelector(args[0]).focus();`, [slider]);
  expect(centre.width).toBeGreaterThan(100);
  for (let i = 0; i < 3; i++) await page.press('ArrowRight');
  await untilText(page, '.text-view h2', '1684');
  expect(await page.run<string>(sayram)).toContain('Dzungar Khanate');
  await page.run(`await ${atlas()}.whenIdle();`); // resolves at once: no map to wait for
});
