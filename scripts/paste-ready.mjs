/**
 * Paste-ready HTML, for site owners whose CMS takes HTML but runs no Node: every element in every
 * shipped language, server-rendered (declarative shadow DOM, its styles inline), written to
 * dist/paste/<locale>/<tag>.html. Run by `npm run build` after the server-rendering module is built.
 *
 * An element with nothing to do in the browser (the byline, the facts, the evidence, the
 * treatments, the prevention tips, the disclaimer) is the static HTML alone: no script, and its
 * render costs what static HTML costs. An interactive one (an offer, the scar types' tabs, the
 * self-check, the whole article) ends with the hydrate bundle's script tag, which takes the HTML
 * over without rendering it again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderElement, WIDGET_TAGS } from '../dist/ssr/index.js';
import { LOCALES, PSEUDO_LOCALE } from '../dist/index.js';
import { EXAMPLE_ATTRIBUTES } from './example-attributes.mjs';
import { cdnUrl } from './reference-url.mjs';

/** Where the snippets point for the hydrate bundle: the CDN placeholder of the loader snippets, to replace. */
export const HYDRATE_URL = cdnUrl('dist/acne-scar-widgets-hydrate.js');

/** The elements that need a script once on the page: events, tabs, the self-check. */
export const INTERACTIVE = ['promo-banner', 'scar-types', 'microneedling-candidacy', 'acne-scar-article'];

/** The paste-ready HTML of `tag` in `locale`. */
export async function pasteReady(tag, locale) {
  const html = await renderElement(tag, EXAMPLE_ATTRIBUTES[tag], { locale });
  if (!INTERACTIVE.includes(tag)) {
    // Lit's markers stay: a page that also loads the hydrate bundle (for an offer) takes this
    // element over too, and hydration reads them.
    return `<!-- <${tag}> (${locale}), acne-scar-widgets: static HTML, no script needed. -->\n${html}\n`;
  }
  return (
    `<!-- <${tag}> (${locale}), acne-scar-widgets: server-rendered; the script below makes it interactive (once per page). -->\n` +
    `${html}\n<script type="module" src="${HYDRATE_URL}"></script>\n`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const locales = LOCALES.filter((locale) => locale !== PSEUDO_LOCALE);
  let files = 0;
  for (const locale of locales) {
    mkdirSync(join('dist/paste', locale), { recursive: true });
    for (const tag of WIDGET_TAGS) {
      writeFileSync(join('dist/paste', locale, `${tag}.html`), await pasteReady(tag, locale));
      files += 1;
    }
  }
  console.log(`paste-ready: ${files} files in dist/paste/<locale>/<tag>.html (${locales.join(', ')})`);
}
