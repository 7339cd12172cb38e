/**
 * Generates custom-elements.json from the elements' JSDoc (@tag, @csspart, @cssprop, @slot, @fires),
 * pointing at the published modules in dist/ rather than the TypeScript sources.
 */
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

export default {
  globs: ['src/**/*.ts'],
  // src/react and src/jsx are generated from this manifest: bindings, not elements.
  exclude: ['src/locales/**', 'src/locale-codes.ts', 'src/define/**', 'src/react/**', 'src/jsx/**'],
  outdir: '.',
  litelement: true,
  plugins: [publishedModules()],
};
