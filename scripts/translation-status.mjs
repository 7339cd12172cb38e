/**
 * `npm run localize:status`: for each locale, how many messages are translated, medically reviewed,
 * stale (their English changed since they were translated) and missing, who reviewed the locale
 * and when (xliff/reviews.json), then each stale or missing message with its id, its element and
 * its English. Reads xliff/ as it is: run `npm run localize:extract` first to take in new sources.
 */
import { readFileSync } from 'node:fs';
import { asTemplate, config, elementOfMessages, isReviewed, isStale, PSEUDO_LOCALE, readReviews, readUnits, xliffPath } from './xliff.mjs';

const elementOf = await elementOfMessages();
const reviews = readReviews();
const total = elementOf.size;

const rows = [];
const details = [];
for (const locale of config.targetLocales.filter((code) => code !== PSEUDO_LOCALE)) {
  let units = [];
  try {
    units = readUnits(readFileSync(xliffPath(locale), 'utf8'));
  } catch {
    // No file: every message is missing.
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const missing = [...elementOf.keys()].filter((id) => !byId.get(id)?.target?.trim());
  const stale = units.filter((unit) => elementOf.has(unit.id) && unit.target?.trim() && isStale(unit));
  const translated = total - missing.length - stale.length;
  const reviewed = units.filter((unit) => elementOf.has(unit.id) && unit.target?.trim() && isReviewed(unit)).length;
  const review = reviews[locale];
  rows.push([
    locale,
    `${translated}/${total}`,
    `${reviewed}/${total}`,
    String(stale.length),
    String(missing.length),
    review ? `${review.reviewer}, ${review.date}` : 'not yet reviewed',
  ]);
  for (const unit of stale) details.push(`${locale}  stale    ${unit.id}  ${elementOf.get(unit.id)}  "${asTemplate(unit.source)}" (translated from "${unit.translatedFrom}")`);
  for (const id of missing) details.push(`${locale}  missing  ${id}  ${elementOf.get(id)}  "${asTemplate(byId.get(id)?.source) || '(run npm run localize:extract)'}"`);
}

const header = ['locale', 'translated', 'reviewed', 'stale', 'missing', 'medical review'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
console.log(details.length ? `\n${details.join('\n')}` : '\nNo message is stale or missing.');
