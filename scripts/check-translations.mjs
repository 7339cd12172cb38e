/**
 * `npm run localize:check` (run by `npm test`): fails when a locale's XLIFF file misses a message
 * of the sources, keeps one the sources no longer have, holds an English source that the sources
 * have since changed, lacks a translation, or drops or invents a placeholder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const units = (xml) =>
  new Map(
    [...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target[^>]*>([\s\S]*?)<\/target>)?/g)].map(
      ([, id, source, target]) => [id, { source, target }],
    ),
  );
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
const current = units(readFileSync(join(scratch, readdirSync(scratch).find((file) => file.endsWith('.xlf'))), 'utf8'));
rmSync(scratch, { recursive: true, force: true });

const problems = [];
for (const locale of config.targetLocales) {
  const path = join(config.interchange.xliffDir, `${locale}.xlf`);
  let committed;
  try {
    committed = units(readFileSync(path, 'utf8'));
  } catch {
    problems.push(`${path}: missing (run npm run localize:extract)`);
    continue;
  }
  for (const [id, { source }] of current) {
    const unit = committed.get(id);
    if (!unit) problems.push(`${path}: no unit for message ${id} (run npm run localize:extract)`);
    else if (unit.source !== source) problems.push(`${path}: message ${id} changed in the sources; translate it again`);
    else if (!unit.target?.trim()) problems.push(`${path}: message ${id} is not translated`);
    else if (placeholders(unit.target) !== placeholders(source)) {
      problems.push(`${path}: message ${id} has placeholders [${placeholders(unit.target)}], the source [${placeholders(source)}]`);
    }
  }
  for (const id of committed.keys()) {
    if (!current.has(id)) problems.push(`${path}: message ${id} is no longer in the sources (run npm run localize:extract)`);
  }
}

if (problems.length) {
  console.error(`Translations are incomplete or out of date:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Translations complete: ${current.size} messages in ${config.targetLocales.length} locales (${config.targetLocales.join(', ')}).`);
