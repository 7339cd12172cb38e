/**
 * The pages the benchmark loads, generated as strings and served from memory. The three versions
 * of the whole article share one host page (masthead, column, footer, the same CSS), so they
 * differ only in how the article gets there.
 */

import { EXAMPLE_ATTRIBUTES } from '../scripts/example-attributes.mjs';

export const BUNDLE_PATH = '/dist/acne-scar-widgets.js';
/** The on-demand bundle, which loads each element's code from dist/loader/ when its tag appears. */
export const LOADER_PATH = '/dist/acne-scar-widgets-loader.js';

/** The publisher's page around the content, the same for every version of the article. */
const HOST_CSS = `
  * { box-sizing: border-box; }
  body { margin: 0; color: #1d2327; background: #fff; font: 1.0625rem/1.6 Georgia, 'Times New Roman', serif; }
  .masthead { padding: 0.75rem 1.5rem; border-block-end: 1px solid #dcdcde; font: 700 1.25rem/1.4 system-ui, sans-serif; }
  main { max-width: 44rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
  main > * + * { margin-block-start: 2rem; }
  acne-scar-article, promo-banner, med-review, med-disclaimer { font-family: system-ui, sans-serif; }
  .embed { display: block; inline-size: 100%; block-size: 80vh; border: 0; }
  .site-footer { padding: 1.5rem; border-block-start: 1px solid #dcdcde; color: #50575e; font: 0.85rem/1.5 system-ui, sans-serif; }
`;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A whole page. `kind` tells the probe how to judge "rendered" (static, widget or iframe);
 * `masthead` adds the publisher's header and footer around `body`.
 */
export function page({ kind, title, body, head = '', lang = 'en', masthead = true, css = HOST_CSS }) {
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="bench-kind" content="${kind}">
<title>${title}</title>
<style>${css}</style>
${head}
</head>
<body>
${masthead ? '<header class="masthead">Skin &amp; Health</header>' : ''}
<main>
${body}
</main>
${masthead ? '<footer class="site-footer" id="editorial-standards">Skin &amp; Health · About our editorial standards</footer>' : ''}
</body>
</html>
`;
}

export const ARTICLE_TAG =
  '<acne-scar-article heading-level="1" promo-href="#offer" editorial-href="#editorial-standards"></acne-scar-article>';

/** The article as a site owner embeds it: the one script tag and the one element. */
export function widgetArticlePage({ lang = 'en', reservationCss = '' } = {}) {
  return page({
    kind: 'widget',
    title: 'The article as a web component',
    // The script tag and, as the docs tell site owners, its space reserved while it loads.
    head: `<script type="module" src="${BUNDLE_PATH}"></script>${reservationCss ? `\n<style>${reservationCss}</style>` : ''}`,
    body: ARTICLE_TAG,
    lang,
  });
}

/** The same article as static HTML and CSS: `staticArticle` is the serialized widget. */
export function staticArticlePage(staticArticle) {
  return page({ kind: 'static', title: 'The article as static HTML', body: staticArticle });
}

/** What a publisher's embed address serves: the static article alone, for an iframe. */
export function embedPage(staticArticle) {
  return page({ kind: 'static', title: 'The article, embeddable', body: staticArticle, masthead: false });
}

/** A host page that embeds `src` in an iframe of fixed height (it scrolls inside). */
export function iframeHostPage(src) {
  return page({
    kind: 'iframe',
    title: 'The article in an iframe',
    body: `<iframe class="embed" title="Does Microneedling Work to Reduce Acne Scars?" src="${escapeAttribute(src)}"></iframe>`,
  });
}

/** A page with the bundle and an empty stage, for instances created from the benchmark. */
export function scalePage() {
  return page({
    kind: 'widget',
    title: 'Many instances',
    head: `<script type="module" src="${BUNDLE_PATH}"></script>`,
    body: '<div id="stage"></div>',
  });
}

/** Each element with the attributes it needs to show its content, as the docs show them. */
export const ELEMENTS = EXAMPLE_ATTRIBUTES;

/** `<tag>` with its attributes from `ELEMENTS`, as a page writes it. */
const elementMarkup = (tag) =>
  `<${tag}${Object.entries(ELEMENTS[tag]).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}></${tag}>`;

/**
 * A publisher's page with one element on it, loaded by `script` (the bundle or the loader), with
 * `<link rel="modulepreload">` for each of `preloads` first (the site owners' loader snippet), and
 * `reservationCss` (the site owners' rules against layout shift) where given.
 */
export function oneElementPage(tag, script, preloads = [], reservationCss = '') {
  return page({
    kind: 'widget',
    title: `<${tag}> on its own`,
    head: [
      ...preloads.map((file) => `<link rel="modulepreload" href="${file}">`),
      `<script type="module" src="${script}"></script>`,
      ...(reservationCss ? [`<style>${reservationCss}</style>`] : []),
    ].join('\n'),
    body: `<p>The publisher's own article text.</p>\n${elementMarkup(tag)}`,
  });
}

