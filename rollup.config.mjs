import { readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { stripMsgDescriptions } from './scripts/strip-msg-descriptions.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

/**
 * Locale modules import only `str` from @lit/localize. Giving them this copy of it (the same
 * plain-object protocol) keeps each file to its strings instead of pulling in the runtime.
 */
const localeStrTag = {
  name: 'locale-str-tag',
  resolveId: (source) => (source === '@lit/localize' ? '\0locale-str-tag' : null),
  load: (id) =>
    id === '\0locale-str-tag'
      ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });'
      : null,
};

/** Every `<locale>/<tag>.js` in src/locales/ (see scripts/locale-chunks.mjs). */
const localeChunks = readdirSync('src/locales', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js'))
  .sort();

/**
 * Lit gives \`Symbol\` a \`metadata\` for decorators as its module loads. Where a page has frozen
 * \`Symbol\` (SES \`lockdown()\`, some hardened hosts) that assignment throws and nothing is
 * defined; guarded, Lit reads \`this[undefined]\` instead, which finds no metadata, as there is
 * none (the library's decorators are the legacy ones). The build fails if Lit stops writing it so.
 */
const frozenSymbolSafe = {
  name: 'frozen-symbol-safe',
  transform(code, id) {
    if (!/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) return null;
    const assignment = 'Symbol.metadata??=Symbol("metadata")';
    if (!code.includes(assignment)) this.error(`@lit/reactive-element no longer holds ${assignment}: check how it sets Symbol.metadata`);
    return { code: code.replace(assignment, `(()=>{try{${assignment}}catch{}})()`), map: null };
  },
};

/** The TypeScript plugin and the minifiers every script build shares. */
const compile = ({ hydrates = false } = {}) => [
  frozenSymbolSafe,
  resolve(),
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationMap: false,
    outDir: 'dist',
    transformers: {
      before: [
        { type: 'program', factory: () => stripMsgDescriptions() },
        ...(hydrates ? [] : [{ type: 'program', factory: () => minifyHtmlLiterals() }]),
      ],
    },
  }),
  minifyCssLiterals(),
  minify(),
];

/**
 * A one-tag bundle: every element, Lit and the English strings in one self-registering module.
 * `hydrates`: the bundle takes over server-rendered pages, whose templates the server wrote from
 * the per-module build, so its html`…` templates must stay exactly as written (Lit compares them).
 */
const bundle = (name, { hydrates = false } = {}) => ({
  input: `src/${name}.ts`,
  output: { file: `dist/${name}.js`, format: 'es', sourcemap: true },
  plugins: compile({ hydrates }),
});

/**
 * The loader's chunks sit in dist/loader/, one folder below the bundles: the module that finds the
 * translation files beside the bundle finds them one folder up there. The build fails if that
 * module lands anywhere else.
 */
const LOCALE_FILES_MODULE = /[\\/]src[\\/]locale-files\.ts$/;
const loaderLocaleFiles = {
  name: 'loader-locale-files',
  transform: (code, id) =>
    LOCALE_FILES_MODULE.test(id) ? { code: code.replace("'./locales/'", "'../locales/'"), map: null } : null,
  generateBundle(_options, output) {
    const holder = Object.values(output).find(
      (file) => file.type === 'chunk' && Object.keys(file.modules).some((id) => LOCALE_FILES_MODULE.test(id)),
    );
    if (!holder?.fileName.startsWith('loader/') || /["']\.\/locales\/["']/.test(holder.code)) {
      this.error(`the translation files' location must be resolved from a chunk in loader/, not ${holder?.fileName}`);
    }
  },
};

/**
 * How the loader fetches an element's chunks. Its `import(element)` also imports, side by side,
 * each chunk the element's imports (Lit and the core), so the browser fetches them together
 * instead of finding them only once the element's chunk has arrived (a round trip more per level).
 * And dist/loader/files.json lists the same files for each element (its own chunk first, then the
 * chunks it imports), relative to dist/: the size report, the site owners' preload snippet (with
 * each file's integrity hash, see scripts/sri.mjs), the API page and the benchmark read it.
 */
const loaderChunks = {
  name: 'loader-chunks',
  /**
   * `import(element)` becomes `import(element)` and, at the same time, an import of each chunk it
   * imports (Lit and the core): the browser fetches them together instead of finding them only
   * once the element's chunk has arrived, which would cost a round trip more per level.
   */
  renderDynamicImport({ getTargetChunkImports }) {
    // Static imports of another chunk of this build are `internal`; their path comes quoted.
    const shared = (getTargetChunkImports() ?? []).filter((imported) => imported.type === 'internal');
    if (shared.length === 0) return null;
    const alongside = shared.map((imported) => `,import(${imported.resolvedImportPath})`).join('');
    return { left: 'Promise.all([import(', right: `)${alongside}]).then((modules)=>modules[0])` };
  },
  generateBundle(_options, output) {
    const chunks = Object.values(output).filter((file) => file.type === 'chunk');
    const entry = chunks.find((chunk) => chunk.isEntry);
    const files = {};
    for (const target of entry.dynamicImports) {
      // An element's own chunk, or a shared chunk its small module was folded into (see
      // experimentalMinChunkSize): every element whose define module is in it.
      const tags = output[target].moduleIds
        .map((id) => /[\\/]src[\\/]define[\\/]([a-z-]+)\.ts$/.exec(id)?.[1])
        .filter(Boolean);
      const needed = [target];
      for (let index = 0; index < needed.length; index += 1) {
        for (const imported of output[needed[index]].imports) if (!needed.includes(imported)) needed.push(imported);
      }
      for (const tag of tags) files[tag] = needed;
    }
    this.emitFile({ type: 'asset', fileName: 'loader/files.json', source: `${JSON.stringify(files, null, 2)}\n` });
  },
};

/**
 * The on-demand one-tag bundle: `acne-scar-widgets-loader.js` (about a kilobyte, no Lit) loads each
 * element's chunk from dist/loader/ when its tag appears; Lit and the core are chunks they share.
 */
const loader = {
  input: 'src/acne-scar-widgets-loader.ts',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // Chunks are named after their first module; the shared ones get names that say what they hold.
    chunkFileNames: ({ moduleIds }) => {
      if (moduleIds.some((id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id))) return 'loader/lit-[hash].js';
      if (moduleIds.some((id) => /[\\/]src[\\/]core[\\/]widget-element\.ts$/.test(id))) return 'loader/core-[hash].js';
      if (moduleIds.some((id) => /[\\/]src[\\/]core[\\/]content-styles\.ts$/.test(id))) return 'loader/content-[hash].js';
      return 'loader/[name]-[hash].js';
    },
    // Folds the few-hundred-byte chunks (a decorator, a helper two elements share) into larger
    // ones: a request costs more than the bytes.
    experimentalMinChunkSize: 2048,
  },
  plugins: [loaderLocaleFiles, loaderChunks, ...compile()],
};

export default [
  bundle('acne-scar-widgets'),
  // The same, with Lit's hydration support first, for pages rendered on a server.
  bundle('acne-scar-widgets-hydrate', { hydrates: true }),
  loader,
  // One self-contained file per locale and element, loaded on demand from beside the bundle.
  ...localeChunks.map((file) => ({
    input: `src/locales/${file}`,
    output: { file: `dist/locales/${file}`, format: 'es' },
    plugins: [localeStrTag, minify()],
  })),
];
