import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { countReporter } from './tests/support/count-reporter.mjs';
import { reactModules } from './tests/support/react-modules.mjs';
import { chromiumArgs, engines, selectedEngines } from './scripts/engines.mjs';
import { webkitLauncher } from './tests/support/webkit-launcher.mjs';
import { engineCommands, whileHoldingFocus } from './tests/support/engine-commands.mjs';

/**
 * Each engine's launcher, tagged with the engine's name for tests/support/engine-commands.mjs.
 * Chromium and Firefox through Puppeteer (Firefox over WebDriver BiDi), WebKit through
 * WebKitWebDriver. Each test file gets its own browser context in Chromium and Firefox: in a
 * shared one the second page is a hidden background tab, where animation frames and
 * IntersectionObserver never run.
 */
function launcherFor(name) {
  let launcher;
  if (name === 'chromium') {
    launcher = chromeLauncher({
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: { executablePath: engines.chromium.path, args: chromiumArgs },
    });
  } else if (name === 'firefox') {
    launcher = chromeLauncher({
      // A window each, not a tab: Firefox runs no IntersectionObserver in a background tab. A new
      // window takes the focus, so it opens only while no test is using the focus.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        return whileHoldingFocus(browser, () => context.newPage({ type: 'window' }));
      },
      launchOptions: { browser: 'firefox', executablePath: engines.firefox.path, headless: true },
    });
  } else {
    // One window: MiniBrowser windows on a virtual display cannot be given the focus (no window
    // manager), and only the focused one matches :focus-visible.
    launcher = webkitLauncher({ windows: 1 });
  }
  launcher.engine = name;
  launcher.name = engines[name].label;
  return launcher;
}

/**
 * A stand-in CDN: `/cdn/acne-scar-widgets@<version>/dist/...` answers the built files byte for byte,
 * as a CDN does (the dev server's own pipeline rewrites modules it serves, which would break their
 * integrity hash), for the site owners' snippet in tests/embed/cdn-snippet.test.html.
 */
function standInCdn(context, next) {
  const match = /^\/cdn\/acne-scar-widgets@[^/]+\/(dist\/[\w./-]+\.js)$/.exec(context.path);
  if (!match || match[1].includes('..') || !existsSync(match[1])) return next();
  context.type = 'text/javascript';
  context.set('Access-Control-Allow-Origin', '*');
  context.body = readFileSync(match[1]);
  return undefined;
}

/**
 * Hostile-host fixtures: the built bundle served again from folders where its locale files are
 * missing (404), broken (a syntax error) or unreachable (the connection drops: a network error),
 * or where one element's file is missing, so tests can watch it fall back to English; and the
 * loader without the chunks it loads.
 */
function failingFiles(context, next) {
  // The loader served from a folder without its loader/ chunks: every element's code answers 404.
  if (context.path === '/missing-chunks/acne-scar-widgets-loader.js') {
    context.path = '/dist/acne-scar-widgets-loader.js';
    return next();
  }
  if (context.path.startsWith('/missing-chunks/')) {
    context.status = 404;
    return undefined;
  }
  const bundle = /^\/(missing|broken|unreachable|partial)-locales\/acne-scar-widgets\.js$/;
  if (bundle.test(context.path)) {
    context.path = '/dist/acne-scar-widgets.js';
  } else if (context.path.startsWith('/partial-locales/locales/')) {
    // Every locale file is there but one: the Spanish of <scar-types>.
    if (context.path.endsWith('/es/scar-types.js')) {
      context.status = 404;
      return undefined;
    }
    context.path = context.path.replace('/partial-locales/', '/dist/');
  } else if (context.path.startsWith('/unreachable-locales/locales/')) {
    context.req.socket.destroy();
    return undefined;
  } else if (context.path.startsWith('/broken-locales/locales/')) {
    context.type = 'text/javascript';
    context.body = 'export const templates = {;';
    return undefined;
  }
  return next();
}

/**
 * Strict host pages (tests/csp/): every HTML page there except the test page itself (the runner
 * writes inline scripts into that one) is served with the strict Content-Security-Policy that
 * docs/security.md gives site owners, with nothing loosened. `?allow-duplicates` serves the
 * variant for pages that run more than one copy of Lit, whose Trusted Types policies share the
 * name `lit-html`.
 */
const STRICT_CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The server-rendered strict host page (tests/csp/ssr-page.html): see the comment in it. */
const SSR_CSP_PAGE = '/tests/csp/ssr-page.html';

