// Embedding from another origin: the host pages in examples/ are served on their own port and
// load the atlas from the atlas's origin, as a museum or encyclopedia page would.
import type { Page } from '@playwright/test';
import { expect, setTimings, test } from './support.ts';

const HOST = 'http://127.0.0.1:41731';
const ATLAS = 'http://127.0.0.1:41730';

const both = (page: Page) =>
  page.evaluate(() =>
    ['first', 'second'].map((id) => {
      const el = document.getElementById(id) as any;
      return { year: el.year, place: el.place };
    }),
  );

test.describe('one tag', () => {
  // One host page (three atlases on it) for all the checks of it, in an order where each step
  // finds the atlases as the page made them: the first step changes nothing, the later ones only
  // what no earlier one reads.
  test('on a host page: styles kept apart, atlases independent, attributes and events, a collapsed section', async ({
    page,
  }) => {
    // Three atlases drawn on one page, in software WebGL: room on a busy two-core machine.
    test.slow();
    await setTimings(page, { noticeMs: Infinity });
    await page.goto(`${HOST}/host.html`);
    await page.locator('#first[data-ready]').waitFor();
    await test.step('the host page’s hostile stylesheet leaves both maps intact', async () => {
      const first = page.locator('#first');
      // Canvas not squeezed to 10 px, buttons not hidden, no padding pushed into our layout.
      const canvas = await first.locator('canvas.maplibregl-canvas').boundingBox();
      expect(canvas!.width).toBeGreaterThan(500);
      await expect(first.getByRole('button', { name: 'Play the years' })).toBeVisible();
      await expect(first.getByRole('button', { name: 'Embed' })).toBeVisible();
      const padding = await first.locator('.map-area').evaluate((el) => getComputedStyle(el).padding);
      expect(padding).toBe('0px');
      // The host's own button stays as its stylesheet says: our styles do not leak out.
      await expect(page.locator('#host-button')).toBeHidden();
      expect(await page.locator('body > h1').evaluate((el) => getComputedStyle(el).color)).toBe(
        'rgb(255, 105, 180)',
      );
      await page.locator('#second').scrollIntoViewIfNeeded();
      await page.locator('#second[data-ready]').waitFor();
      expect((await page.locator('#second canvas.maplibregl-canvas').boundingBox())!.width).toBeGreaterThan(
        500,
      );
    });
    await test.step('two atlases on one page stay independent when one changes', async () => {
      await page.locator('#second').scrollIntoViewIfNeeded();
      await page.locator('#second[data-ready]').waitFor();
      expect(await both(page)).toEqual([
        { year: 1681, place: 'sayram' },
        { year: 1684, place: null },
      ]);
      await page.evaluate(() => ((document.getElementById('second') as any).year = 1690));
      await page.locator('#first').getByRole('slider', { name: 'Year' }).fill('1683');
      expect(await both(page)).toEqual([
        { year: 1683, place: 'sayram' },
        { year: 1690, place: null },
      ]);
      await expect(page.locator('#first .timeline .year')).toHaveText('1683');
      await expect(page.locator('#second .timeline .year')).toHaveText('1690');
      // The host page's address never changes.
      expect(page.url()).toBe(`${HOST}/host.html`);
    });
    await test.step('attribute and property changes take effect and fire events', async () => {
      const events = await page.evaluate(() => {
        const el = document.getElementById('first') as any;
        const seen: string[] = [];
        el.addEventListener('yearchange', (e: CustomEvent) => seen.push(`yearchange ${e.detail.year}`));
        el.addEventListener('placeselect', (e: CustomEvent) => seen.push(`placeselect ${e.detail.id}`));
        el.setAttribute('year', '1684');
        el.place = 'tashkent';
        el.setAttribute('place', 'jetisu');
        el.year = '1684';
        el.setAttribute('year', 'not a year');
        el.removeAttribute('place');
        return seen;
      });
      expect(events).toEqual([
        'yearchange 1684',
        'placeselect tashkent',
        'placeselect jetisu',
        'placeselect null',
      ]);
      await expect(page.locator('#first .notice')).toContainText('is not a year');
    });
    await test.step('an atlas created in a collapsed section starts its map when opened', async () => {
      // Hidden: no map (and no WebGL context) yet, but the data is there.
      expect(await page.locator('#third canvas').count()).toBe(0);
      expect(await page.evaluate(() => (document.getElementById('third') as any).state().year)).toBe(1697);
      await page.locator('#more summary').click();
      await page.locator('#third').scrollIntoViewIfNeeded();
      await page.locator('#third[data-ready]').waitFor();
      const canvas = await page.locator('#third canvas.maplibregl-canvas').boundingBox();
      expect(canvas!.height).toBeGreaterThan(300);
      await expect(page.locator('#third .side')).toHaveCount(0);
    });
  });

  test('the Embed button gives snippets that work on another origin', async ({ page }) => {
    await page.goto(`${ATLAS}/?year=1684&place=sayram`);
    await page.locator('war-atlas[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    const tag = await page.locator('war-atlas textarea[data-kind="tag"]').inputValue();
    expect(tag).toContain(`src="${ATLAS}/war-atlas.js"`);
    expect(tag).toContain('year="1684" place="sayram"');
    // Paste it into a plain page on another origin (served from loopback, as a real host is).
    const other = page;
    await other.goto(`${HOST}/index.html`);
    await other.setContent(`<!doctype html><title>pasted</title><body>${tag}</body>`);
    await other.locator('war-atlas[data-ready]').waitFor();
    expect(
      await other.evaluate(() => (document.querySelector('war-atlas') as any).state().control.sayram),
    ).toBe('dzungar');
    await expect(other.locator('war-atlas .panel.place h2')).toHaveText('Sayram');
  });
});

test.describe('one iframe', () => {
  const frameReady = (page: Page) =>
    expect
      .poll(() => page.evaluate(() => (window as any).received.some((m: any) => m.event === 'ready')))
      .toBe(true);

  test('answers setYear with yearchange, reports its height, and obeys its URL', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html`);
    await frameReady(page);
    const frame = page.frameLocator('#atlas');
    await expect(frame.getByRole('slider', { name: 'Year' })).toHaveValue('1683');
    // controls=slider: map and timeline, no side panel.
    await expect(frame.locator('.side')).toHaveCount(0);
    await page.evaluate(() => (window as any).send({ type: 'war-atlas', action: 'setYear', year: 1684 }));
    await expect
      .poll(() => page.evaluate(() => (window as any).received.map((m: any) => m.event)))
      .toContain('yearchange');
    const last = await page.evaluate(() =>
      (window as any).received.filter((m: any) => m.event === 'yearchange').at(-1),
    );
    expect(last).toEqual({ type: 'war-atlas', event: 'yearchange', year: 1684 });
    await expect(frame.getByRole('slider', { name: 'Year' })).toHaveValue('1684');
    const resize = await page.evaluate(() => (window as any).received.find((m: any) => m.event === 'resize'));
    expect(resize.height).toBeGreaterThan(300);
    await page.evaluate(() =>
      (window as any).send({ type: 'war-atlas', action: 'selectPlace', place: 'tashkent' }),
    );
    await expect
      .poll(() => page.evaluate(() => (window as any).received.at(-1)))
      .toMatchObject({ event: 'placeselect', place: 'tashkent' });
  });

  test('ignores junk messages, including ones that try to inject markup', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html`);
    await frameReady(page);
    const before = await page.evaluate(() => (window as any).received.length);
    await page.evaluate(() => {
      const send = (window as any).send;
      send('setYear 1690');
      send({ type: 'war-atlas', action: 'setYear', year: 'NaN' });
      send({ type: 'war-atlas', action: 'setYear', year: Infinity });
      send({ type: 'war-atlas', action: 'selectPlace', place: '<img src=x onerror="parent.hacked=1">' });
      send({ type: 'war-atlas', action: 'eval', code: 'alert(1)' });
      send({
        type: 'war-atlas',
        action: 'setYear',
        year: 1690,
        extra: 'x'.repeat(100000),
        more: 1,
        evenmore: 2,
      });
      send({ type: 'other', action: 'setYear', year: 1690 });
      // Messages are handled in order: once this one is answered, all of the above were seen.
      send({ type: 'war-atlas', action: 'selectPlace', place: 'tashkent' });
    });
    await expect
      .poll(() => page.evaluate(() => (window as any).received.at(-1)))
      .toMatchObject({ event: 'placeselect', place: 'tashkent' });
    const answered = await page.evaluate(
      (before) => (window as any).received.slice(before).filter((m: any) => m.event !== 'resize'),
      before,
    );
    expect(answered, 'the junk got no answer').toEqual([
      { type: 'war-atlas', event: 'placeselect', place: 'tashkent' },
    ]);
    const frame = page.frameLocator('#atlas');
    await expect(frame.getByRole('slider', { name: 'Year' })).toHaveValue('1683');
    expect(await frame.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).hacked)).toBeUndefined();
  });
});
