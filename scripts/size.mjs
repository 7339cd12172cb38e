/**
 * Prints the raw, gzip and brotli size of every JavaScript, CSS and JSON file the build emits, and
 * fails (exit 1) when the bundle or a locale file is over its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
/**
 * Gzip budgets, matched against paths relative to dist/. A locale file is one element's messages
 * in one locale (`locales/<locale>/<tag>.js`), the pseudo-locale's included.
 */
const budgets = [
  // The one-tag bundle's ceiling sits just above today's size, so that any growth fails the build;
  // the performance issue's target is 18 KB (see the README's performance section for why not yet).
  { pattern: /^acne-scar-widgets\.js$/, gzip: 29.5 * KB, label: 'bundle' },
  { pattern: /^acne-scar-widgets-hydrate\.js$/, gzip: 31.25 * KB, label: 'bundle' },
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
let overBudget = 0;
for (const path of [...walk(DIST)].sort()) {
  const file = relative(DIST, path);
  const content = readFileSync(path);
  const gzip = gzipSync(content, { level: 9 }).length;
  const brotli = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const budget = budgets.find((entry) => entry.pattern.test(file));
  let headroom = '';
  if (budget) {
    const left = budget.gzip - gzip;
    headroom = left >= 0 ? `${format(left)} left of ${format(budget.gzip)}` : `OVER ${format(budget.gzip)} by ${format(-left)}`;
    if (left < 0) overBudget += 1;
  }
  rows.push([file, format(content.length), format(gzip), format(brotli), headroom]);
}

const header = ['file', 'raw', 'gzip', 'brotli', 'budget (gzip)'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (overBudget > 0) {
  console.error(`\n${overBudget} file(s) over budget.`);
  process.exit(1);
}
