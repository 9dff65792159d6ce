// WebKitGTK (Safari's engine; Debian's webkit2gtk-driver) over classic W3C WebDriver: plain HTTP
// calls to WebKitWebDriver, which starts MiniBrowser in automation mode under Xvfb.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { LOCAL, READ_PROBLEMS, RECORDER, type Engine, type EnginePage } from './driver.ts';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free port on loopback, for the driver. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

class Driver {
  constructor(
    readonly base: string,
    readonly process: ChildProcess,
  ) {}
  static async start(): Promise<Driver> {
    const port = await freePort();
    const child = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
    const driver = new Driver(`http://127.0.0.1:${port}`, child);
    // Ready when it answers /status (the event that means done, not a sleep).
    for (;;) {
      if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
      const ready = await fetch(`${driver.base}/status`)
        .then((r) => r.json())
        .then((j: { value?: { ready?: boolean } }) => j.value?.ready === true)
        .catch(() => false);
      if (ready) return driver;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)
      throw new Error(`WebKit ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }
  stop() {
    this.process.kill();
  }
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit';
  constructor(
    private readonly driver: Driver,
    private readonly session: string,
    private readonly ownsDriver: boolean,
  ) {}
  #path(rest: string) {
    return `/session/${this.session}${rest}`;
  }
  async goto(url: string) {
    await this.driver.call('POST', this.#path('/url'), { url });
    await this.run(RECORDER);
  }
  async run<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      (async (args) => { ${body} })(arguments[0]).then(
        (value) => done({ value: value === undefined ? null : value }),
        (e) => done({ thrown: String(e && e.stack ? e.message : e) }));`;
    const result = await this.driver.call<{ value: T } | { thrown: string }>(
      'POST',
      this.#path('/execute/async'),
      { script, args: [args] },
    );
    if ('thrown' in result) throw new Error(`webkit: ${result.thrown}`);
    return result.value;
  }
  async #actions(actions: unknown[]) {
    await this.driver.call('POST', this.#path('/actions'), { actions });
    await this.driver.call('DELETE', this.#path('/actions'));
  }
  #pointer(steps: unknown[]) {
    return { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps };
  }
  async click(x: number, y: number) {
    const at = { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 };
    await this.#actions([
      this.#pointer([at, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]),
    ]);
  }
  async drag(points: { x: number; y: number }[]) {
    const moves = points.map((p) => ({
      type: 'pointerMove',
      x: Math.round(p.x),
      y: Math.round(p.y),
      duration: 16,
    }));
    const [first, ...rest] = moves;
    await this.#actions([
      this.#pointer([first, { type: 'pointerDown', button: 0 }, ...rest, { type: 'pointerUp', button: 0 }]),
    ]);
  }
  async press(key: string) {
    const value = KEYS[key] ?? key;
    await this.#actions([
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ],
      },
    ]);
  }
  async screenshot() {
    return Buffer.from(await this.driver.call<string>('GET', this.#path('/screenshot')), 'base64');
  }
  async problems() {
    const inPage = await this.run<{ errors: string[]; urls: string[] }>(READ_PROBLEMS);
    return { errors: inPage.errors, external: inPage.urls.filter((u) => !LOCAL.test(u)) };
  }
  async close() {
    await this.driver.call('DELETE', this.#path(''));
    if (this.ownsDriver) this.driver.stop();
  }
}

/** WebDriver's code points for the keys the tests press. */
const KEYS: Record<string, string> = {
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
};

async function newSession(driver: Driver, width: number, height: number, webgl: boolean) {
  const args = ['--automation', ...(webgl ? [] : ['--enable-webgl=false'])];
  const { sessionId } = await driver.call<{ sessionId: string }>('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } } },
  });
  const page = `/session/${sessionId}`;
  await driver.call('POST', `${page}/timeouts`, { script: 120_000, pageLoad: 120_000 });
  // The window includes MiniBrowser's toolbar: size it so that the viewport is what was asked.
  await driver.call('POST', `${page}/window/rect`, { width, height });
  await driver.call('POST', `${page}/url`, { url: 'about:blank' });
  const inner = await driver.call<{ w: number; h: number }>('POST', `${page}/execute/sync`, {
    script: 'return { w: innerWidth, h: innerHeight };',
    args: [],
  });
  if (inner.w !== width || inner.h !== height)
    await driver.call('POST', `${page}/window/rect`, {
      width: width + (width - inner.w),
      height: height + (height - inner.h),
    });
  return sessionId;
}

export function webkit(): Engine {
  let shared: Promise<Driver> | null = null;
  return {
    name: 'webkit',
    async open({ width, height, webgl = true }) {
      // One driver per worker; each tab is a session of its own (MiniBrowser's WebGL switch is
      // a start-up option, so a browser without WebGL is one more session with it off).
      const driver = await (shared ??= Driver.start());
      const session = await newSession(driver, width, height, webgl);
      return new WebKitPage(driver, session, false);
    },
    async close() {
      if (shared) (await shared).stop();
    },
  };
}
