/**
 * Prints the raw, gzip and brotli size of every JavaScript, CSS and JSON file the build emits, and
 * fails (exit 1) when the bundle or a locale file is over its budget. Writes the two size tables of
 * docs/performance.md (between the `size:start` and `size:end` markers, and `loader-size:…`) from
 * the same figures, so they cannot go stale: CI fails when the committed page differs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { writeDocSection } from './doc-section.mjs';

const DIST = 'dist';
const KB = 1024;
/**
 * Gzip budgets, matched against paths relative to dist/. A locale file is one element's messages
 * in one locale (`locales/<locale>/<tag>.js`), the pseudo-locale's included.
 */
const budgets = [
  // The one-tag bundle's ceiling sits just above today's size, so that any growth fails the build.
  // Raised by 0.25 KB for the English figures formatted ahead (src/core/figures.ts), which take the
  // page's first Intl formatter, 17 to 60 ms, out of the first render; by 0.1 KB for rendering
  // widgets placed one by one each in a task of its own and asking for animations only where needed.
  { pattern: /^acne-scar-widgets\.js$/, gzip: 33.6 * KB, label: 'bundle' },
  { pattern: /^acne-scar-widgets-hydrate\.js$/, gzip: 35.45 * KB, label: 'bundle' },
  // The on-demand bundle's own file: it holds no Lit, only the element list and the observer.
  { pattern: /^acne-scar-widgets-loader\.js$/, gzip: 1.25 * KB, label: 'loader' },
  { pattern: /^locales\/[^/]+\/[^/]+\.js$/, gzip: 5 * KB, label: 'locale' },
  { pattern: /^themes\/[^/]+\.css$/, gzip: 2 * KB, label: 'theme' },
];

function* walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(js|css|json)$/.test(name)) yield path;
  }
}

const format = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const rows = [];
/** Each file's sizes in bytes, by its path in dist/. */
const sizes = new Map();
let overBudget = 0;
/** What is left of a gzip budget, or by how much it is passed (which fails the build). */
function headroom(budget, gzip) {
  const left = budget - gzip;
  if (left < 0) overBudget += 1;
  return left >= 0 ? `${format(left)} left of ${format(budget)}` : `OVER ${format(budget)} by ${format(-left)}`;
}
for (const path of [...walk(DIST)].sort()) {
  const file = relative(DIST, path);
  const content = readFileSync(path);
  const gzip = gzipSync(content, { level: 9 }).length;
  const brotli = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const budget = budgets.find((entry) => entry.pattern.test(file));
  rows.push([file, format(content.length), format(gzip), format(brotli), budget ? headroom(budget.gzip, gzip) : '']);
  sizes.set(file, { raw: content.length, gzip, brotli, budget: budget?.gzip });
}

/**
 * What a page with one element loads through acne-scar-widgets-loader.js: the loader, that
 * element's chunk and every chunk it imports (Lit and the core included), each compressed on its
 * own as a server sends it. Budget: each such page at most LOADER_PAGE_BUDGET. The whole article
 * is shown too, without a budget: it is every element, which acne-scar-widgets.js serves in one
 * file, smaller (split files compress less well) and without the loader's extra round trip.
 */
const LOADER = 'acne-scar-widgets-loader.js';
const LOADER_PAGE_BUDGET = 21.25 * KB;
/** For each element, the loader's files for it (dist/loader/files.json, written by its build). */
const loaderFiles = JSON.parse(readFileSync(join(DIST, 'loader/files.json'), 'utf8'));
const pages = Object.entries(loaderFiles).map(([tag, chunks]) => {
  const files = new Set([LOADER, ...chunks]);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const key of Object.keys(total)) total[key] += sizes.get(file)[key];
  return { tag, files: files.size, ...total };
});
if (pages.length !== 10) {
  console.error(`\nExpected ten elements in dist/loader/files.json, found ${pages.length}.`);
  process.exit(1);
}
const pageRows = pages.map(({ tag, files, raw, gzip, brotli }) => [
  `<${tag}> (${files} files)`,
  format(raw),
  format(gzip),
  format(brotli),
  tag === 'acne-scar-article' ? 'every element: use the bundle' : headroom(LOADER_PAGE_BUDGET, gzip),
]);

const header = ['file', 'raw', 'gzip', 'brotli', 'budget (gzip)'];
const widths = header.map((title, column) => Math.max(title.length, ...[...rows, ...pageRows].map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(`\nA page with one element, through ${LOADER}: what it loads in all`);
for (const row of pageRows) console.log(line(row));

/* The tables of docs/performance.md: KB with one decimal, ranges for the locale files and the themes. */
const kb = (bytes, digits = 1) => `${(bytes / KB).toFixed(digits)} KB`;
const budgetText = (bytes) => `${Number((bytes / KB).toFixed(2))} KB`;
const range = (entries, key, digits) => {
  const values = entries.map((entry) => entry[key]);
  return `${kb(Math.min(...values), digits).replace(' KB', '')}–${kb(Math.max(...values), digits)}`;
};
const fileRow = (label, file) => {
  const size = sizes.get(file);
  return `| ${label} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${budgetText(size.budget)} |`;
};
const groupRow = (label, pattern, budgetLabel) => {
  const group = [...sizes].filter(([file]) => pattern.test(file)).map(([, size]) => size);
  return `| ${label.replace('{count}', group.length)} | ${range(group, 'raw', 1)} | ${range(group, 'gzip', 2)} | ${range(group, 'brotli', 2)} | ${budgetText(group[0].budget)} ${budgetLabel} |`;
};
const sizeTable = [
  '| file | raw | gzip | brotli | budget (gzip) |',
  '| --- | --: | --: | --: | --: |',
  fileRow('`acne-scar-widgets.js`: every element, Lit, the English strings', 'acne-scar-widgets.js'),
  fileRow('`acne-scar-widgets-hydrate.js`: the same, for server-rendered pages', 'acne-scar-widgets-hydrate.js'),
  fileRow("`acne-scar-widgets-loader.js`: the on-demand bundle's own file", LOADER),
  groupRow("`locales/<locale>/<tag>.js`: one element's strings in one locale ({count} files)", /^locales\/[^/]+\/[^/]+\.js$/, 'each'),
  groupRow('`themes/*.css`', /^themes\/[^/]+\.css$/, 'each'),
].join('\n');
const loaderTable = [
  '| page with | files | raw | gzip | brotli |',
  '| --- | --: | --: | --: | --: |',
  ...pages.map(({ tag, files, raw, gzip, brotli }) => {
    const label = tag === 'acne-scar-article' ? '`<acne-scar-article>` (every element: use `acne-scar-widgets.js`)' : `\`<${tag}>\``;
    return `| ${label} | ${files} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} |`;
  }),
].join('\n');

for (const [name, table] of [['size', sizeTable], ['loader-size', loaderTable]]) {
  // Blank lines around the table, so that no Markdown reader takes a marker for one of its rows.
  writeDocSection('docs/performance.md', `<!-- ${name}:start (generated by npm run build from the built files) -->`, `<!-- ${name}:end -->`, `\n${table}\n`);
}

if (overBudget > 0) {
  console.error(`\n${overBudget} file(s) over budget.`);
  process.exit(1);
}
