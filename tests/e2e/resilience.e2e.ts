// Reliability, security and accessibility in a real Chromium: strict CSP, no third parties,
// no WebGL, a lost context, input storms, axe, and clean teardown.
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { CSP_HOST_PORT, CSP_PORT } from '../../playwright.config.ts';
import {
  axeViolations,
  closest,
  expect,
  markerColor,
  openAtlas,
  setTimings,
  test,
  withoutWebGL,
} from './support.ts';

const idle = (page: Page) => page.evaluate(() => (document.querySelector('war-atlas') as any).whenIdle());

test.describe('strict pages', () => {
  /** Records every CSP violation in every frame of the page. */
  const recordViolations = (page: Page) =>
    page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => ((window as any).__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
        true,
      );
    });
  const violations = async (page: Page) =>
    (
      await Promise.all(page.frames().map((f) => f.evaluate(() => (window as any).__violations ?? [])))
    ).flat();

  test('the standalone atlas runs under the strict policy with no violation', async ({ page }) => {
    await recordViolations(page);
    const response = await page.goto(`http://127.0.0.1:${CSP_PORT}/?year=1684&place=sayram`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('war-atlas[data-ready]').waitFor();
    await idle(page);
    await expect(page.locator('war-atlas .panel.place')).toContainText('Sayram');
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the tag and the iframe run on a strict host page on another origin', async ({ page }) => {
    await recordViolations(page);
    await page.goto(`http://127.0.0.1:${CSP_HOST_PORT}/strict-host.html`);
    await page.locator('war-atlas[data-ready]').waitFor();
    await idle(page);
    const frame = page.frameLocator('#frame');
    await frame.locator('war-atlas[data-ready]').waitFor();
    await expect(frame.getByRole('slider', { name: 'Year' })).toHaveValue('1684');
    expect(await violations(page)).toEqual([]);
  });
});

test('every request is counted and none leaves the machine', async ({ page, guards }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openAtlas(page, '?year=1683');
  await page.locator('war-atlas .place-list summary').click();
  await page.locator('war-atlas .place-list [data-place="sayram"]').click();
  await page.getByRole('checkbox', { name: /modern borders/i }).check();
  await idle(page);
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u))).toEqual([]);
  // The guard that fails every test on an outside request does catch one:
  await page.evaluate(() => fetch('https://example.org/tracker.gif').catch(() => null));
  expect(guards.external).toEqual(['https://example.org/tracker.gif']);
  guards.external.length = 0;
  guards.errors.splice(
    0,
    guards.errors.length,
    ...guards.errors.filter((e) => !/Failed to load resource/.test(e)),
  );
});

test('without WebGL the whole story is still there as text', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('/?year=1681');
  await page.locator('war-atlas[data-ready]').waitFor();
  const text = page.locator('war-atlas .text-view');
  await expect(text).toContainText('cannot draw the map');
  await expect(text.locator('li', { hasText: 'Sayram' })).toContainText('Kazakh Khanate');
  await expect(page.locator('war-atlas canvas')).toHaveCount(0);

  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(text.locator('h2')).toHaveText('1684');
  await expect(text.locator('li', { hasText: 'Sayram' })).toContainText('Dzungar Khanate');
  await expect(page.locator('war-atlas .year-events')).toContainText('Sayram');
  await idle(page); // resolves at once: there is no map to wait for
});

test('without WebGL the title card covers neither the notice nor the year', async ({ page }) => {
  await withoutWebGL(page);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/?year=1684');
    await page.locator('war-atlas[data-ready]').waitFor();
    const card = page.locator('war-atlas .title-card');
    const text = page.locator('war-atlas .text-view');
    await expect(card).toBeVisible();
    await expect(text.locator('h2')).toHaveText('1684');
    const cardBox = (await card.boundingBox())!;
    for (const [name, target] of [
      ['the notice', text.getByText('This browser cannot draw the map')],
      ['the year', text.locator('h2')],
    ] as const) {
      const box = (await target.boundingBox())!;
      const where = `${name} at ${size.width}×${size.height}: ${JSON.stringify(box)}, card ${JSON.stringify(cardBox)}`;
      const overlaps =
        box.x < cardBox.x + cardBox.width &&
        cardBox.x < box.x + box.width &&
        box.y < cardBox.y + cardBox.height &&
        cardBox.y < box.y + box.height;
      expect(overlaps, `the title card over ${where}`).toBe(false);
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height, where).toBeLessThanOrEqual(size.height);
    }
  }
});

