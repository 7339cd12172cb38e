/**
 * The browser half of `npm test`: the whole browser suite (web-test-runner.config.mjs) in each
 * engine installed, Chromium, Firefox and WebKit, one engine after the other (side by side on a
 * small machine they would slow each other into timeouts), then the suite's count on a line of its
 * own: "tests: N passed, M failed[, K skipped]", the Node-side tests (`npm run test:node`, run just
 * before) included when run by `npm test`.
 *
 * A missing engine is named with the command that installs it, and its tests do not run; with
 * REQUIRE_ENGINES=all (CI sets it) a missing engine fails the run, so a green run always means
 * three engines. Arguments are passed to web-test-runner (e.g. a test file to run alone).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineNames, engines, installCommand, isInstalled } from './engines.mjs';

const requireAll = process.env.REQUIRE_ENGINES === 'all';
const wanted = process.env.ENGINES ? process.env.ENGINES.split(',').map((name) => name.trim()) : engineNames;
const missing = wanted.filter((name) => engineNames.includes(name) && !isInstalled(name));
for (const name of missing) {
  console.log(`${engines[name].label} is not installed, so its tests do not run: ${installCommand(name)}`);
}

const folder = mkdtempSync(join(tmpdir(), 'asw-test-counts-'));
const results = [];
for (const name of wanted.filter((candidate) => !missing.includes(candidate))) {
  console.log(`\n=== ${engines[name].label} ===\n`);
  const countsFile = join(folder, `${name}.json`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ENGINES: name, TEST_COUNTS_FILE: countsFile },
  });
  let totals;
  try {
    totals = JSON.parse(readFileSync(countsFile, 'utf8'))[engines[name].label];
  } catch {
    totals = undefined;
  }
  // A run that wrote no count (it crashed, or found no test) is a failure, never a pass.
  totals ??= { passed: 0, failed: 1, skipped: 0, skippedTests: [] };
  if (run.status !== 0 && totals.failed === 0) totals.failed = 1;
  results.push({ name, seconds: (Date.now() - started) / 1000, ...totals });
}
rmSync(folder, { recursive: true, force: true });

function nodeTotals() {
  if (process.env.npm_lifecycle_event !== 'test') return undefined;
  try {
    return JSON.parse(readFileSync('.node-test-counts.json', 'utf8'));
  } catch {
    return undefined;
  }
}

console.log('\nBrowser suite, by engine:');
for (const result of results) {
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  console.log(`  ${engines[result.name].label}: ${result.passed} passed, ${result.failed} failed${skipped} (${result.seconds.toFixed(0)} s)`);
}
for (const name of missing) console.log(`  ${engines[name].label}: not run, not installed (${installCommand(name)})`);
/** Skipped tests, those a suite skipped together (same file, same reason) on one line. */
function skippedLines(tests) {
  const groups = new Map();
  for (const test of tests) {
    const reason = /\[skipped in [^\]]*\]/.exec(test)?.[0] ?? '[no reason given]';
    const file = test.split(' > ')[0];
    const key = `${file} ${reason}`;
    if (!groups.has(key)) groups.set(key, { file, reason, tests: [] });
    groups.get(key).tests.push(test);
  }
  return [...groups.values()].flatMap(({ file, reason, tests: inGroup }) =>
    inGroup.length > 3 ? [`${file}: ${inGroup.length} tests ${reason}`] : inGroup,
  );
}

for (const result of results.filter((candidate) => candidate.skippedTests.length)) {
  console.log(`\nSkipped in ${engines[result.name].label}:`);
  for (const line of skippedLines(result.skippedTests)) console.log(`  - ${line}`);
}

const sum = { passed: 0, failed: 0, skipped: 0 };
const node = nodeTotals();
for (const totals of [...results, ...(node ? [node] : [])]) for (const key of Object.keys(sum)) sum[key] += totals[key] ?? 0;
if (requireAll && missing.length) {
  console.log(`\nREQUIRE_ENGINES=all, and ${missing.map((name) => engines[name].label).join(', ')} is missing.`);
  sum.failed += missing.length;
}
if (results.length === 0) sum.failed += 1;
const skipped = sum.skipped ? `, ${sum.skipped} skipped` : '';
console.log(`\ntests: ${sum.passed} passed, ${sum.failed} failed${skipped}`);
process.exit(sum.failed ? 1 : 0);
