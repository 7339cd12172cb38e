/**
 * A node:test reporter that writes the Node-side suite's totals as JSON, so that the browser
 * suite's count line ("tests: N passed, M failed") covers both halves of `npm test`.
 */
export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Only leaf tests count; a describe() block reports its own pass/fail too.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  yield `${JSON.stringify(totals)}\n`;
}
