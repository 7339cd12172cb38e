/**
 * Generates custom-elements.json from the elements' JSDoc (@tag, @csspart, @cssprop, @slot, @fires),
 * pointing at the published modules in dist/ rather than the TypeScript sources, with only the API
 * a page or an application uses, and every event's `detail` spelled out; then, from the finished
 * manifest, the editor data for VS Code and JetBrains IDEs (scripts/editor-data.mjs).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { editorData } from './scripts/editor-data.mjs';

const toPublishedPath = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Elements are defined through `defineElement` in src/define/, which the analyzer cannot follow. */
function publishedModules() {
  return {
    name: 'published-modules',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          definitions.push({
            kind: 'javascript-module',
            path: `dist/define/${declaration.tagName}.js`,
            declarations: [],
            exports: [
              {
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: { name: declaration.name, module: toPublishedPath(module.path) },
              },
            ],
          });
        }
      }
      customElementsManifest.modules.push(...definitions);
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toPublishedPath(inner);
            else rewrite(inner);
          }
        }
      };
      rewrite(customElementsManifest.modules);
    },
  };
}

/**
 * An element's description, read from its JSDoc as written. TypeScript's JSDoc parser takes any line
 * starting with `@` for a tag, even inside a fenced code block (`@media` in a CSS example), which
 * cut `<promo-banner>`'s description short; here a tag only starts outside a fence. The class's
 * `@example` (the markup a site owner pastes), which the analyzer drops, is kept at the end as an
 * HTML code block: editors show it on hover, and the API page (demo/api.html) renders it live.
 */
function classDescriptions() {
  return {
    name: 'class-descriptions',
    analyzePhase({ ts: analyzerTs, node, moduleDoc }) {
      if (!analyzerTs.isClassDeclaration(node) || !node.name || !node.jsDoc?.length) return;
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.text);
      if (!declaration) return;
      const comment = node.jsDoc.at(-1).getText();
      const lines = comment
        .replace(/^\/\*\*/, '')
        .replace(/\*\/$/, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''));
      const description = [];
      const examples = [];
      let inFence = false;
      let current = description;
      for (const line of lines) {
        if (!inFence && /^@\w+/.test(line)) {
          const tag = /^@(\w+)\s*(.*)$/.exec(line);
          current = tag[1] === 'example' ? [tag[2]] : null;
          if (current) examples.push(current);
          continue;
        }
        if (/^\s*```/.test(line)) inFence = !inFence;
        current?.push(line);
      }
      const text = (block) => block.join('\n').trim();
      const blocks = examples.map(text).filter(Boolean).map((example) => `\`\`\`html\n${example}\n\`\`\``);
      declaration.description = [text(description), ...blocks].filter(Boolean).join('\n\n');
    },
  };
}

/**
 * Leaves out what no user of the package can call: `private` members everywhere, and on the
 * elements the `protected` helpers they inherit from `WidgetElement` (those stay documented on
 * `WidgetElement` itself, for anyone extending it).
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && !(declaration.tagName && member.privacy === 'protected'),
          );
        }
      }
    },
  };
}

/**
 * The type of a value, written out down to its literals: `'bar' | 'card' | 'inline'` rather than
 * `PromoVariant`, and an object's properties rather than its interface's name, so that a reader of
 * the manifest (or a tool generating from it) needs nothing else to know an event's `detail`.
 */
function writeOut(checker, type, seen = new Set()) {
  if (type.isUnion()) {
    // `boolean` is the union `false | true`: keep its name.
    if (type.types.every((member) => member.flags & ts.TypeFlags.BooleanLiteral)) return 'boolean';
    const members = type.types.map((member) => writeOut(checker, member, seen));
    const withoutUndefined = members.filter((member) => member !== 'undefined');
    return [...withoutUndefined, ...(withoutUndefined.length < members.length ? ['undefined'] : [])].join(' | ');
  }
  if (type.isStringLiteral()) return `'${type.value}'`;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const [element] = checker.getTypeArguments(type);
    const written = writeOut(checker, element, seen);
    const readonly = checker.isArrayType(type) && type.target?.symbol?.name === 'ReadonlyArray' ? 'readonly ' : '';
    return `${readonly}${element.isUnion() ? `(${written})` : written}[]`;
  }
  const isObject = type.flags & ts.TypeFlags.Object && !type.getCallSignatures().length;
  if (isObject && !seen.has(type) && type.getProperties().length > 0) {
    seen.add(type);
    const properties = type.getProperties().map((property) => {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      // An optional property's `?` already says it may be missing.
      const written = writeOut(checker, optional ? checker.getNonNullableType(propertyType) : propertyType, seen);
      return `${property.name}${optional}: ${written}`;
    });
    seen.delete(type);
    return `{ ${properties.join('; ')} }`;
  }
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
}

