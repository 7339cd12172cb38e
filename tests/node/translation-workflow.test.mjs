/**
 * The translators' workflow as docs/translators.md tells it, run on a scratch copy of the project:
 * the English of a message changes, and its old translations can never ship, whatever extract does,
 * until someone translates them again (in a CAT tool, or with `npm run localize:import`), and the
 * locale modules the widgets load follow.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let scratch;
const run = (script, ...args) => spawnSync('node', [join('scripts', script), ...args], { cwd: scratch, encoding: 'utf8' });
const read = (path) => readFileSync(join(scratch, path), 'utf8');
const write = (path, text) => writeFileSync(join(scratch, path), text);
const LOCALES = ['ar', 'de', 'es', 'fr', 'pt-BR'];
/** How many messages the library has: every unit of a locale's XLIFF file. */
const MESSAGES = (readFileSync(join(root, 'xliff/es.xlf'), 'utf8').match(/<trans-unit /g) ?? []).length;

/** A copy of what the localize scripts read and write, with the project's node_modules. */
function scratchCopy(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  for (const path of ['src', 'scripts', 'xliff', 'lit-localize.json', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, path), join(folder, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

/** The unit of `xliff/<locale>.xlf` whose source reads `english`. */
function unitOf(locale, english) {
  return [...read(`xliff/${locale}.xlf`).matchAll(/<trans-unit id="[^"]+">[\s\S]*?<\/trans-unit>/g)]
    .map(([unit]) => unit)
    .find((unit) => unit.includes(`<source>${english}</source>`));
}

describe('a changed English source never ships with its old translation', () => {
  before(() => {
    scratch = scratchCopy('translation-workflow-');
    const file = 'src/microneedling-facts/microneedling-facts.ts';
    assert.ok(read(file).includes("msg('Dermis'"), 'the message this test changes');
    write(file, read(file).replace("msg('Dermis'", "msg('The dermis'"));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('the check reports the change, names the element and the English, and says what to run', () => {
    const check = run('check-translations.mjs');
    assert.equal(check.status, 1);
    assert.match(check.stderr, /xliff\/es\.xlf: message \S+ \(<microneedling-facts>, "The dermis"\) changed in the sources \(run npm run localize:extract/);
  });

  test('after extract the old target stays, marked stale, and the check still fails for every locale', () => {
    const extract = run('extract-translations.mjs');
    assert.equal(extract.status, 0, extract.stderr);
    assert.match(extract.stdout, /needs-translation/);
    for (const locale of LOCALES) {
      const unit = unitOf(locale, 'The dermis');
      assert.ok(unit, `${locale}: the unit now has the new English`);
      assert.match(unit, /<target state="needs-translation">/, locale);
      assert.match(unit, /<note from="translated-from">Dermis<\/note>/, locale);
    }
    const check = run('check-translations.mjs');
    assert.equal(check.status, 1);
    for (const locale of LOCALES) {
      assert.match(check.stderr, new RegExp(`xliff/${locale}\\.xlf: message \\S+ \\(<microneedling-facts>, "The dermis"\\) is stale: it translates "Dermis"`));
    }
    // localize:status counts it and names it.
    const status = run('translation-status.mjs');
    assert.equal(status.status, 0, status.stderr);
    assert.match(status.stdout, new RegExp(`^es\\s+${MESSAGES - 1}/${MESSAGES}\\s+0/${MESSAGES}\\s+1\\s+0\\s+not yet reviewed$`, 'm'));
    assert.match(status.stdout, /^es {2}stale {4}\S+ {2}<microneedling-facts> {2}"The dermis" \(translated from "Dermis"\)$/m);
    // Extracting again changes nothing: still stale.
    run('extract-translations.mjs');
    assert.equal(run('check-translations.mjs').status, 1);
  });

  test('translated again in a CAT tool (target edited, state set back), extract records it and the check passes for that locale', () => {
    for (const locale of LOCALES.filter((code) => code !== 'es')) {
      const path = `xliff/${locale}.xlf`;
      const unit = unitOf(locale, 'The dermis');
      write(path, read(path).replace(unit, unit.replace('<target state="needs-translation">', '<target state="translated">')));
    }
    assert.equal(run('extract-translations.mjs').status, 0);
    for (const locale of LOCALES.filter((code) => code !== 'es')) {
      assert.match(unitOf(locale, 'The dermis'), /<note from="translated-from">The dermis<\/note>/, locale);
    }
    const check = run('check-translations.mjs');
    assert.equal(check.status, 1, 'Spanish is still stale');
    assert.doesNotMatch(check.stderr, /xliff\/(ar|de|fr|pt-BR)\.xlf/);
    assert.match(check.stderr, /xliff\/es\.xlf: .* is stale/);
  });

  test('localize:import translates it again and rebuilds the locale modules the widgets load', () => {
    write('es.json', JSON.stringify({ 'The dermis': 'La dermis' }));
    const imported = run('import-translations.mjs', 'es', 'es.json');
    assert.equal(imported.status, 0, imported.stderr);
    const unit = unitOf('es', 'The dermis');
    assert.match(unit, /<target state="needs-review-translation">La dermis<\/target>/);
    assert.match(unit, /<note from="translated-from">The dermis<\/note>/);
    assert.equal((unit.match(/translated-from/g) ?? []).length, 1, 'one note, not two');
    assert.match(read('src/locales/es/microneedling-facts.js'), /`La dermis`|'La dermis'|"La dermis"/);
    const check = run('check-translations.mjs');
    assert.equal(check.status, 0, check.stderr);
  });

  test('extract names a translated unit it drops, with its English and its translation', () => {
    const file = 'src/microneedling-facts/microneedling-facts.ts';
    const message = read(file).match(/msg\('The dermis', \{[\s\S]*?\}\)/)[0];
    write(file, read(file).replace(message, "'The dermis'"));
    const extract = run('extract-translations.mjs');
    assert.equal(extract.status, 0, extract.stderr);
    assert.match(extract.stdout, /translated unit\(s\) dropped/);
    assert.match(extract.stdout, /es \S+: "The dermis" → "La dermis"/);
  });
});

describe('a medical review is recorded, shipped, and lost when the English changes', () => {
  before(() => {
    scratch = scratchCopy('translation-review-');
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('a bad date or an unknown locale is refused', () => {
    assert.equal(run('review-translations.mjs', 'de', '--reviewer', 'Dr. A', '--date', '2027-02-30').status, 1);
    assert.equal(run('review-translations.mjs', 'it', '--reviewer', 'Dr. A', '--date', '2027-01-15').status, 1);
    assert.equal(run('review-translations.mjs', 'de', '--date', '2027-01-15').status, 1);
  });

  test('localize:review marks every unit final, records who and when, and the locale files carry the date', () => {
    const review = run('review-translations.mjs', 'de', '--reviewer', 'Dr. Anna Beispiel, Dermatologin', '--date', '2027-01-15');
    assert.equal(review.status, 0, review.stderr);
    assert.deepEqual(JSON.parse(read('xliff/reviews.json')).de, { reviewer: 'Dr. Anna Beispiel, Dermatologin', date: '2027-01-15' });
    assert.doesNotMatch(read('xliff/de.xlf'), /<target state="(?!final")/);
    for (const chunk of ['med-review', 'scar-types', 'acne-scar-article']) {
      assert.match(read(`src/locales/de/${chunk}.js`), /^export const review = \{"date":"2027-01-15"\};$/m, chunk);
    }
    assert.match(read('src/locales/es/med-review.js'), /^export const review = null;$/m, 'Spanish is not reviewed');
    const status = run('translation-status.mjs');
    assert.match(status.stdout, new RegExp(`^de\\s+${MESSAGES}/${MESSAGES}\\s+${MESSAGES}/${MESSAGES}\\s+0\\s+0\\s+Dr\\. Anna Beispiel, Dermatologin, 2027-01-15$`, 'm'));
  });

  test('once a message\'s English changes, the locale ships as not yet reviewed, with a warning in the build', () => {
    const file = 'src/microneedling-facts/microneedling-facts.ts';
    write(file, read(file).replace("msg('Dermis'", "msg('The dermis'"));
    assert.equal(run('extract-translations.mjs').status, 0);
    const build = spawnSync('node', ['scripts/locale-chunks.mjs'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stderr, /xliff\/reviews\.json records a review of "de", but 1 of its units are not reviewed/);
    assert.match(read('src/locales/de/med-review.js'), /^export const review = null;$/m);
  });
});

describe('localize:module: a translator\'s XLIFF file as registerLocale takes it, nothing to build', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'locale-module-'));
    // A translator's file: a copy of one in xliff/, for Italian, one message translated, one left out.
    let xliff = readFileSync(join(root, 'xliff/es.xlf'), 'utf8').replace('target-language="es"', 'target-language="it"');
    xliff = xliff.replace(/(<trans-unit id="s7fe487d4161de1bf">[\s\S]*?<target[^>]*>)[\s\S]*?(<\/target>)/, '$1Revisione medica di <x id="0" equiv-text="${nameWithCredentials}"/>$2');
    xliff = xliff.replace(/(<trans-unit id="sa99ac8502d9fddab">[\s\S]*?)<target[^>]*>[\s\S]*?<\/target>/, '$1');
    writeFileSync(join(folder, 'it.xlf'), xliff);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('writes a module with no imports and a JSON file, and says what it left out', () => {
    for (const out of ['it.js', 'it.json']) {
      const made = spawnSync('node', ['scripts/locale-module.mjs', join(folder, 'it.xlf'), join(folder, out)], { cwd: root, encoding: 'utf8' });
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stderr, new RegExp(`^it: ${MESSAGES - 1} of ${MESSAGES} messages, not medically reviewed; left out \\(shown in English\\):\n {2}sa99ac8502d9fddab "Written by \\$\\{author\\}"$`, 'm'));
    }
    const module = readFileSync(join(folder, 'it.js'), 'utf8');
    assert.doesNotMatch(module, /^\s*import\b/m, 'no import a browser would have to resolve');
    assert.match(module, /"s7fe487d4161de1bf": "Revisione medica di \$\{0\}"/);
    assert.deepEqual(JSON.parse(readFileSync(join(folder, 'it.json'), 'utf8')).templates.s7fe487d4161de1bf, 'Revisione medica di ${0}');
  });

  test('registerLocale takes the module as it is, and the byline shows it (rendered on the server)', () => {
    const script = `
      const { registerLocale } = await import(${JSON.stringify(new URL('dist/index.js', `file://${root}`).href)});
      const { renderElement } = await import(${JSON.stringify(new URL('dist/ssr/index.js', `file://${root}`).href)});
      registerLocale('it', () => import(${JSON.stringify(`file://${join(folder, 'it.js')}`)}));
      console.log(await renderElement('med-review', { reviewer: 'Kristin Hall', author: 'Redazione' }, { locale: 'it' }));`;
    const run = spawnSync('node', ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Revisione medica di <!--lit-part-->Kristin Hall|Revisione medica di Kristin Hall/);
    assert.match(run.stdout, /Written by/, 'the message it lacks, in English');
  });
});
