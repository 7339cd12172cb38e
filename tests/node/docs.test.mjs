/**
 * The documentation as a reader meets it: a README short enough to read in five minutes that links
 * each element's reference page, and every relative link of the README, the pages in docs/ and the
 * demo's links to them leading to a file that exists, and to one of its headings when it names one
 * (as GitHub names a heading's anchor).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referencePath } from '../../scripts/reference-url.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Every Markdown file under `folder`, as paths from the repository's root. */
function markdownFiles(folder) {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const PAGES = ['README.md', ...markdownFiles('docs')];

/** Markdown without what is not prose: code blocks, inline code and HTML comments. */
const prose = (markdown) =>
  markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, (code) => code.replace(/[[\]()]/g, ''));

/** The anchor GitHub gives a heading: its text in lower case, without punctuation, spaces as hyphens. */
const slug = (heading) =>
  heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The anchors of a Markdown file's headings; a repeated heading gets -1, -2… as on GitHub. */
function anchors(path) {
  const seen = new Map();
  const found = new Set();
  for (const [, text] of prose(read(path)).matchAll(/^#{1,6} +(.+?)[ #]*$/gm)) {
    const base = slug(text.replace(/`/g, ''));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

/** Where a relative link from `from` leads: the file (from the root) and the anchor, if any. */
function resolveLink(from, target) {
  const [file, anchor] = target.split('#');
  return { file: file ? normalize(join(dirname(from), decodeURI(file))) : from, anchor };
}

/** What is wrong with a relative link from `from`, or nothing. */
function brokenLink(from, target) {
  const { file, anchor } = resolveLink(from, target);
  if (file.startsWith('..')) return 'leads out of the repository';
  if (!existsSync(join(root, file))) return `${file} does not exist`;
  if (anchor && file.endsWith('.md') && !anchors(file).has(anchor)) return `${file} has no heading #${anchor}`;
  return '';
}

const isRelative = (target) => !/^[a-z][a-z0-9+.-]*:/i.test(target);

test('the README is at most 250 lines', () => {
  const lines = read('README.md').split('\n').length - 1;
  assert.ok(lines <= 250, `README.md has ${lines} lines`);
});

test('the README links each element to its reference page, generated from the manifest', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => declaration.tagName);
  assert.ok(tags.length >= 10);
  const readme = read('README.md');
  for (const tag of tags) {
    assert.ok(readme.includes(`[\`<${tag}>\`](${referencePath(tag)})`), `README.md links <${tag}> to ${referencePath(tag)}`);
    assert.ok(existsSync(join(root, referencePath(tag))), `${referencePath(tag)} exists`);
  }
  const index = read('docs/reference/README.md');
  for (const tag of tags) assert.ok(index.includes(`](${tag}.md)`), `the reference's index links <${tag}>`);
});

test('every relative link of the README and the docs leads to a file, and to a heading when it names one', () => {
  const broken = [];
  let checked = 0;
  for (const page of PAGES) {
    for (const [, target] of prose(read(page)).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (!isRelative(target)) continue;
      checked += 1;
      const problem = brokenLink(page, target);
      if (problem) broken.push(`${page}: (${target}) ${problem}`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > 50, `${checked} links checked`);
});

test('every page of docs/ is linked from the README or from another page', () => {
  const linked = new Set();
  for (const page of PAGES) {
    for (const [, target] of prose(read(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (isRelative(target)) linked.add(resolveLink(page, target).file);
    }
  }
  assert.deepEqual(PAGES.filter((page) => page !== 'README.md' && !linked.has(page)), []);
});

test('the demo\'s links to the docs lead to a page and a heading of it', () => {
  const broken = [];
  let checked = 0;
  for (const file of readdirSync(join(root, 'demo')).filter((name) => /\.(html|js)$/.test(name))) {
    for (const [, target] of read(`demo/${file}`).matchAll(/["'](\.\.\/docs\/[^"']+)["']/g)) {
      checked += 1;
      const problem = brokenLink(`demo/${file}`, target);
      if (problem) broken.push(`demo/${file}: (${target}) ${problem}`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked >= 3, `${checked} links from the demo checked`);
});

test('the link check finds a missing file and a missing heading, and names anchors as GitHub does', () => {
  assert.match(brokenLink('README.md', 'docs/no-such-page.md'), /does not exist/);
  assert.match(brokenLink('README.md', 'docs/site-owners.md#no-such-heading'), /has no heading/);
  assert.equal(brokenLink('README.md', 'docs/site-owners.md#events'), '');
  assert.equal(brokenLink('docs/site-owners.md', '#from-a-cdn-with-integrity'), '');
  assert.equal(slug('Structured data (schema.org MedicalWebPage)'), 'structured-data-schemaorg-medicalwebpage');
  assert.equal(slug('Paste-ready HTML (no Node, no build)'), 'paste-ready-html-no-node-no-build');
});
