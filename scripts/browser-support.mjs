/**
 * The browser support table of docs/browser-support.md, from MDN's browser compatibility data
 * (@mdn/browser-compat-data, pinned by the lockfile): each web platform feature the widgets use,
 * what they use it for, and the first Chrome, Edge, Firefox and Safari versions that have it, with
 * the versions from which the widgets render (the newest of the features they need); and the
 * README's line that gives those versions. Written by `npm run build` between the pages' markers;
 * CI fails when one is stale.
 *
 * The features the widgets cannot do without are those src/core/support.ts checks before defining
 * anything (tests/node/package.test.mjs holds the two lists together), plus the script itself
 * (a module); every other one is older than those, or has a fallback.
 */
import { createRequire } from 'node:module';
import { writeDocSection } from './doc-section.mjs';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');

export const BROWSERS = [
  ['chrome', 'Chrome'],
  ['edge', 'Edge'],
  ['firefox', 'Firefox'],
  ['safari', 'Safari'],
  ['safari_ios', 'Safari on iOS'],
];

/**
 * What the widgets use, in the order a browser meets it. Marked as needed: `script`, what the
 * bundle needs to run at all; `gate`, the name of a check in src/core/support.ts (without it
 * nothing is defined); `needed`, what every browser that passes those checks has. `keys` are the
 * compatibility data's entries, all needed.
 */
export const FEATURES = [
  { name: 'JavaScript modules, `import()`, `import.meta`', use: 'the one-tag bundle and its translation files', script: true, keys: ['javascript.statements.import', 'javascript.operators.import', 'javascript.operators.import_meta'] },
  { name: 'ES2021 syntax (e.g. `??=`)', use: 'the bundle is compiled for ES2021', script: true, keys: ['javascript.operators.logical_or_assignment', 'javascript.operators.nullish_coalescing', 'javascript.operators.optional_chaining'] },
  { name: 'custom elements', use: 'every element', needed: true, keys: ['api.CustomElementRegistry.define'] },
  { name: 'shadow DOM', use: 'every element: its styles and the page\'s never meet', needed: true, keys: ['api.Element.attachShadow'] },
  { name: 'ElementInternals, custom states and `:state()`', use: 'a dismissed or unscheduled offer hides itself', gate: ':state()', keys: ['api.HTMLElement.attachInternals', 'api.CustomStateSet', 'css.selectors.state'] },
  { name: '`light-dark()`', use: 'colours that follow the page\'s light or dark scheme', gate: 'light-dark()', keys: ['css.types.color.light-dark'] },
  { name: 'constructable style sheets', use: 'one style sheet shared by every instance (Lit writes a `<style>` without them)', keys: ['api.ShadowRoot.adoptedStyleSheets'] },
  { name: 'container queries', use: 'layouts that follow the element\'s own width', keys: ['css.at-rules.container', 'css.properties.container-type'] },
  { name: '`color-mix()`', use: 'muted text and borders from the page\'s text colour', keys: ['css.types.color.color-mix'] },
  { name: '`:focus-visible`', use: 'the keyboard focus ring', keys: ['css.selectors.focus-visible'] },
  { name: '`:defined`', use: 'the site owners\' rules that reserve space and show fallback content', keys: ['css.selectors.defined'] },
  { name: 'logical properties', use: 'right-to-left layouts (Arabic)', keys: ['css.properties.margin-inline-start', 'css.properties.padding-inline-start', 'css.properties.min-block-size', 'css.properties.inset-block-start'] },
  { name: '`overflow-wrap: anywhere`, `hyphens`', use: 'long words wrap at 320 px (WCAG 1.4.10)', keys: ['css.properties.overflow-wrap.anywhere', 'css.properties.hyphens'] },
  { name: 'IntersectionObserver', use: 'an offer\'s impression, counted once it is seen', keys: ['api.IntersectionObserver'] },
  { name: '`Intl.RelativeTimeFormat`', use: 'the offer\'s countdown', keys: ['javascript.builtins.Intl.RelativeTimeFormat'] },
];

