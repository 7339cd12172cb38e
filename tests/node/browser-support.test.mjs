import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FEATURES, firstVersion, firstVersionWithAll, supportSummary, supportTable } from '../../scripts/browser-support.mjs';

test('the browser table marks exactly the features the elements check before they are defined', () => {
  const source = readFileSync(new URL('../../src/core/support.ts', import.meta.url), 'utf8');
  const checked = [...source.matchAll(/name: '([^']+)'/g)].map((match) => match[1]);
  assert.ok(checked.length >= 2);
  assert.deepEqual(FEATURES.filter((feature) => feature.gate).map((feature) => feature.gate), checked);
});

test('a first version is the first with full support: no flag, prefix, other name or partial support', () => {
  // Chrome 90 had custom states with the :--name syntax only; :state() came in 125.
  assert.equal(firstVersion('css.selectors.state', 'chrome'), '125');
  // Safari shipped hyphens with a prefix in 5.1, without one in 17.
  assert.equal(firstVersion('css.properties.hyphens', 'safari'), '17');
  // The newest of several entries.
  assert.equal(firstVersionWithAll(['css.types.color.light-dark', 'css.selectors.state'], 'safari'), '17.5');
  assert.throws(() => firstVersion('css.properties.no-such-property', 'chrome'), /no css.properties.no-such-property/);
});

test('the browser support page holds the table as the compatibility data gives it, and the README its versions', () => {
  const page = readFileSync(new URL('../../docs/browser-support.md', import.meta.url), 'utf8');
  assert.ok(page.includes(supportTable()));
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(supportSummary()));
  assert.match(supportSummary(), /^The widgets render in Chrome 125, Edge 125, Firefox 126, Safari 17\.5 and Safari on iOS 17\.5 /);
  assert.match(supportTable(), /\| \*\*the widgets render\*\* \| .* \| \*\*125\*\* \| \*\*125\*\* \| \*\*126\*\* \| \*\*17\.5\*\* \| \*\*17\.5\*\* \|/);
});
