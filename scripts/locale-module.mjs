/**
 * `npm run localize:module -- <file.xlf> [<out.js | out.json>]`: turns a translator's XLIFF file
 * (a copy of one in xliff/, its `target-language` set, its targets translated) into what a page
 * gives `registerLocale`, with nothing to build and no bare imports a browser cannot resolve:
 *
 *   an ES module   registerLocale('it', () => import('/translations/it.js'));
 *   or JSON        registerLocale('it', () => fetch('/translations/it.json').then((r) => r.json()));
 *
 * Each message is its target's text, placeholders written `${0}`, `${1}` as the XLIFF's `<x id>`.
 * Untranslated and stale units are left out (the widgets show their English), and listed. The
 * medical review goes in too when every unit is reviewed and xliff/reviews.json records one for
 * the file's language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { asTemplate, isStale, readReviews, readUnits, shippedReview } from './xliff.mjs';

const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('usage: npm run localize:module -- <file.xlf> [<out.js | out.json>]');
  process.exit(2);
}
const xml = readFileSync(input, 'utf8');
const locale = xml.match(/<file[^>]*\starget-language="([^"]+)"/)?.[1];
if (!locale) {
  console.error(`${input}: no target-language on its <file>`);
  process.exit(1);
}
const units = readUnits(xml);
const templates = {};
const leftOut = [];
for (const unit of units) {
  if (!unit.target?.trim() || isStale(unit)) {
    leftOut.push(`  ${unit.id} "${asTemplate(unit.source)}"${unit.target?.trim() ? ' (stale)' : ''}`);
    continue;
  }
  // `<x id="0" …/>` → `${0}`; the rest is text.
  templates[unit.id] = asTemplate(unit.target, (index) => `\${${index}}`);
}
const { review } = shippedReview(readReviews()[locale], units);

const json = JSON.stringify({ templates, review }, null, 2);
const text = output?.endsWith('.json')
  ? `${json}\n`
  : [
      `// The "${locale}" translations, from ${input} by \`npm run localize:module\`. Register them with`,
      `//   registerLocale('${locale}', () => import('./${output?.split('/').pop() ?? `${locale}.js`}'));`,
      `export const templates = ${JSON.stringify(templates, null, 2)};`,
      `export const review = ${JSON.stringify(review)};`,
      '',
    ].join('\n');
if (output) writeFileSync(output, text);
else process.stdout.write(text);
const summary = `${locale}: ${Object.keys(templates).length} of ${units.length} messages${review ? `, medically reviewed ${review.date}` : ', not medically reviewed'}`;
console.error(leftOut.length ? `${summary}; left out (shown in English):\n${leftOut.join('\n')}` : `${summary}.`);
