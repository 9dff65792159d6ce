// Firefox ESR (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core. Headed under Xvfb:
// headless Firefox gets no WebGL 2 here, headed with Mesa's software GL it draws the atlas.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { LOCAL, READ_PROBLEMS, RECORDER, type Engine, type EnginePage } from './driver.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const PREFS = {
  // No calls home: updates, telemetry, safe browsing, captive portal, remote settings.
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  // Mesa's software GL is not on Firefox's allow list; let it draw.
  'webgl.force-enabled': true,
};

async function launch(webgl: boolean): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: false,
    extraPrefsFirefox: webgl ? PREFS : { ...PREFS, 'webgl.force-enabled': false, 'webgl.disabled': true },
    protocolTimeout: 120_000,
  });
}

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox';
  readonly #errors: string[] = [];
  readonly #external: string[] = [];
  constructor(
    readonly page: Page,
    private readonly browser: Browser | null,
  ) {
    page.on('pageerror', (e) => this.#errors.push(`page error: ${(e as Error).message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.#errors.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!LOCAL.test(r.url())) this.#external.push(r.url());
    });
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async run<T>(body: string, args: unknown[] = []): Promise<T> {
    return this.page.evaluate(`(async (args) => { ${body} })(${JSON.stringify(args)})`) as Promise<T>;
  }
  async click(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async drag(points: { x: number; y: number }[]) {
    const [first, ...rest] = points;
    await this.page.mouse.move(first!.x, first!.y);
    await this.page.mouse.down();
    for (const p of rest) await this.page.mouse.move(p.x, p.y);
    await this.page.mouse.up();
  }
  async press(key: string) {
    await this.page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  }
  async screenshot() {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }
  async problems() {
    const inPage = await this.run<{ errors: string[]; urls: string[] }>(READ_PROBLEMS);
    return {
      errors: [...this.#errors, ...inPage.errors],
      external: [...this.#external, ...inPage.urls.filter((u) => !LOCAL.test(u))],
    };
  }
  async close() {
    await this.page.close();
    await this.browser?.close();
  }
}

export function firefox(): Engine {
  let shared: Promise<Browser> | null = null;
  return {
    name: 'firefox',
    async open({ width, height, webgl = true }) {
      // The browser with WebGL is shared by the worker's tests; one without is the test's own.
      const browser = webgl ? await (shared ??= launch(true)) : await launch(false);
      const page = await browser.newPage();
      // puppeteer sends a screen orientation override beside the viewport; Debian's Firefox ESR
      // 140.12 does not know that command. The viewport is set all the same (awaited below).
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      // The viewport command was sent beside the refused one: wait until the window has its size.
      await page.waitForFunction(
        (w, h) => innerWidth === w && innerHeight === h,
        { timeout: 10_000 },
        width,
        height,
      );
      await page.evaluateOnNewDocument(RECORDER);
      return new FirefoxPage(page, webgl ? null : browser);
    },
    async close() {
      if (shared) await (await shared).close();
    },
  };
}
