/**
 * `npm run render`: the whole article rendered on the server into one static HTML page (default
 * dist/article.html), readable without JavaScript; the hydrate bundle then takes it over.
 *
 *   npm run render -- [output.html] [--locale es] [--base-url https://example.com/acne-scars]
 *     [--source-href https://publisher.example/acne-scars] [--publisher "Example Health"]
 *     [--next-review 2027-03-11 | --review-interval P3Y]
 *
 * The page carries the article's schema.org MedicalWebPage data (JSON-LD), as renderHtml writes it.
 *
 * Run after `npm run build` (the npm script builds first): it uses dist/ssr/index.js.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { renderHtml, styleHashes } from '../dist/ssr/index.js';
import { localeDirection, resolveLocale } from '../dist/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string', default: 'en' },
    'base-url': { type: 'string', default: 'https://example.com/articles/acne-scars' },
    'source-href': { type: 'string' },
    publisher: { type: 'string' },
    'next-review': { type: 'string' },
    'review-interval': { type: 'string' },
  },
});

const output = resolve(positionals[0] ?? 'dist/article.html');
const locale = resolveLocale(values.locale);
const direction = localeDirection(locale);

/** A path from the page to a file in dist/, as a relative URL. */
const fromPage = (file) => {
  const path = relative(dirname(output), resolve('dist', file)).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
};

/** An attribute for each option given, its value escaped for HTML. */
const optional = ['source-href', 'publisher', 'next-review', 'review-interval']
  .filter((name) => values[name] !== undefined)
  .map((name) => ` ${name}="${values[name].replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
  .join('');
const article = `<acne-scar-article heading-level="1" promo-href="https://example.com/start"
        editorial-href="https://example.com/editorial-standards"${optional}></acne-scar-article>`;

const page = await renderHtml(
  `<!doctype html>
<html lang="${locale}"${direction === 'rtl' ? ' dir="rtl"' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title></title>
    <link rel="stylesheet" href="${fromPage('themes/default.css')}" />
    <script type="module" src="${fromPage('acne-scar-widgets-hydrate.js')}"></script>
    <style>
      body { max-inline-size: 48rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }
    </style>
  </head>
  <body>
    <main>
      ${article}
    </main>
  </body>
</html>
`,
  { baseUrl: values['base-url'] },
);

// The page's title is the article's, as rendered in the page's language.
const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/.exec(page)?.[1] ?? '';
const title = heading.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').trim();
const finished = page.replace('<title></title>', `<title>${title}</title>`);

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, finished);
const bytes = Buffer.byteLength(finished);
const kb = (size) => `${(size / 1024).toFixed(1)} KB`;
console.log(
  `Wrote ${relative(process.cwd(), output) || output} (${locale}): ${kb(bytes)}, ${kb(gzipSync(finished, { level: 9 }).length)} gzipped.`,
);
// The policy docs/security.md recommends, with what this page's inline styles need: the widgets'
// shadow-root styles (styleHashes) and the page's own <style> in its head.
const pageStyle = /<head>[\s\S]*?<style>([\s\S]*?)<\/style>/.exec(finished)?.[1];
const pageStyleHash = pageStyle ? ` 'sha256-${createHash('sha256').update(pageStyle).digest('base64')}'` : '';
console.log(
  `Content-Security-Policy to serve it with: script-src 'self'; style-src 'self' ${styleHashes().join(' ')}${pageStyleHash}; ` +
    "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
);