async function strictCspPages(context, next) {
  await next();
  if (!context.path.startsWith('/tests/csp/') || !context.path.endsWith('.html')) return;
  if (context.path.endsWith('.test.html')) return;
  let policy = 'allow-duplicates' in context.query ? `${STRICT_CSP} 'allow-duplicates'` : STRICT_CSP;
  if (context.path === SSR_CSP_PAGE && !('no-hashes' in context.query)) {
    // What docs/server-rendering.md tells site owners who render on the server: the styles' hashes in style-src.
    const { styleHashes } = await import('./dist/ssr/index.js');
    policy = policy.replace("style-src 'self'", `style-src 'self' ${styleHashes().join(' ')}`);
  }
  context.set('Content-Security-Policy', policy);
}

/**
 * `tests/csp/page.html?loader`: the strict host page with the on-demand bundle in place of the
 * one-file bundle (the same single script tag), so both are held to the same policy.
 */
const cspLoaderPage = {
  name: 'csp-loader-page',
  transform(context) {
    if (context.path !== '/tests/csp/page.html' || !('loader' in context.query)) return undefined;
    return { body: context.body.replace('src="/dist/acne-scar-widgets.js"', 'src="/dist/acne-scar-widgets-loader.js"') };
  },
};

/**
 * Visual regression (tests/visual/): screenshots compared with tests/visual/baselines/<name>.png;
 * a failing one is saved with its diff under tests/visual/failed/ (not committed). Update the
 * baselines on purpose with `npm run test:update-screenshots` (passes --update-visual-baseline).
 */
const visualRegression = visualRegressionPlugin({
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: 'tests/visual',
  getBaselineName: ({ name }) => `baselines/${name}`,
  getFailedName: ({ name }) => `failed/${name}`,
  getDiffName: ({ name }) => `failed/${name}-diff`,
  // Screenshots are byte-identical run to run (one font, no motion, fixed dates), so the tolerance
  // is small: pixelmatch's per-pixel colour tolerance (its default, 0.1), and at most 0.01% of the
  // pixels may differ (e.g. 100 of a 1000×1000 screenshot).
  diffOptions: { threshold: 0.1 },
  failureThreshold: 0.01,
  failureThresholdType: 'percent',
});

/**
 * The module tests/visual/themes.js (typed by themes.d.ts beside it), made on each request: the
 * names of the theme files in src/themes/, so the visual tests photograph every theme there is.
 */
const visualThemeList = {
  name: 'visual-theme-list',
  serve(context) {
    if (context.path !== '/tests/visual/themes.js') return undefined;
    const themes = existsSync('src/themes')
      ? readdirSync('src/themes').filter((file) => file.endsWith('.css')).map((file) => file.slice(0, -4)).sort()
      : [];
    return { body: `export const themes = ${JSON.stringify(themes)};\n`, type: 'js' };
  },
};

/**
 * Server-rendered pages (tests/ssr/, and tests/csp/ssr-page.html): each HTML page there is served as the built server-rendering
 * helper (dist/ssr/index.js, `renderHtml`) makes it, every element with its shadow root in the
 * HTML, as a static-site generator would publish it; the tests then hydrate it in the browser.
 */
const serverRenderedPages = {
  name: 'server-rendered-pages',
  async transform(context) {
    const isSsrCspPage = context.path === SSR_CSP_PAGE;
    if (!isSsrCspPage && (!context.path.startsWith('/tests/ssr/') || !context.path.endsWith('.html'))) return undefined;
    const { renderHtml } = await import('./dist/ssr/index.js');
    let body = await renderHtml(context.body, { baseUrl: context.href });
    if (isSsrCspPage && 'static' in context.query) body = body.replace(/<script type="module"[^>]*><\/script>/, '');
    return { body };
  },
};

export default {
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html'],
  // Tests run the same Lit that ships (its production build), which also keeps Lit's dev-mode
  // notices out of the console-cleanliness checks.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  // A hang guard, not a speed check: axe over the whole article takes seconds on a busy 2-core machine.
  testFramework: { config: { timeout: 20000 } },
  // A whole test file may take a while on a busy machine (the fuzz file alone runs 12,000 cases).
  testsFinishTimeout: 300000,
  middleware: [standInCdn, failingFiles, strictCspPages],
  // a11ySnapshotPlugin: a11ySnapshot() reads the page's accessibility tree (tests/embed/fallback.test.html).
  // reactModules: React and React DOM (CommonJS) as ES modules, for tests/react/.
  plugins: [serverRenderedPages, cspLoaderPage, reactModules(), engineCommands(), a11ySnapshotPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), visualRegression, visualThemeList],
  browsers: selectedEngines().map(launcherFor),
  reporters: [defaultReporter(), countReporter()],
};
