/**
 * React for the browser tests (tests/react/). React and React DOM ship CommonJS only, which the
 * test runner's module server cannot hand to a browser, so this plugin bundles them once with
 * esbuild into one ES module and answers each import of them (`react`, `react-dom`,
 * `react-dom/client`, `react/jsx-runtime`) with a small module re-exporting from it: every import
 * shares one copy of React. React's production build, like Lit's in these tests.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const FOLDER = '/__react-modules/';
const BUNDLE = `${FOLDER}bundle.js`;

const moduleFile = (specifier) => `${FOLDER}${specifier.replace('/', '--')}.js`;

/** One ES module holding every specifier's exports, as `module0`, `module1`… in SPECIFIERS' order. */
async function bundle() {
  const result = await build({
    stdin: {
      contents: SPECIFIERS.map((specifier, index) => `export * as module${index} from '${specifier}';`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

/**
 * The names `specifier` exports. Loading React here would write to the runner's console, which
 * the runner has replaced, so a separate Node process loads it.
 */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const names = JSON.parse(
    execFileSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' }),
  );
  return names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
}

/** The module that stands for `specifier`: its default export and each named export, from the bundle. */
function reexports(specifier) {
  const index = SPECIFIERS.indexOf(specifier);
  const names = exportNames(specifier);
  return [
    `import { module${index} as namespace } from '${BUNDLE}';`,
    'const exports = namespace.default ?? namespace;',
    'export default exports;',
    `export const { ${names.join(', ')} } = exports;`,
    '',
  ].join('\n');
}

export function reactModules() {
  let bundled;
  return {
    name: 'react-modules',
    resolveImport({ source }) {
      return SPECIFIERS.includes(source) ? moduleFile(source) : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(FOLDER)) return undefined;
      if (context.path === BUNDLE) {
        bundled ??= bundle();
        return { body: await bundled, type: 'js' };
      }
      const specifier = SPECIFIERS.find((candidate) => moduleFile(candidate) === context.path);
      return specifier ? { body: reexports(specifier), type: 'js' } : undefined;
    },
  };
}
