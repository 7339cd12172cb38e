/**
 * The "Using a bundler" snippet of docs/frameworks.md, built by real bundlers into a scratch application that
 * installs the package: esbuild, and Vite (Rollup underneath). Each build must render the byline in
 * Spanish from a page with `<html lang="es">`, with the translations inside the application's own
 * files (nothing fetched from a `locales/` folder the bundler never copied). Checked in Chromium.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from '../../scripts/engines.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const frameworks = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');

/** The snippet for bundlers: the first ```js block of "Using a bundler". */
const section = frameworks.slice(frameworks.indexOf('## Using a bundler'), frameworks.indexOf('\n## ', frameworks.indexOf('## Using a bundler') + 1));
const snippet = section.match(/```js\n([\s\S]*?)```/)[1];

const PAGE = `<!doctype html>
<html lang="es">
  <head><meta charset="utf-8"><title>An application</title></head>
  <body>
    <med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Nuestro equipo editorial" updated="2021-03-11"></med-review>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

let app;
let browser;
before(async () => {
  app = mkdtempSync(join(tmpdir(), 'bundler-app-'));
  // The application has the package installed, as npm would link a local one.
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'acne-scar-widgets'));
  writeFileSync(join(app, 'main.js'), snippet);
  writeFileSync(join(app, 'index.html'), PAGE);
  browser = await puppeteer.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
});
after(async () => {
  await browser?.close();
  rmSync(app, { recursive: true, force: true });
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves `folder` on a free port; resolves to its address and the paths it was asked for. */
async function serve(folder) {
  const asked = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    asked.push(path);
    const file = join(folder, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  return { url: `http://localhost:${server.address().port}/`, asked, close: () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  }) };
}

/** The byline's text as a reader sees it, once it has rendered, in the built application. */
async function bylineIn(folder) {
  const server = await serve(folder);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('med-review')?.shadowRoot?.textContent?.includes('Kristin Hall'), { timeout: 10_000 });
    const text = await page.evaluate(() => document.querySelector('med-review').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
    return { text, errors, asked: server.asked };
  } finally {
    await page.close();
    await server.close();
  }
}

describe('the docs\' bundler snippet, built by real bundlers', () => {
  test('the snippet imports the element and the Spanish translations statically', () => {
    assert.match(snippet, /import 'acne-scar-widgets\/med-review\.js';/);
    assert.match(snippet, /import 'acne-scar-widgets\/translations\/es\.js';/);
  });

  test('esbuild: the page renders the byline in Spanish from the bundle alone', async () => {
    const out = join(app, 'esbuild-out');
    const result = await esbuild.build({ absWorkingDir: app, entryPoints: ['main.js'], bundle: true, format: 'esm', outdir: out, logLevel: 'silent', minify: true });
    assert.deepEqual(result.warnings, []);
    writeFileSync(join(out, 'index.html'), PAGE);
    const { text, errors, asked } = await bylineIn(out);
    assert.match(text, /^Revisado médicamente por Kristin Hall, FNP Escrito por Nuestro equipo editorial Última actualización: 11 de marzo de 2021/);
    assert.deepEqual(errors, []);
    assert.deepEqual(asked.filter((path) => path.includes('/locales/')), [], 'no translation file fetched');
  });

  test('Vite: the page renders the byline in Spanish from the bundle alone', async () => {
    const out = join(app, 'vite-out');
    await viteBuild({ root: app, logLevel: 'silent', configFile: false, build: { outDir: out, emptyOutDir: true } });
    const { text, errors, asked } = await bylineIn(out);
    assert.match(text, /^Revisado médicamente por Kristin Hall, FNP Escrito por Nuestro equipo editorial Última actualización: 11 de marzo de 2021/);
    assert.deepEqual(errors, []);
    assert.deepEqual(asked.filter((path) => path.includes('/locales/')), [], 'no translation file fetched');
  });
});
