// What the cross-engine tests need of a browser, in the terms a reader acts in: open a page,
// read it by script, point, press keys, look at a pixel. Firefox is driven over WebDriver BiDi
// (puppeteer-core), WebKitGTK over classic W3C WebDriver (WebKitWebDriver): Playwright's own
// Firefox and WebKit builds cannot be downloaded here, Debian's packages can.

/** One open tab in one engine. Coordinates are CSS pixels of the viewport. */
export interface EnginePage {
  readonly engine: 'firefox' | 'webkit';
  goto(url: string): Promise<void>;
  /**
   * Runs `body` (the text of an async function's body, `args` as `args`) in the page and returns
   * its result, which must be JSON.
   */
  run<T>(body: string, args?: unknown[]): Promise<T>;
  click(x: number, y: number): Promise<void>;
  /** Presses the left button at the first point, moves through the others, releases at the last. */
  drag(points: { x: number; y: number }[]): Promise<void>;
  /** Presses and releases a key (WebDriver key names: 'ArrowRight', 'Home', 'End', 'Enter'). */
  press(key: string): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /** Errors the page reported, and requests that would have left the machine. */
  problems(): Promise<{ errors: string[]; external: string[] }>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: 'firefox' | 'webkit';
  /** A new tab with the given viewport; `webgl: false` opens it in a browser that has none. */
  open(options: { width: number; height: number; webgl?: boolean }): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Requests that stay on this machine (the atlas must make no other). */
export const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/;

/**
 * Script run in every page as early as the engine allows: records errors and unhandled rejections
 * (Firefox gets it before any of the page's scripts; classic WebDriver has no such hook, so WebKit
 * gets it once the page has loaded). The atlas's own `error` events are its word to the host page
 * about input or WebGL, not faults, so they are not recorded.
 */
export const RECORDER = `
  if (!window.__problems) {
    window.__problems = [];
    addEventListener('error', (e) => {
      if (e instanceof ErrorEvent) window.__problems.push('page error: ' + e.message);
    });
    addEventListener('unhandledrejection', (e) => window.__problems.push('unhandled rejection: ' + String(e.reason)));
  }`;

/** Reads the recorder and the page's resource timing (every fetch, script, style, font, image). */
export const READ_PROBLEMS = `
  const urls = performance.getEntriesByType('resource').map((e) => e.name);
  return { errors: window.__problems ?? [], urls };`;

/** Waits until `body` (an async function body returning a truthy value when done) is truthy. */
export async function until<T>(
  page: EnginePage,
  body: string,
  args: unknown[] = [],
  what = body,
  timeoutMs = 30_000,
): Promise<T> {
  // The condition is polled inside the page, so a slow machine costs time, never a wrong answer.
  const result = await page.run<{ value: T } | { timedOut: true; last: unknown }>(
    `const test = async (args) => { ${body} };
     const end = Date.now() + ${timeoutMs};
     let last;
     while (Date.now() < end) {
       try { last = await test(args); } catch (e) { last = String(e); }
       if (last) return { value: last };
       await new Promise((r) => setTimeout(r, 50));
     }
     return { timedOut: true, last: last ?? null };`,
    args,
  );
  if ('timedOut' in result)
    throw new Error(`${page.engine}: timed out waiting for ${what} (last: ${JSON.stringify(result.last)})`);
  return result.value;
}