/**
 * `@fires {CustomEvent<PromoClickDetail>} promo-click` documents the detail by its type's name.
 * This writes the type out (`CustomEvent<{ id: string; … }>`) from the public API in src/index.ts,
 * so a detail type must be exported there; a name it cannot find stops the build. Members typed
 * with an exported alias (`conditions: CandidacyCondition[]`) are written out the same way.
 */
function writtenOutTypes() {
  return {
    name: 'written-out-types',
    packageLinkPhase({ customElementsManifest }) {
      const configFile = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
      const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, '.');
      const program = ts.createProgram(['src/index.ts'], options);
      const checker = program.getTypeChecker();
      const index = checker.getSymbolAtLocation(program.getSourceFile('src/index.ts'));
      const publicTypes = new Map();
      for (const exported of checker.getExportsOfModule(index)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) {
          publicTypes.set(exported.name, checker.getDeclaredTypeOfSymbol(symbol));
        }
      }
      const typeNamed = (name) => publicTypes.get(name);

      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          for (const event of declaration.events ?? []) {
            const named = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '');
            if (!named) continue;
            const type = typeNamed(named[1]);
            if (!type) {
              throw new Error(
                `<${declaration.tagName}> ${event.name}: its detail type ${named[1]} is not exported from src/index.ts`,
              );
            }
            event.type.text = `CustomEvent<${writeOut(checker, type)}>`;
          }
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (!item.type?.text) continue;
            item.type.text = item.type.text.replace(/\b([A-Z]\w*)\b(\[\])?/g, (whole, name, array) => {
              const type = typeNamed(name);
              if (!type) return whole;
              const written = writeOut(checker, type);
              return array ? `${type.isUnion() ? `(${written})` : written}[]` : written;
            });
          }
        }
      }
    },
  };
}

/**
 * `<acne-scar-article>` forwards every part of every block as `<tag>-<part>` (its `BLOCK_PARTS`).
 * This documents those forwarded parts from each block's own documentation, in the article's
 * order, and fails the build when `BLOCK_PARTS` and a block's documented parts disagree, so a new
 * part cannot be left unforwarded. A block's source line is the one exception: inside the article
 * no block shows one (the article shows its own), so its parts are not forwarded.
 */
const NOT_FORWARDED = ['source', 'source-link'];

function forwardedBlockParts() {
  const source = readFileSync('src/acne-scar-article/acne-scar-article.ts', 'utf8');
  const table = source.match(/const BLOCK_PARTS[^=]*= \{([\s\S]*?)\n\};/)?.[1];
  if (!table) throw new Error('forwarded-block-parts: BLOCK_PARTS not found in the article');
  const forwarded = [...table.matchAll(/'([a-z-]+)': \[([^\]]*)\]/g)].map(([, tag, list]) => ({
    tag,
    parts: [...list.matchAll(/'([a-z-]+)'/g)].map(([, part]) => part),
  }));
  return {
    name: 'forwarded-block-parts',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
      const article = byTag.get('acne-scar-article');
      for (const { tag, parts } of forwarded) {
        const documented = (byTag.get(tag)?.cssParts ?? []).filter((part) => !NOT_FORWARDED.includes(part.name));
        const names = documented.map((part) => part.name);
        const missing = names.filter((name) => !parts.includes(name));
        const extra = parts.filter((name) => !names.includes(name));
        if (missing.length || extra.length) {
          throw new Error(
            `forwarded-block-parts: BLOCK_PARTS['${tag}'] does not match <${tag}>'s documented parts` +
              (missing.length ? `; not forwarded: ${missing.join(', ')}` : '') +
              (extra.length ? `; not documented: ${extra.join(', ')}` : ''),
          );
        }
        for (const part of documented) {
          const description = part.description ?? '';
          article.cssParts.push({
            name: `${tag}-${part.name}`,
            description: `In the article's <${tag}>: ${description.charAt(0).toLowerCase()}${description.slice(1)}`,
          });
        }
      }
    },
  };
}

/**
 * Modules in the order of their paths: the analyzer lists files in the order the file system
 * returns them, which differs from one checkout to another, and the manifest (with everything
 * generated from it) must be the same on every machine, or CI finds it stale.
 */
function modulesInPathOrder() {
  return {
    name: 'modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react and src/jsx are generated from this manifest: bindings, not elements.
  exclude: ['src/locales/**', 'src/locale-codes.ts', 'src/define/**', 'src/react/**', 'src/jsx/**'],
  outdir: '.',
  litelement: true,
  // editorData() last: it reads the manifest as the plugins before it leave it.
  plugins: [
    classDescriptions(),
    forwardedBlockParts(),
    publishedModules(),
    publicApiOnly(),
    writtenOutTypes(),
    modulesInPathOrder(),
    editorData(),
  ],
};
