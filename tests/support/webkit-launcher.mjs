/**
 * The test runner's WebKit: MiniBrowser through WebKitWebDriver, a pool of windows so that test
 * files run side by side as they do in the other engines. @web/test-runner-webdriver runs several
 * files of one session in iframes of one page (where a file's viewport is its frame's and device
 * actions are refused); each window here runs one file at a time in its own top-level page instead.
 */
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKitDriver } from '../../scripts/webkit-driver.mjs';

class WebKitPool {
  constructor(size) {
    this.name = 'WebKit';
    this.type = 'webdriver';
    /** The test runner reads this to run as many files at once as there are windows. */
    this.concurrency = size;
    this.size = size;
    this.windows = [];
    this.bySession = new Map();
  }

  async initialize(config) {
    this.config = config;
  }

  async #ensureWindows() {
    this.starting ??= (async () => {
      for (let index = 0; index < this.size; index += 1) {
        const driver = await startWebKitDriver();
        const launcher = new WebdriverLauncher(driver.options);
        // One file at a time per window: the launcher's one-session mode, a page of its own.
        await launcher.initialize({ ...this.config, concurrency: 1 });
        this.windows.push({ launcher, driver, session: undefined });
      }
      this.name = 'WebKit';
    })();
    return this.starting;
  }

  async startSession(id, url) {
    await this.#ensureWindows();
    const window = this.windows.find((candidate) => !candidate.session);
    if (!window) throw new Error(`No free WebKit window for ${url}`);
    window.session = id;
    this.bySession.set(id, window);
    await window.launcher.startSession(id, url);
  }

  #launcher(id) {
    const window = this.bySession.get(id);
    if (!window) throw new Error(`No WebKit window runs session ${id}`);
    return window.launcher;
  }

  isActive(id) {
    return this.bySession.has(id) && this.#launcher(id).isActive(id);
  }

  getBrowserUrl(id) {
    return this.#launcher(id).getBrowserUrl(id);
  }

  async stopSession(id) {
    const window = this.bySession.get(id);
    try {
      return await window.launcher.stopSession(id);
    } finally {
      window.session = undefined;
      this.bySession.delete(id);
    }
  }

  async startDebugSession() {
    throw new Error('Debugging WebKit is not supported here: open the test page in MiniBrowser by hand.');
  }

  /** The webdriverio browser behind a session, for the engine-neutral commands (tests/support/engine-commands.mjs). */
  driver(id) {
    return this.#launcher(id).driver;
  }

  sendKeys(id, keys) {
    return this.#launcher(id).sendKeys(id, keys);
  }

  sendMouseMove(id, x, y) {
    return this.#launcher(id).sendMouseMove(id, x, y);
  }

  sendMouseClick(id, x, y, button) {
    return this.#launcher(id).sendMouseClick(id, x, y, button);
  }

  sendMouseDown(id, button) {
    return this.#launcher(id).sendMouseDown(id, button);
  }

  sendMouseUp(id, button) {
    return this.#launcher(id).sendMouseUp(id, button);
  }

  resetMouse(id) {
    return this.#launcher(id).resetMouse(id);
  }

  takeScreenshot(id, locator) {
    return this.#launcher(id).takeScreenshot(id, locator);
  }

  async stop() {
    await Promise.all(this.windows.map(async ({ launcher, driver }) => {
      await launcher.stop();
      driver.stop();
    }));
    this.windows = [];
    this.starting = undefined;
  }
}

export function webkitLauncher({ windows = 2 } = {}) {
  return new WebKitPool(windows);
}
