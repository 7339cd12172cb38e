/**
 * `npm run localize:review -- <locale> --reviewer "<name, credentials>" --date <YYYY-MM-DD>`:
 * records that a reader of the language and of its medical terms has reviewed the whole of a
 * locale's translation. Every unit must be translated and none stale; each target's state becomes
 * `final`, xliff/reviews.json records who reviewed it and when, and the locale modules are rebuilt,
 * so the widgets say so (`<med-review>`: "Translation medically reviewed <date>"). A unit whose
 * English changes later is stale again, and the locale ships as not yet reviewed until it is
 * translated and reviewed again.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { asTemplate, config, isCalendarDay, isStale, PSEUDO_LOCALE, readReviews, readUnits, REVIEWS_PATH, rewriteUnits, withState, xliffPath } from './xliff.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reviewer: { type: 'string' }, date: { type: 'string' } } });
const [locale] = positionals;
const usage = 'usage: npm run localize:review -- <locale> --reviewer "<name, credentials>" --date <YYYY-MM-DD>';
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (!locale || !values.reviewer?.trim() || !values.date) fail(usage);
if (!config.targetLocales.includes(locale) || locale === PSEUDO_LOCALE) fail(`${locale}: not one of the translations (${config.targetLocales.filter((code) => code !== PSEUDO_LOCALE).join(', ')})`);
if (!isCalendarDay(values.date)) fail(`--date ${values.date}: expected a day such as 2027-01-15`);

const path = xliffPath(locale);
const xml = readFileSync(path, 'utf8');
const notReady = readUnits(xml).filter((unit) => !unit.target?.trim() || isStale(unit));
if (notReady.length) {
  fail(`${path}: ${notReady.length} unit(s) are not translated or are stale; translate them before the review:\n${notReady.map((unit) => `  ${unit.id} "${asTemplate(unit.source)}"`).join('\n')}`);
}
writeFileSync(path, rewriteUnits(xml, (unit, body) => withState(body, 'final')));
const reviews = readReviews();
reviews[locale] = { reviewer: values.reviewer.trim(), date: values.date };
writeFileSync(REVIEWS_PATH, `${JSON.stringify(Object.fromEntries(Object.entries(reviews).sort()), null, 2)}\n`);
execFileSync('npx', ['--no-install', 'lit-localize', 'build'], { stdio: 'inherit' });
execFileSync('node', ['scripts/locale-chunks.mjs'], { stdio: 'inherit' });
console.log(`${locale}: reviewed by ${values.reviewer.trim()} on ${values.date}; recorded in ${REVIEWS_PATH}.`);
