/**
 * `npm run localize:import -- <locale> <file.json>...`: fills XLIFF targets from JSON files that
 * map English source strings to translations, for translators who work outside a CAT tool.
 *
 * Keys and values write placeholders as they appear in the `msg()` template, e.g.
 *   { "Written by ${author}": "Escrito por ${author}" }
 * Strings are extracted first (so new ones exist), every matched unit gets the translation with
 * `state="needs-review-translation"` and a `translated-from` note (the English it translates), and
 * the locale modules (`src/locales/`) are rebuilt. Keys that match no unit
 * are listed, and make the command fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { asTemplate, escapeXml, PLACEHOLDER_XML, rewriteUnits, unescapeXml, withTranslatedFrom } from './xliff.mjs';

const [locale, ...files] = process.argv.slice(2);
if (!locale || files.length === 0) {
  console.error('usage: npm run localize:import -- <locale> <file.json>...');
  process.exit(2);
}

const PLACEHOLDER_TEXT = /\$\{[^}]*\}/g;

function targetXml(sourceXml, translation) {
  const placeholders = new Map([...sourceXml.matchAll(PLACEHOLDER_XML)].map((m) => [unescapeXml(m[2]), m[0]]));
  const used = translation.match(PLACEHOLDER_TEXT) ?? [];
  for (const name of placeholders.keys()) {
    if (!used.includes(name)) throw new Error(`the translation drops the placeholder ${name}: ${translation}`);
  }
  return translation
    .split(/(\$\{[^}]*\})/)
    .map((piece) => {
      if (!PLACEHOLDER_TEXT.test(piece)) return escapeXml(piece);
      PLACEHOLDER_TEXT.lastIndex = 0;
      const xml = placeholders.get(piece);
      if (!xml) throw new Error(`the translation has a placeholder the source lacks, ${piece}: ${translation}`);
      return xml;
    })
    .join('');
}

// Several people (or scripts) may import at once: one at a time rewrites the XLIFF file.
const LOCK = '.localize-import.lock';
for (let attempt = 0; ; attempt++) {
  try {
    mkdirSync(LOCK);
    break;
  } catch {
    if (attempt > 600) throw new Error(`${LOCK} is held; remove it if no import is running`);
    execFileSync('sleep', ['0.5']);
  }
}
try {
  const translations = Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
  execFileSync('node', ['scripts/extract-translations.mjs'], { stdio: 'inherit' });
  const path = `xliff/${locale}.xlf`;
  const unmatched = new Set(Object.keys(translations));
  const xliff = rewriteUnits(readFileSync(path, 'utf8'), (unit, body) => {
    const key = asTemplate(unit.source);
    if (!(key in translations)) return body;
    unmatched.delete(key);
    // Translated now, from this English, and not yet reviewed.
    const target = `<target state="needs-review-translation">${targetXml(unit.source, translations[key])}</target>`;
    const withTarget = /<target[\s\S]*?(<\/target>|\/>)/.test(body)
      ? body.replace(/<target[^>]*\/>|<target[\s\S]*?<\/target>/, target)
      : body.replace('</source>', `</source>\n  ${target}`);
    return withTranslatedFrom(withTarget, key);
  });
  writeFileSync(path, xliff);
  // The locale modules the widgets load, as docs/contributing.md says.
  execFileSync('npx', ['--no-install', 'lit-localize', 'build'], { stdio: 'inherit' });
  execFileSync('node', ['scripts/locale-chunks.mjs'], { stdio: 'inherit' });
  if (unmatched.size > 0) {
    console.error(`No source string matches ${unmatched.size} key(s):\n${[...unmatched].map((key) => `  ${key}`).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  rmdirSync(LOCK);
}