/**
 * The page of the docs that tells site owners which CSS to add (reserving space, fallback content),
 * from the repository's root: the benchmark and the tests read the rules from it, as published.
 */
export const SITE_OWNERS_PAGE = 'docs/site-owners.md';

/** The first css block of a Markdown page's section under `heading` (a `## ` or `### ` heading), as published. */
export function publishedCss(markdown, heading) {
  const section = markdown.split(new RegExp(`^#{2,3} ${heading}$`, 'm'))[1];
  if (!section) throw new Error(`${SITE_OWNERS_PAGE}: no "${heading}" section`);
  const css = /```css\n([\s\S]*?)```/.exec(section.split(/^##+ /m)[0]);
  if (!css) throw new Error(`${SITE_OWNERS_PAGE}: no css block in "${heading}"`);
  if (!css[1].includes(':not(:defined)')) throw new Error(`${SITE_OWNERS_PAGE}: the css block of "${heading}" has no :not(:defined) rule`);
  return css[1];
}

/**
 * The CSS site owners are told to add against layout shift while the script loads: the first css
 * block of the "No layout shift while the script loads" section of the site owners' page, taken
 * from the page itself so the benchmark checks the advice as published.
 */
export const publishedReservationCss = (markdown) => publishedCss(markdown, 'No layout shift while the script loads');

/**
 * A plain page that follows the site owners' page: the offer bar on top, the byline, text, the
 * disclaimer, more text below each so that any widget growing after it upgrades would push something.
 */
export function reservationRulesPage(reservationCss, script = BUNDLE_PATH) {
  const paragraph = (text) => `<p>${text}</p>`;
  return page({
    kind: 'widget',
    title: 'A page with the published reservation rules',
    head: `<script type="module" src="${script}"></script>\n<style>${reservationCss}</style>`,
    body: `<promo-banner href="#offer"></promo-banner>
<h1>Does Microneedling Work to Reduce Acne Scars?</h1>
<med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Our Editorial Team" updated="2021-03-11"></med-review>
${paragraph('All you have to do is scroll through your Instagram feed to see the results of microneedling.')}
${paragraph('This minimally invasive cosmetic procedure has been made popular by celebrities like Kim Kardashian, but the truth is that it is accessible and beneficial for the everyday woman as well.')}
<med-disclaimer editorial-href="#editorial-standards"></med-disclaimer>
${paragraph('Though microneedling is generally recognized as safe for healthy individuals, it does come with some risk.')}
${paragraph('If you’ve tried everything in the book to reduce your acne scars and nothing has worked, microneedling might just be the solution you’ve been looking for.')}`,
  });
}

/** The article's eight blocks placed one by one on a publisher's page, as the demo places them. */
export const BLOCK_TAGS = [
  'med-review', 'scar-types', 'microneedling-facts', 'microneedling-evidence', 'microneedling-candidacy',
  'scar-treatments', 'scar-prevention', 'med-disclaimer',
];

/** A page with every block of the article on its own (and the offers left out), loaded by the bundle. */
export function blocksPage(reservationCss = '') {
  return page({
    kind: 'widget',
    title: 'The article block by block',
    head: `<script type="module" src="${BUNDLE_PATH}"></script>${reservationCss ? `\n<style>${reservationCss}</style>` : ''}`,
    body: `<h1>Does Microneedling Work to Reduce Acne Scars?</h1>\n${BLOCK_TAGS.map(elementMarkup).join('\n')}`,
  });
}

/** A page of ready HTML: a widget page's serialized content (its static floor, `kind` 'static'), or pasted markup. */
export function staticPage(title, body, kind = 'static') {
  return page({ kind, title, body });
}