function compatOf(key) {
  const compat = key.split('.').reduce((node, part) => node?.[part], bcd)?.__compat;
  if (!compat) throw new Error(`@mdn/browser-compat-data has no ${key}`);
  return compat;
}

const parts = (version) => version.replace(/^≤/, '').split('.').map(Number);
const newer = (a, b) => {
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
    if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) > (y[index] ?? 0) ? a : b;
  }
  return a;
};

/** The first version of `browser` with `key` as standard (no flag, prefix, other name or partial support); null when none. */
export function firstVersion(key, browser) {
  const statements = [compatOf(key).support[browser] ?? []].flat();
  const full = statements.filter(
    (statement) => !statement.flags && !statement.prefix && !statement.alternative_name && !statement.partial_implementation && !statement.version_removed,
  );
  const versions = full.map((statement) => statement.version_added).filter((version) => typeof version === 'string' && /^≤?\d/.test(version));
  return versions.length ? versions.reduce((a, b) => (newer(a, b) === a ? b : a)) : null;
}

/** The first version of `browser` with every one of `keys`; null when one is missing. */
export function firstVersionWithAll(keys, browser) {
  const versions = keys.map((key) => firstVersion(key, browser));
  return versions.includes(null) ? null : versions.reduce(newer);
}

const isNeeded = (feature) => Boolean(feature.gate || feature.script || feature.needed);
const cell = (version) => (version === null ? 'no' : version);

/** The first version of `browser` in which the widgets render: the newest of the features they need; null when one is missing. */
export function renderingFloor(browser) {
  return FEATURES.filter(isNeeded)
    .map((feature) => firstVersionWithAll(feature.keys, browser))
    .reduce((a, b) => (a && b ? newer(a, b) : null));
}

/** Words joined into lines of at most `width` characters, as the Markdown sources are written. */
function wrap(text, width = 100) {
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + 1 + word.length > width) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines.join('\n');
}

/** The README's lines: the versions from which the widgets render, linked to the whole table. */
export function supportSummary() {
  const [chrome, edge, firefox, safari, safariIos] = BROWSERS.map(([browser]) => cell(renderingFloor(browser)));
  return wrap(
    `The widgets render in Chrome ${chrome}, Edge ${edge}, Firefox ${firefox}, Safari ${safari} and Safari on iOS ${safariIos} ` +
      "(and so every browser on iOS) and later; an older browser shows the page's own content instead. " +
      'Each feature the widgets use, and its versions: [Browser support](docs/browser-support.md).',
  );
}

export function supportTable() {
  const rows = [
    `| feature | what the widgets use it for | ${BROWSERS.map(([, label]) => label).join(' | ')} |`,
    `|---|---|${BROWSERS.map(() => '--:|').join('')}`,
    `| **the widgets render** | from these versions on: the newest of the features marked ● | ${BROWSERS.map(([browser]) => `**${cell(renderingFloor(browser))}**`).join(' | ')} |`,
    ...FEATURES.map((feature) => {
      const mark = isNeeded(feature) ? '● ' : '';
      return `| ${mark}${feature.name} | ${feature.use} | ${BROWSERS.map(([browser]) => cell(firstVersionWithAll(feature.keys, browser))).join(' | ')} |`;
    }),
  ];
  return rows.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { version } = bcd.__meta;
  writeDocSection(
    'docs/browser-support.md',
    `<!-- browser-support:start (generated by npm run build from @mdn/browser-compat-data) -->`,
    '<!-- browser-support:end -->',
    `\n${supportTable()}\n\nFirst versions from MDN's browser compatibility data ${version}. ● marks what the widgets cannot do without.\n`,
  );
  writeDocSection(
    'README.md',
    '<!-- browser-support-summary:start (generated by npm run build from @mdn/browser-compat-data) -->',
    '<!-- browser-support-summary:end -->',
    supportSummary(),
  );
  console.log('docs/browser-support.md and README.md: browser support written');
}
