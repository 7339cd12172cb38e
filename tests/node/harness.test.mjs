import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('the package manifest names the one-tag bundle as an export', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.exports['./acne-scar-widgets.js'].default, './dist/acne-scar-widgets.js');
});
