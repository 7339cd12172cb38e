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
 * A one-tag bundle: every element, Lit and the English strings in one self-registering module.
 * `hydrates`: the bundle takes over server-rendered pages, whose templates the server wrote from
 * the per-module build, so its html`…` templates must stay exactly as written (Lit compares them).
 */
const bundle = (name, { hydrates = false } = {}) => ({
  input: `src/${name}.ts`,
  output: { file: `dist/${name}.js`, format: 'es', sourcemap: true },
  plugins: [
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
  ],
});

export default [
  bundle('acne-scar-widgets'),
  // The same, with Lit's hydration support first, for pages rendered on a server.
  bundle('acne-scar-widgets-hydrate', { hydrates: true }),
  // One self-contained file per locale and element, loaded on demand from beside the bundle.
  ...localeChunks.map((file) => ({
    input: `src/locales/${file}`,
    output: { file: `dist/locales/${file}`, format: 'es' },
    plugins: [localeStrTag, minify()],
  })),
];
