/**
 * `npm run localize:extract`: lit-localize's extract (new messages into every xliff/<locale>.xlf,
 * each `<source>` set to the English in the sources), the pseudo-locale, then what lit-localize
 * does not do:
 *
 * - A translated unit whose English changed in this extract gets `state="needs-translation"` and
 *   keeps its `translated-from` note (the English its target was written for): it stays stale, and
 *   `npm run localize:check` fails, until someone translates it again.
 * - A unit a translator has translated again (its state set back to `translated`, `final`…) gets
 *   the English it now translates as its `translated-from` note. So does a unit translated for the
 *   first time.
 * - Units keep their order (new ones are added at the end), and a translated unit whose message is
 *   gone from the sources is named, with its English and its translation, before it is dropped.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { asTemplate, config, PSEUDO_LOCALE, readUnits, rewriteUnits, STALE_STATE, withState, withTranslatedFrom, xliffPath } from './xliff.mjs';

const locales = config.targetLocales;
const read = (locale) => {
  try {
    return readFileSync(xliffPath(locale), 'utf8');
  } catch {
    return undefined;
  }
};
const before = new Map(locales.map((locale) => [locale, new Map(readUnits(read(locale) ?? '').map((unit) => [unit.id, unit]))]));

execFileSync('npx', ['--no-install', 'lit-localize', 'extract'], { stdio: 'inherit' });
execFileSync('node', ['scripts/pseudo-localize.mjs'], { stdio: 'inherit' });

const dropped = [];
const flagged = [];
const recorded = [];
for (const locale of locales) {
  const earlier = before.get(locale);
  const xml = read(locale);
  const kept = new Set(readUnits(xml).map((unit) => unit.id));
  for (const unit of earlier.values()) {
    if (!kept.has(unit.id) && unit.target?.trim()) dropped.push(`${locale} ${unit.id}: "${asTemplate(unit.source)}" → "${asTemplate(unit.target)}"`);
  }
  if (locale === PSEUDO_LOCALE) continue;
  const rewritten = rewriteUnits(xml, (unit, body) => {
    if (unit.target === undefined) return body;
    const english = asTemplate(unit.source);
    const previous = earlier.get(unit.id);
    // Never recorded: the target was written for the English it sat beside before this extract.
    const translatedFrom = unit.translatedFrom ?? (previous ? asTemplate(previous.source) : english);
    if (translatedFrom === english) return withTranslatedFrom(body, english);
    const changedNow = previous !== undefined && previous.source !== unit.source;
    if (changedNow || unit.state === STALE_STATE) {
      if (unit.state !== STALE_STATE) flagged.push(`${locale} ${unit.id}: "${translatedFrom}" is now "${english}"`);
      return withState(withTranslatedFrom(body, translatedFrom), STALE_STATE);
    }
    // Its state was set back by a translator: the target now translates this English.
    recorded.push(`${locale} ${unit.id}`);
    return withTranslatedFrom(body, english);
  });
  writeFileSync(xliffPath(locale), rewritten);
}

if (flagged.length) {
  console.log(`\n${flagged.length} translation(s) of English that has changed, marked state="needs-translation" until translated again:\n${flagged.map((line) => `  ${line}`).join('\n')}`);
}
if (recorded.length) console.log(`\n${recorded.length} translation(s) translated again, now recorded against the current English:\n${recorded.map((line) => `  ${line}`).join('\n')}`);
if (dropped.length) {
  console.log(`\n${dropped.length} translated unit(s) dropped, their message being gone from the sources:\n${dropped.map((line) => `  ${line}`).join('\n')}`);
}
