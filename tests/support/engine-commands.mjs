/**
 * Server commands that work the same in Chromium, Firefox and WebKit, for tests/support/engine.ts.
 * @web/test-runner-commands speaks each engine's protocol only in part: Firefox (WebDriver BiDi)
 * does not know the key name "Space", and the WebDriver launcher cannot hold a key down.
 *
 * - `engine-keys` `{ press | down | up: key }`: a key through each engine's own input, with the key
 *   names of @web/test-runner-commands ("Tab", "Space", "Shift", "ArrowLeft", …).
 * - `engine-focus-window`: makes the test's window the focused one until `engine-release-window`
 *   (sent after every test). Only the focused window of a browser matches `:focus` and
 *   `:focus-visible`; Firefox runs two test files in two windows of one browser, so a test that
 *   looks at focus takes the window and any other waits for it.
 * - `engine-media` `{ colorScheme?, reducedMotion?, forcedColors? }`: these media features, every
 *   other one as the machine has it, through Chromium's own emulation; `{ emulated: false }` in
 *   the engines that have none over their automation protocols (Firefox's BiDi and WebKit's
 *   WebDriver), for the test to say so and skip, unless what is asked is what the machine shows.
 */

/** WebDriver's code points for the named keys (WebDriver § 17.4.2, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Meta: '\uE03D',
};

function webdriverKey(key) {
  const value = WEBDRIVER_KEYS[key] ?? (key.length === 1 ? key : undefined);
  if (!value) throw new Error(`engine-keys: no WebDriver key for "${key}"`);
  return value;
}

/** Puppeteer's names, but for the space bar, which its BiDi keyboard (Firefox) knows only as ' '. */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);

async function sendKeys(session, payload) {
  const [action, key] = Object.entries(payload).find(([name]) => ['press', 'down', 'up'].includes(name)) ?? [];
  if (!action || typeof key !== 'string') throw new Error('engine-keys takes { press }, { down } or { up } with a key name');
  if (session.browser.type === 'puppeteer') {
    const keyboard = session.browser.getPage(session.id).keyboard;
    await keyboard[action](puppeteerKey(key));
    return true;
  }
  const value = webdriverKey(key);
  const actions = { press: ['keyDown', 'keyUp'], down: ['keyDown'], up: ['keyUp'] }[action];
  await session.browser.driver(session.id).performActions([
    { type: 'key', id: 'keyboard', actions: actions.map((type) => ({ type, value })) },
  ]);
  return true;
}

/**
 * The focused window of each Firefox: who holds it, and who waits for it. A test holds it from its
 * first key to its end; opening a window for the next test file (which takes the focus) waits for
 * it too, through `whileHoldingFocus`.
 */
const focusHolders = new WeakMap();

function focusState(browser) {
  let state = focusHolders.get(browser);
  if (!state) focusHolders.set(browser, (state = { holder: undefined, queue: [] }));
  return state;
}

async function takeFocus(browser, holder, holderIsActive) {
  const state = focusState(browser);
  if (state.holder === holder) return;
  // A test file that ended holding the window (an HTML test has no hook to give it back) lets go.
  while (state.holder !== undefined && holderIsActive(state.holder)) {
    await new Promise((resolve) => {
      state.queue.push(resolve);
      setTimeout(resolve, 500);
    });
  }
  state.holder = holder;
}

function releaseFocus(browser, holder) {
  const state = focusState(browser);
  if (state.holder !== holder) return;
  state.holder = undefined;
  for (const resolve of state.queue.splice(0)) resolve();
}

/** Runs `open` (which opens a window, and so takes the focus) when no test holds the focus. */
export async function whileHoldingFocus(browser, open) {
  const holder = Symbol('opening a window');
  await takeFocus(browser, holder, () => true);
  try {
    return await open();
  } finally {
    releaseFocus(browser, holder);
  }
}

/** Whether the page's document has the focus, waiting a moment for it: a raised window gets it a little later. */
async function hasFocus(page) {
  for (let wait = 0; wait < 10; wait += 1) {
    const focused = await page.evaluate(
      () => document.hasFocus() || new Promise((resolve) => setTimeout(() => resolve(document.hasFocus()), 50)),
    );
    if (focused) return true;
  }
  return false;
}

function windowFocus() {
  return {
    async take(session) {
      // Chromium treats every headless page as focused; WebKit runs one window at a time.
      if (session.browser.engine !== 'firefox') return;
      const page = session.browser.getPage(session.id);
      await takeFocus(page.browser(), session.id, (holder) => typeof holder !== 'string' || session.browser.isActive(holder));
      await page.bringToFront();
      if (await hasFocus(page)) return;
      // Tabbing past a page's last element moves the focus into Firefox's toolbar, where raising
      // the window leaves it; a tab opened and closed in the window gives it back to the page.
      const tab = await page.browserContext().newPage();
      await tab.close();
      await page.bringToFront();
      if (!(await hasFocus(page))) throw new Error('Firefox keeps the focus outside the page after a reset');
    },
    release(session) {
      if (session.browser.engine !== 'firefox') return;
      releaseFocus(session.browser.getPage(session.id).browser(), session.id);
    },
  };
}

/** Chromium's media emulation, one protocol session per page (emulation lasts as long as it). */
function chromiumMedia() {
  const sessions = new WeakMap();
  return async (session, { colorScheme, reducedMotion, forcedColors }) => {
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    const wanted = { 'prefers-color-scheme': colorScheme, 'prefers-reduced-motion': reducedMotion, 'forced-colors': forcedColors };
    // The features asked for, every other one back to what the machine shows.
    await sessions.get(page).send('Emulation.setEmulatedMedia', {
      features: Object.entries(wanted).map(([name, value]) => ({ name, value: value ?? '' })),
    });
    return { emulated: true };
  };
}

/** What a machine shows with no emulation: light, motion allowed, no forced colours. */
const DEFAULT_MEDIA = { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' };

export function engineCommands() {
  const focus = windowFocus();
  const emulateChromiumMedia = chromiumMedia();
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'engine-keys':
          return sendKeys(session, payload ?? {});
        case 'engine-focus-window':
          await focus.take(session);
          return true;
        case 'engine-release-window':
          focus.release(session);
          return true;
        case 'engine-media': {
          if (session.browser.engine === 'chromium') return emulateChromiumMedia(session, payload ?? {});
          // Asking for what the machine shows anyway (e.g. a reset after a test) needs no emulation.
          const asked = Object.entries(payload ?? {}).filter(([, value]) => value !== undefined && value !== null);
          return { emulated: asked.every(([name, value]) => DEFAULT_MEDIA[name] === value) };
        }
        default:
          return undefined;
      }
    },
  };
}
