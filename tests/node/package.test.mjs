/**
 * The published package as `npm pack` would make it (after `npm run build`, which `npm test` runs
 * first): what it holds and leaves out, that every entry point resolves, that `sideEffects` names
 * exactly the modules that do something when imported, publint's lint of its metadata, the
 * site owners' CDN snippet and the editor data (VS Code's and JetBrains'), each read back against
 * the manifest, each element linked to its reference page in the package. Patterns rather than a fixed file list, so new entry
 * points (React wrappers, server rendering) are held to the same rules as they arrive.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { referencePath, referenceUrl } from '../../scripts/reference-url.mjs';
import { formatMessage } from 'publint/utils';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const pkg = readJson('package.json');
const BUNDLE = 'dist/acne-scar-widgets.js';

/** What the package holds beside dist/, the translators' xliff/ and the documentation's docs/. */
const ROOT_FILES = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'web-types.json',
];

/** A package.json path pattern (`./dist/define/*.js`) as a regular expression over packed paths. */
function patternToRegExp(pattern) {
  const source = pattern
    .replace(/^\.\//, '')
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${source}$`);
}

/** Every target path of an `exports` map, through its conditions. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const elements = readJson('custom-elements.json')
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
const tags = elements.map((declaration) => declaration.tagName);

/** The values of a type written as a union of string literals (`'bar' | 'card' | undefined`); none for any other type. */
function literalValues(text = '') {
  const options = text.split('|').map((option) => option.trim()).filter((option) => option && option !== 'undefined');
  const values = options.map((option) => /^'([^']*)'$/.exec(option)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? values : [];
}

/**
 * An element's hover text in an editor: its summary, its description (with the example markup),
 * and each of its events, slots, parts and CSS properties by name, with no `undefined` left in.
 */
function assertDocumented(element, text) {
  const where = `<${element.tagName}>`;
  assert.ok(text.includes(element.summary), `${where}: its summary`);
  assert.ok(text.includes(element.description.trim()), `${where}: its description`);
  assert.ok(text.includes('```html'), `${where}: its example`);
  for (const { name } of [...(element.events ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? [])]) {
    assert.ok(text.includes(`**${name}**`), `${where}: ${name}`);
  }
  for (const { name } of element.slots ?? []) assert.ok(text.includes(name ? `**${name}**` : '_default_'), `${where}: slot ${name}`);
  assert.doesNotMatch(text, /undefined/, `${where}: nothing undefined`);
}

let packed;

before(() => {
  assert.ok(existsSync(join(root, BUNDLE)), `${BUNDLE} is missing: run npm run build first`);
  // --ignore-scripts: packing would otherwise run the build again (prepack).
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  packed = new Set(JSON.parse(output)[0].files.map((file) => file.path));
});

describe('the packed package', () => {
  test('holds the bundle, the index, a module per element, the themes, the translations and the types', () => {
    const themes = readdirSync(join(root, 'src/themes')).filter((file) => file.endsWith('.css'));
    const { targetLocales } = readJson('lit-localize.json');
    const required = [
      ...ROOT_FILES,
      BUNDLE,
      `${BUNDLE}.map`,
      'dist/acne-scar-widgets.d.ts',
      'dist/index.js',
      'dist/index.d.ts',
      ...tags.flatMap((tag) => [`dist/define/${tag}.js`, `dist/define/${tag}.d.ts`]),
      ...themes.map((theme) => `dist/themes/${theme}`),
      // One translation file per locale and element (see scripts/locale-chunks.mjs).
      ...targetLocales.flatMap((locale) => tags.map((tag) => `dist/locales/${locale}/${tag}.js`)),
    ];
    assert.deepEqual(required.filter((path) => !packed.has(path)), []);
    assert.ok(tags.length >= 10 && themes.length >= 3, 'the manifest and the themes were read');
  });

  test('holds nothing a user does not need: no sources, tests, demo, scripts or configuration', () => {
    const outside = [...packed].filter((path) => !ROOT_FILES.includes(path) && !/^(dist|xliff)\//.test(path) && !/^docs\/.+\.md$/.test(path));
    assert.deepEqual(outside, [], 'files outside dist/, xliff/ and the pages of docs/');
    const unwanted = [...packed].filter(
      (path) =>
        (/\.ts$/.test(path) && !/\.d\.ts$/.test(path)) ||
        /\.d\.ts\.map$/.test(path) ||
        /\.tsbuildinfo$/.test(path) ||
        /\.(test|spec)\.[a-z]+$/.test(path) ||
        /(^|\/)\./.test(path) ||
        /(^|\/)(tests?|demo|node_modules)\//.test(path),
    );
    assert.deepEqual(unwanted, []);
  });

  test('ships each source map its modules name, each carrying its sources', () => {
    for (const path of [...packed].filter((file) => file.endsWith('.js'))) {
      const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, path), 'utf8'));
      if (!named) continue;
      const map = join(path, '..', named[1]);
      assert.ok(packed.has(map), `${path} names ${map}, which is not in the package`);
      const { sources, sourcesContent } = readJson(map);
      assert.ok(
        sourcesContent?.length === sources.length && sourcesContent.every((content) => typeof content === 'string'),
        `${map} carries the text of its ${sources.length} sources`,
      );
    }
  });

  test('resolves every entry point (exports, main, module, types, customElements, web-types) to a packed file', () => {
    const targets = [
      ...exportTargets(pkg.exports),
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.customElements,
      pkg['web-types'],
    ].filter(Boolean);
    const unmatched = targets.filter((target) => ![...packed].some((path) => patternToRegExp(target).test(path)));
    assert.deepEqual(unmatched, []);
    assert.equal(pkg.exports['./acne-scar-widgets.js'].default, `./${BUNDLE}`);
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${subpath}: types come first`);
    }
  });

  test('marks exactly the modules that act when imported, and the themes, as side effects', async () => {
    const modules = [...packed].filter((path) => path.endsWith('.js')).sort();
    // Rollup imports each module on its own and keeps only what has an effect: a module whose
    // import leaves code behind registers elements (or does something else a bundler must keep).
    const entry = '\0import:';
    const bundle = await rollup({
      input: Object.fromEntries(modules.map((path, index) => [`module${index}`, `${entry}${resolvePath(root, path)}`])),
      plugins: [
        {
          name: 'import-only',
          resolveId: (id) => (id.startsWith(entry) ? id : null),
          load: (id) => (id.startsWith(entry) ? `import ${JSON.stringify(id.slice(entry.length))};` : null),
        },
        nodeResolve({ rootDir: root, preferBuiltins: true }),
      ],
      treeshake: { moduleSideEffects: (id, external) => !external },
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const chunks = new Map(output.map((chunk) => [chunk.fileName, chunk]));
    const leftover = (chunk) =>
      chunk.code
        .replace(/^(import|export)\b[^;]*;$/gm, '')
        .replace(/\/\/# sourceMappingURL=\S+/g, '')
        .trim() !== '';
    const acts = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return false;
      seen.add(fileName);
      const chunk = chunks.get(fileName);
      return leftover(chunk) || chunk.imports.some((imported) => acts(imported, seen));
    };
    const acting = output
      .filter((chunk) => chunk.isEntry && acts(chunk.fileName))
      .map((chunk) => modules[Number(chunk.name.slice('module'.length))])
      .sort();

    const patterns = pkg.sideEffects.map(patternToRegExp);
    const marked = (path) => patterns.some((pattern) => pattern.test(path));
    assert.deepEqual(modules.filter(marked), acting, 'modules marked in sideEffects, and modules that act when imported');
    assert.ok(acting.includes(BUNDLE) && acting.includes('dist/define/med-review.js'), 'the registering modules act');
    assert.ok(!acting.includes('dist/index.js'), 'the index defines nothing');
    const stylesheets = [...packed].filter((path) => path.endsWith('.css'));
    assert.deepEqual(stylesheets.filter((path) => !marked(path)), [], 'stylesheets a bundler must keep');
  });

  test('passes publint with nothing to report, warnings counted as errors', async () => {
    const { messages, pkg: linted } = await publint({ pkgDir: root, pack: 'npm', strict: true });
    assert.deepEqual(
      messages.map((message) => `${message.type}: ${formatMessage(message, linted)}`),
      [],
    );
  });
});

describe('what the build writes for users', () => {
  test('the site owners\' CDN snippet pins this version and the integrity of the bundle as built', () => {
    const page = readFileSync(join(root, 'docs/site-owners.md'), 'utf8');
    const snippet = /<!-- cdn:start[^>]*-->([\s\S]*?)<!-- cdn:end -->/.exec(page)?.[1] ?? '';
    const integrity = `sha384-${createHash('sha384').update(readFileSync(join(root, BUNDLE))).digest('base64')}`;
    assert.match(snippet, new RegExp(`src="https://your-cdn\\.example/${pkg.name}@${pkg.version.replace(/\./g, '\\.')}/${BUNDLE}"`));
    assert.ok(snippet.includes(`integrity="${integrity}"`), `the snippet carries ${integrity}`);
    assert.ok(snippet.includes('crossorigin="anonymous"'));
  });

  test('the VS Code data has every element of the manifest, its attributes and their values', () => {
    const data = readJson('vscode.html-custom-data.json');
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), [...tags].sort());
    for (const element of elements) {
      const tag = data.tags.find((entry) => entry.name === element.tagName);
      assertDocumented(element, tag.description);
      assert.equal(tag.references.length, 1);
      assert.equal(tag.references[0].url, referenceUrl(element.tagName));
      assert.ok(tag.references[0].url.endsWith(`/${pkg.name}@${pkg.version}/${referencePath(element.tagName)}`), `<${element.tagName}>: this version's page`);
      assert.ok(packed.has(referencePath(element.tagName)), `${referencePath(element.tagName)} is in the package`);
      assert.deepEqual(
        tag.attributes.map((attribute) => attribute.name),
        (element.attributes ?? []).map((attribute) => attribute.name),
      );
      for (const attribute of element.attributes ?? []) {
        const entry = tag.attributes.find((candidate) => candidate.name === attribute.name);
        const where = `<${element.tagName} ${attribute.name}>`;
        assert.equal(entry.description, attribute.description, `${where} is described`);
        assert.deepEqual(entry.values.map((value) => value.name), literalValues(attribute.type?.text), `${where}'s values`);
        assert.equal(entry.valueSet === 'v', attribute.type?.text === 'boolean', `${where} takes no value only when boolean`);
      }
    }
    const variant = data.tags.find((tag) => tag.name === 'promo-banner').attributes.find((a) => a.name === 'variant');
    assert.deepEqual(variant.values.map((value) => value.name), ['bar', 'card', 'inline']);
    const dismissible = data.tags.find((tag) => tag.name === 'promo-banner').attributes.find((a) => a.name === 'dismissible');
    assert.equal(dismissible.valueSet, 'v', 'a boolean attribute takes no value');
  });

  test('web-types.json, which package.json names, has every element with its attributes, values, events, slots, parts and CSS properties', () => {
    assert.equal(pkg['web-types'], './web-types.json');
    const data = readJson('web-types.json');
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    assert.equal(data['description-markup'], 'markdown');
    assert.equal(data['js-types-syntax'], 'typescript', 'the IDE reads attribute types as TypeScript');
    const webElements = data.contributions.html.elements;
    assert.deepEqual(webElements.map((entry) => entry.name).sort(), [...tags].sort());
    const vscodeTags = readJson('vscode.html-custom-data.json').tags;
    const names = (list) => (list ?? []).map((item) => item.name);
    let withValues = 0;
    for (const element of elements) {
      const entry = webElements.find((candidate) => candidate.name === element.tagName);
      const where = `<${element.tagName}>`;
      assertDocumented(element, entry.description);
      const vscodeLink = vscodeTags.find((tag) => tag.name === element.tagName).references[0].url;
      assert.equal(entry['doc-url'], vscodeLink, `${where} links the same reference in both editors`);
      assert.deepEqual(names(entry.attributes), names(element.attributes), `${where}'s attributes`);
      for (const attribute of element.attributes ?? []) {
        const { value, description } = entry.attributes.find((candidate) => candidate.name === attribute.name);
        assert.equal(description, attribute.description, `${where} ${attribute.name} is described`);
        assert.equal(value.type, attribute.type?.text ?? 'string', `${where} ${attribute.name}'s type`);
        assert.deepEqual(literalValues(value.type), literalValues(attribute.type?.text), `${where} ${attribute.name}'s values`);
        if (literalValues(value.type).length) withValues += 1;
      }
      assert.deepEqual(names(entry.js.events), names(element.events), `${where}'s events`);
      assert.deepEqual(names(entry.events), names(element.events), `${where}'s events in HTML`);
      assert.deepEqual(names(entry.slots), names(element.slots), `${where}'s slots`);
      assert.deepEqual(names(entry.css.parts), names(element.cssParts), `${where}'s parts`);
      assert.deepEqual(names(entry.css.properties), names(element.cssProperties), `${where}'s CSS properties`);
      for (const [list, declared] of [
        [entry.css.parts, element.cssParts],
        [entry.css.properties, element.cssProperties],
      ]) {
        assert.deepEqual(
          list.map((item) => item.description),
          (declared ?? []).map((item) => item.description),
          `${where}'s parts and CSS properties are described`,
        );
      }
    }
    assert.ok(withValues >= 10, `attributes with a list of values (heading levels, variants, …): ${withValues}`);
  });
});
