/**
 * `npm run localize:check` (run by `npm test`): fails when a locale's XLIFF file misses a message
 * of the sources, keeps one the sources no longer have, holds an English source that the sources
 * have since changed, holds a translation of English that has changed since it was translated
 * (stale: its `translated-from` note differs from its source, whatever extract did), lacks a
 * translation, or drops or invents a placeholder. Each problem names the message's element and
 * its English.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asTemplate, config, elementOfMessages, PSEUDO_LOCALE, readUnits, STALE_STATE, xliffPath } from './xliff.mjs';

const placeholders = (xml = '') => [...xml.matchAll(/<x id="(\d+)"/g)].map((match) => match[1]).sort().join(',');

// What the sources hold now: extract into a scratch folder, leaving xliff/ untouched.
const scratch = mkdtempSync(join(tmpdir(), 'localize-check-'));
const scratchConfig = join(scratch, 'lit-localize.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({ ...config, inputFiles: config.inputFiles.map((glob) => join(process.cwd(), glob)), interchange: { ...config.interchange, xliffDir: scratch } }),
);
try {
  execFileSync('npx', ['--no-install', 'lit-localize', 'extract', '--config', scratchConfig], { stdio: 'pipe' });
} catch (error) {
  console.error(String(error.stderr ?? error));
  process.exit(1);
}
const current = new Map(readUnits(readFileSync(join(scratch, readdirSync(scratch).find((file) => file.endsWith('.xlf'))), 'utf8')).map((unit) => [unit.id, unit]));
rmSync(scratch, { recursive: true, force: true });
const elementOf = await elementOfMessages();

const problems = [];
for (const locale of config.targetLocales) {
  const path = xliffPath(locale);
  let committed;
  try {
    committed = new Map(readUnits(readFileSync(path, 'utf8')).map((unit) => [unit.id, unit]));
  } catch {
    problems.push(`${path}: missing (run npm run localize:extract)`);
    continue;
  }
  for (const [id, { source }] of current) {
    const unit = committed.get(id);
    const where = `message ${id} (${elementOf.get(id) ?? 'unknown element'}, "${asTemplate(source)}")`;
    if (!unit) problems.push(`${path}: no unit for ${where} (run npm run localize:extract)`);
    else if (unit.source !== source) problems.push(`${path}: ${where} changed in the sources (run npm run localize:extract, then translate it again)`);
    else if (!unit.target?.trim()) problems.push(`${path}: ${where} is not translated`);
    else if (locale !== PSEUDO_LOCALE && unit.translatedFrom === undefined) {
      problems.push(`${path}: ${where} does not record the English it was translated from (run npm run localize:extract)`);
    } else if (locale !== PSEUDO_LOCALE && (unit.state === STALE_STATE || unit.translatedFrom !== asTemplate(source))) {
      problems.push(
        `${path}: ${where} is stale: it translates "${unit.translatedFrom}". Translate it again, set its state to "translated", then run npm run localize:extract`,
      );
    } else if (placeholders(unit.target) !== placeholders(source)) {
      problems.push(`${path}: ${where} has placeholders [${placeholders(unit.target)}], the source [${placeholders(source)}]`);
    }
  }
  for (const [id, unit] of committed) {
    if (!current.has(id)) problems.push(`${path}: message ${id} ("${asTemplate(unit.source)}") is no longer in the sources (run npm run localize:extract)`);
  }
}

if (problems.length) {
  console.error(`Translations are incomplete or out of date:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Translations complete: ${current.size} messages in ${config.targetLocales.length} locales (${config.targetLocales.join(', ')}).`);
