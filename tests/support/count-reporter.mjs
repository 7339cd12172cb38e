/**
 * Counts the browser suite's tests, per engine. Run alone (`npx web-test-runner`), it prints the
 * count on a line of its own ("tests: 42 passed, 0 failed") so that a run which executed no test
 * is seen as such. Under scripts/test-browsers.mjs (`npm test`), which runs one engine at a time,
 * it writes the engine's totals and its skipped tests to the JSON file in $TEST_COUNTS_FILE and
 * the script prints the suite's count once every engine has run. A test file that fails to load
 * counts as failed.
 */
import { writeFileSync } from 'node:fs';

function countSuite(suite, path, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      totals.skipped += 1;
      totals.skippedTests.push([...path, test.name].join(' > '));
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, [...path, child.name], totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = session.browser.name;
        if (!byEngine.has(engine)) byEngine.set(engine, { passed: 0, failed: 0, skipped: 0, skippedTests: [] });
        const totals = byEngine.get(engine);
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) countSuite(session.testResults, [session.testFile.replace(`${process.cwd()}/`, '')], totals);
        const counted = totals.passed + totals.failed + totals.skipped - before;
        if (!session.passed && (counted === 0 || (session.errors ?? []).length > 0)) totals.failed += 1;
      }
      if (process.env.TEST_COUNTS_FILE) {
        writeFileSync(process.env.TEST_COUNTS_FILE, JSON.stringify(Object.fromEntries(byEngine), null, 2));
        return;
      }
      const sum = { passed: 0, failed: 0, skipped: 0 };
      for (const totals of byEngine.values()) for (const key of Object.keys(sum)) sum[key] += totals[key];
      const skipped = sum.skipped ? `, ${sum.skipped} skipped` : '';
      console.log(`\ntests: ${sum.passed} passed, ${sum.failed} failed${skipped}`);
    },
  };
}
