/**
 * Prints the suite's count on a line of its own ("tests: 42 passed, 0 failed") so that CI can tell
 * a run that executed no test from a green one. A test file that fails to load counts as failed.
 * Under `npm test` the count includes the Node-side tests (tests/node/, run just before by
 * `npm run test:node`, which leaves its totals in .node-test-counts.json).
 */
import { readFileSync } from 'node:fs';

function nodeTotals() {
  if (process.env.npm_lifecycle_event !== 'test') return undefined;
  try {
    return JSON.parse(readFileSync('.node-test-counts.json', 'utf8'));
  } catch {
    return undefined;
  }
}

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) countSuite(session.testResults, totals);
        const counted = totals.passed + totals.failed + totals.skipped - before;
        if (!session.passed && (counted === 0 || (session.errors ?? []).length > 0)) totals.failed += 1;
      }
      const node = nodeTotals();
      if (node) for (const key of Object.keys(totals)) totals[key] += node[key] ?? 0;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
