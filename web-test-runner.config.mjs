import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './tests/support/count-reporter.mjs';

/** The system Chromium (Debian's `chromium` package) or CHROME_PATH; nothing downloads a browser. */
const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

if (!executablePath) {
  throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
}

/**
 * Hostile-host fixtures: the built bundle served again from folders where its locale files are
 * missing (404) or broken (a syntax error), so tests can watch it fall back to English.
 */
function failingLocaleFiles(context, next) {
  const bundle = /^\/(missing|broken)-locales\/acne-scar-widgets\.js$/;
  if (bundle.test(context.path)) {
    context.path = '/dist/acne-scar-widgets.js';
  } else if (context.path.startsWith('/broken-locales/locales/')) {
    context.type = 'text/javascript';
    context.body = 'export const templates = {;';
    return undefined;
  }
  return next();
}

export default {
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html'],
  // Tests run the same Lit that ships (its production build), which also keeps Lit's dev-mode
  // notices out of the console-cleanliness checks.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  middleware: [failingLocaleFiles],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [
    chromeLauncher({
      // Each test file gets its own browser context: in a shared one the second page is a hidden
      // background tab, where animation frames and IntersectionObserver never run.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          // The machine has no network beyond localhost: stop Chromium reaching for its services.
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-gpu',
          '--disable-quic',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
