/**
 * Splits each locale module that `lit-localize build` writes (one file of every message) into one
 * file per element: `src/locales/<locale>/<tag>.js`, holding the messages written in that element's
 * folder (`src/<tag>/`). An element loads only its own file, so a page with a byline downloads the
 * byline's strings, not the article's, and each file stays small. Messages written in `src/core/`
 * are shared, so they go into every file.
 *
 * Run by `npm run localize:build` after `lit-localize build`; the output is committed, like the
 * modules lit-localize generates, and CI checks that it is up to date.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { asTemplate, readReviews, readUnits, shippedReview, xliffPath } from './xliff.mjs';

const SHARED = 'core';
const config = readConfigFileAndWriteSchema('lit-localize.json');
const built = config.output.outputDir;
const target = 'src/locales';

/** Message id → the folder under src/ it is written in. */
const { messages, errors } = new RuntimeLitLocalizer(config).extractSourceMessages();
if (errors.length > 0) throw new Error(`locale-chunks: lit-localize reported ${errors.length} error(s)`);
const folderOf = new Map(
  messages.map((message) => [message.name, relative('src', message.file.fileName).split(sep)[0]]),
);
const chunks = [...new Set(folderOf.values())].filter((folder) => folder !== SHARED).sort();

/**
 * Each locale's medical review, carried into every file of it: the date from xliff/reviews.json
 * when every unit of the locale is reviewed (`final` or `signed-off`, none stale), else null.
 */
const reviews = readReviews();
function reviewOf(locale) {
  const record = reviews[locale];
  if (!record) return null;
  const { review, unreviewed } = shippedReview(record, readUnits(readFileSync(xliffPath(locale), 'utf8')));
  if (!review) {
    console.warn(`locale-chunks: xliff/reviews.json records a review of "${locale}", but ${unreviewed.length} of its units are not reviewed (first: ${unreviewed[0]?.id}); it ships as not yet reviewed.`);
  }
  return review;
}

/**
 * The figures each element formats, formatted ahead for each locale by scripts/figures.mjs (which
 * runs this script again when they change): locale → element → figure → text.
 */
const FIGURES_FILE = 'src/locale-figures.json';
const figures = existsSync(FIGURES_FILE) ? JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) : {};

rmSync(target, { recursive: true, force: true });
for (const file of readdirSync(built).filter((name) => name.endsWith('.js')).sort()) {
  const locale = file.replace(/\.js$/, '');
  const source = readFileSync(join(built, file), 'utf8');
  const [head, rest] = source.split(/^\s*export const templates = \{\n/m);
  const body = rest?.split(/^\s*\};\s*$/m)[0];
  if (body === undefined) throw new Error(`locale-chunks: ${file} is not in lit-localize's format`);
  const imports = head.split('\n').filter((line) => /^\s*import /.test(line)).map((line) => line.trim());
  const entries = new Map(chunks.map((chunk) => [chunk, []]));
  for (const line of body.split('\n').filter((text) => text.trim() !== '')) {
    // lit-localize writes one message per line: `'id': text,` or `id: text,`.
    const id = line.match(/^\s*(?:'([^']+)'|([A-Za-z0-9_$]+)):/)?.slice(1).find(Boolean);
    if (!id || !folderOf.has(id)) throw new Error(`locale-chunks: unexpected line in ${file}: ${line.slice(0, 80)}`);
    const folder = folderOf.get(id);
    for (const chunk of folder === SHARED ? chunks : [folder]) entries.get(chunk).push(line.trim());
  }
  mkdirSync(join(target, locale), { recursive: true });
  const review = `export const review = ${JSON.stringify(reviewOf(locale))};`;
  for (const [chunk, lines] of entries) {
    const usesStr = lines.some((line) => /:\s*str`/.test(line));
    const text = [
      `// The "${locale}" messages of <${chunk}>, split from lit-localize's build by`,
      '// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.',
      ...imports.filter((line) => usesStr || !/\bstr\b/.test(line)),
      '',
      '// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.',
      review,
      '',
      '// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).',
      `export const figures = ${JSON.stringify(figures[locale]?.[chunk] ?? {})};`,
      '',
      'export const templates = {',
      ...lines.map((line) => `  ${line}`),
      '};',
      '',
    ].join('\n');
    writeFileSync(join(target, locale, `${chunk}.js`), text);
  }
}
// Every message id with its English, beside the locale files: what `missingMessages()` compares a
// registered locale against, and a translator's list of what there is to translate.
const english = Object.fromEntries(
  readUnits(readFileSync(xliffPath(config.targetLocales[0]), 'utf8'))
    .filter((unit) => folderOf.has(unit.id))
    .map((unit) => [unit.id, asTemplate(unit.source)])
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(join(target, 'messages.json'), `${JSON.stringify(english, null, 2)}\n`);
console.log(`locale-chunks: ${chunks.length} chunks per locale in ${target}/<locale>/<tag>.js, and ${target}/messages.json`);