test('when the WebGL context is lost the atlas turns to text, and the map comes back', async ({ page }) => {
  await openAtlas(page, '?year=1681');
  const lose = (action: 'loseContext' | 'restoreContext') =>
    page.evaluate((action) => {
      const canvas = document.querySelector('war-atlas')!.shadowRoot!.querySelector('canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as any).__lose ??= ext; // the same extension object must restore it
      (window as any).__lose[action]();
    }, action);
  await lose('loseContext');
  await expect(page.locator('war-atlas .text-view')).toContainText('lost its drawing surface');
  await lose('restoreContext');
  await expect(page.locator('war-atlas .text-view')).toHaveCount(0);
  await idle(page);
  expect(closest(await markerColor(page, 'sayram'))).toBe('kazakh');
});

test('input storms end showing exactly the last year everywhere', async ({ page }) => {
  // Hundreds of year changes, each drawn (relief included) in software WebGL on CI's two cores.
  test.slow();
  // The storm races flights and marches drawing themselves, as a reader's does.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.addInitScript(() => {
    addEventListener('unhandledrejection', (e) =>
      ((window as any).__rejections ??= []).push(String(e.reason)),
    );
  });
  await openAtlas(page, '?year=1681');
  await page.evaluate(() => {
    const el = document.querySelector('war-atlas') as any;
    for (let i = 0; i < 400; i++) {
      const year = 1652 + ((i * 17) % 46);
      if (i % 3 === 0) el.year = year;
      else if (i % 3 === 1) el.setAttribute('year', String(year));
      else el.year = `${year}`;
      if (i % 7 === 0) el.play();
      if (i % 7 === 3) el.pause();
    }
    el.pause();
  });
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  // Each key is a drawn year; twenty-nine of them race the drawing as well as ninety did.
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft', { delay: 0 });
  await expect(slider).toHaveValue('1663');
  // The last word goes to an attribute:
  await page.evaluate(() => document.querySelector('war-atlas')!.setAttribute('year', '1684'));
  // The storm may have left the camera anywhere (it follows each year's marches); bring Sayram
  // into view to read its marker.
  await page.evaluate(() => ((document.querySelector('war-atlas') as any).place = 'sayram'));
  await idle(page);

  await expect(slider).toHaveValue('1684');
  await expect(page.locator('war-atlas .timeline .year')).toHaveText('1684');
  expect(await page.evaluate(() => (document.querySelector('war-atlas') as any).year)).toBe(1684);
  await expect(page).toHaveURL(/[?&]year=1684\b/);
  await expect(page.locator('war-atlas .year-events')).toContainText('1684');
  await expect(page.locator('war-atlas [data-place="sayram"]').first()).toContainText('Dzungars');
  expect(closest(await markerColor(page, 'sayram'))).toBe('dzungar');
  expect(await page.evaluate(() => (window as any).__rejections ?? [])).toEqual([]);
});

test('junk attributes and properties, hundreds of them, leave a working atlas with nothing injected', async ({
  page,
}) => {
  await setTimings(page, { noticeMs: Infinity });
  await openAtlas(page, '?year=1683');
  const markup = [
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    '<svg onload=alert(1)>',
  ];
  const junk = fc.sample(
    fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.double(),
      fc.integer(),
      fc.constantFrom(
        ...markup,
        '__proto__',
        'constructor',
        '1e309',
        'NaN',
        '-Infinity',
        'x'.repeat(100_000),
      ),
    ),
    { numRuns: 300, seed: 1681 },
  );
  const year = await page.evaluate((values) => {
    const el = document.querySelector('war-atlas') as any;
    for (const [i, value] of values.entries()) {
      const name = ['year', 'place', 'lang', 'controls'][i % 4]!;
      el.setAttribute(name, String(value));
      if (name === 'year' || name === 'place') el[name] = value;
    }
    el.setAttribute('controls', 'full');
    return el.year;
  }, junk);
  expect(year).toBeGreaterThanOrEqual(1652);
  expect(year).toBeLessThanOrEqual(1697);
  await idle(page);
  await expect(page.getByRole('slider')).toHaveValue(String(year));
  await expect(page.locator('war-atlas .notice')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  const injected = await page.evaluate(
    () =>
      document.querySelector('war-atlas')!.shadowRoot!.querySelectorAll('img, script, svg[onload], [onerror]')
        .length,
  );
  expect(injected).toBe(0);
});

