/**
 * Generates custom-elements.json from the elements' JSDoc (@tag, @csspart, @cssprop, @slot, @fires),
 * pointing at the published modules in dist/ rather than the TypeScript sources.
 */
import { readFileSync } from 'node:fs';

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
 * `<acne-scar-article>` forwards every part of every block as `<tag>-<part>` (its `BLOCK_PARTS`).
 * This documents those forwarded parts from each block's own documentation, in the article's
 * order, and fails the build when `BLOCK_PARTS` and a block's documented parts disagree, so a new
 * part cannot be left unforwarded.
 */
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
        const documented = byTag.get(tag)?.cssParts ?? [];
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

export default {
  globs: ['src/**/*.ts'],
  // src/react and src/jsx are generated from this manifest: bindings, not elements.
  exclude: ['src/locales/**', 'src/locale-codes.ts', 'src/define/**', 'src/react/**', 'src/jsx/**'],
  outdir: '.',
  litelement: true,
  plugins: [forwardedBlockParts(), publishedModules()],
};
