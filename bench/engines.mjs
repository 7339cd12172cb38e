/**
 * The benchmark's pages in Firefox and WebKit beside Chromium (part 6 of bench/run.mjs): one
 * cold load at a time, each in a fresh profile (a new browser context in Chromium and Firefox,
 * a new MiniBrowser in WebKit), measured by the same in-page probe (harness.js), which the
 * server writes into the page as its first script: WebKit's WebDriver cannot install one
 * before the page's own scripts, and so every engine gets it the same way.
 */
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumArgs, engines, installCommand, isInstalled } from '../scripts/engines.mjs';
import { startWebKitDriver } from '../scripts/webkit-driver.mjs';

/** Writes the probe into a page, first thing in its head, so it sees everything the page does. */
export const withProbe = (html) => html.replace('<head>', '<head>\n<script src="/bench/harness.js" data-frame-gaps></script>');

/** Opens a page of `viewport` in a fresh puppeteer context, and closes the context with it. */
function puppeteerEngine(name, browser) {
  return {
    name,
    version: () => browser.version(),
    async load(url, viewport, inPage) {
      const context = await browser.createBrowserContext();
      try {
        const page = name === 'firefox' ? await context.newPage({ type: 'window' }) : await context.newPage();
        await page.setViewport(viewport);
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return await page.evaluate(inPage);
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

/** WebKit: a new MiniBrowser (its own process and cache) for every load, sized to `viewport`. */
async function webkitEngine() {
  const driver = await startWebKitDriver();
  return {
    name: 'webkit',
    version: async () => `WebKitGTK ${(await remote(driver.options).then(async (session) => {
      const version = session.capabilities.browserVersion;
      await session.deleteSession();
      return version;
    }))}`,
    async load(url, viewport, inPage) {
      const session = await remote(driver.options);
      try {
        // The window holds a toolbar: size it so that the page's viewport is `viewport`.
        await session.setWindowRect(0, 0, viewport.width, viewport.height);
        const inner = await session.execute(() => [innerWidth, innerHeight]);
        await session.setWindowRect(0, 0, 2 * viewport.width - inner[0], 2 * viewport.height - inner[1]);
        await session.navigateTo(url);
        // WebDriver's Execute Script waits for a promise the script returns.
        return await session.execute(`return (${inPage})()`);
      } finally {
        await session.deleteSession().catch(() => {});
      }
    },
    close: async () => driver.stop(),
  };
}

/** Launches every installed engine; a missing one is named with the command that installs it. */
export async function launchEngines(log) {
  const launched = [];
  for (const name of ['chromium', 'firefox', 'webkit']) {
    if (!isInstalled(name)) {
      log(`${engines[name].label} is not installed, so part 6 leaves it out: ${installCommand(name)}`);
      continue;
    }
    if (name === 'chromium') {
      launched.push(puppeteerEngine(name, await puppeteer.launch({ executablePath: engines.chromium.path, args: chromiumArgs })));
    } else if (name === 'firefox') {
      launched.push(puppeteerEngine(name, await puppeteer.launch({ browser: 'firefox', executablePath: engines.firefox.path, headless: true })));
    } else {
      launched.push(await webkitEngine());
    }
  }
  return launched;
}