test.describe('motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  /** Whether the marches drew themselves (data-drawing came and went) after a year change. */
  const drewItself = (page: Page) =>
    page.evaluate(async () => {
      const el = document.querySelector('war-atlas') as any;
      let seen = false;
      const observer = new MutationObserver(() => (seen ||= el.hasAttribute('data-drawing')));
      observer.observe(el, { attributes: true, attributeFilter: ['data-drawing'] });
      el.year = 1684;
      await el.whenIdle();
      observer.disconnect();
      return seen;
    });
  test('the year’s marches draw themselves', async ({ page }) => {
    await openAtlas(page, '?year=1683');
    expect(await drewItself(page)).toBe(true);
  });
  test.describe('with prefers-reduced-motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('they appear at once', async ({ page }) => {
      await openAtlas(page, '?year=1683');
      expect(await drewItself(page)).toBe(false);
    });
  });
});

test.describe('accessibility', () => {
  // One atlas visits the four views: a deep link first, then the element's own year and place.
  test('axe finds no WCAG 2.1 AA violation at 1681, 1684 with Sayram, 1697 with Jetisu and 1660', async ({
    page,
  }) => {
    // Four views drawn and four axe runs on one page: room on a busy two-core machine.
    test.slow();
    await openAtlas(page, '?year=1681');
    for (const [year, place] of [
      [1681, null],
      [1684, 'sayram'],
      [1697, 'jetisu'],
      [1660, null],
    ] as const) {
      await test.step(`at ${year}${place ? ` with ${place}` : ''}`, async () => {
        await page.evaluate(
          ([year, place]) => {
            const el = document.querySelector('war-atlas') as any;
            el.year = year;
            el.place = place;
            return el.whenIdle();
          },
          [year, place] as const,
        );
        await expect(page.locator('war-atlas .timeline .year')).toHaveText(String(year));
        if (place) await expect(page.locator('war-atlas .panel.place')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });

  test('the whole atlas works by keyboard, and focus returns where it was', async ({ page }) => {
    await openAtlas(page, '?year=1681');
    const focused = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el
          ? `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`
          : '';
      });
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(await focused());
    }
    const all = [...reached].join('\n');
    expect(all).toMatch(/input Year/);
    expect(all).toMatch(/button .*Play/i);
    expect(all).toMatch(/summary Places|button Sayram/);

    // Open a place from the list by keyboard, close it with Escape, and land back on the button.
    await page.locator('war-atlas .place-list summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('war-atlas .place-list [data-place="tashkent"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('war-atlas .panel.place')).toContainText('Tashkent');
    await page.keyboard.press('Escape');
    await expect(page.locator('war-atlas .panel.place')).toHaveCount(0);
    expect(await focused()).toMatch(/^button .*Tashkent/);
  });

  test('each year change is announced politely', async ({ page }) => {
    await openAtlas(page, '?year=1683');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    const live = page.locator('war-atlas [aria-live="polite"]').first();
    await expect(live).toContainText('1684.');
    await expect(live).toContainText('Sayram: Dzungars');
  });
});

test('adding and removing atlases again and again releases their maps and contexts', async ({ page }) => {
  // Each cycle draws a whole atlas (relief included) in software WebGL: room for a busy machine.
  test.slow();
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openAtlas(page);
  const cycle = () =>
    page.evaluate(async () => {
      const el = document.createElement('war-atlas') as any;
      el.style.cssText = 'position: fixed; inset: 0; z-index: 10';
      el.setAttribute('year', '1684');
      document.body.append(el);
      await new Promise<void>((resolve) => el.addEventListener('ready', () => resolve(), { once: true }));
      await el.whenIdle();
      const canvas = el.shadowRoot.querySelector('canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      // The events that mean done; the bound only turns a leak into a failure, not a hang.
      const bound = (ms: number) => new Promise<false>((r) => setTimeout(() => r(false), ms));
      const lostEvent = new Promise<true>((r) => canvas.addEventListener('webglcontextlost', () => r(true)));
      el.remove();
      const lost = gl.isContextLost() || (await Promise.race([lostEvent, bound(10_000)]));
      const emptied = await Promise.race([
        new Promise<true>(function check(resolve) {
          if (el.shadowRoot.querySelector('canvas') === null) resolve(true);
          else requestAnimationFrame(() => check(resolve));
        }),
        bound(10_000),
      ]);
      return { lost, emptied };
    });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Three to fill the caches a first atlas fills; four more prove no leak as well as fifteen did
  // (a map left behind keeps its sources and tiles, megabytes each, far past the slack).
  for (let i = 0; i < 3; i++) expect(await cycle()).toEqual({ lost: true, emptied: true });
  const warm = await heap();
  for (let i = 0; i < 4; i++) expect(await cycle()).toEqual({ lost: true, emptied: true });
  const later = await heap();
  expect(warnings).toEqual([]);
  // Four more maps made and dropped must not leave their weight behind (15 % slack for GC noise).
  expect(later).toBeLessThan(warm * 1.15);
});
