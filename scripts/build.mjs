/**
 * `npm run build`: locale modules from the XLIFF files (split per element), custom-elements.json and
 * what is generated from it (the editor data for VS Code and JetBrains IDEs, which the analyzer
 * writes with the manifest; the React wrappers and JSX typings, the element reference pages in
 * docs/reference/), the per-module build with type declarations, the one-tag bundles and locale
 * files, paste-ready HTML of every element in every language, the browser support table (and the
 * README's line from it), the bundle's integrity hash in the site owners' CDN snippet, then every
 * file's size (and the size tables of docs/performance.md).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

const run = (command, ...args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  execFileSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
};

rmSync('dist', { recursive: true, force: true });
run('lit-localize', 'build');
run('node', 'scripts/locale-chunks.mjs');
// The manifest comes from the TypeScript sources, and with it vscode.html-custom-data.json and
// web-types.json (scripts/editor-data.mjs); the wrappers generated from it are compiled by tsc.
run('custom-elements-manifest', 'analyze');
run('node', 'scripts/framework-bindings.mjs');
run('tsc', '-p', 'tsconfig.json');
// The article's figures formatted ahead in every locale, for the bundles and the locale files.
run('node', 'scripts/figures.mjs');
run('rollup', '-c', '--silent');
// Themes are plain CSS a site links as it is.
if (existsSync('src/themes')) cpSync('src/themes', 'dist/themes', { recursive: true });
// One module per translation that registers all of it, for bundlers (static imports).
run('node', 'scripts/translation-entries.mjs');
// Every message id and its English, beside the locale files (for missingMessages()).
cpSync('src/locales/messages.json', 'dist/locales/messages.json');
// Every element in every language as server-rendered HTML to paste (dist/paste/<locale>/<tag>.html).
run('node', 'scripts/paste-ready.mjs');
run('node', 'scripts/reference-pages.mjs');
run('node', 'scripts/browser-support.mjs');
run('node', 'scripts/sri.mjs');
run('node', 'scripts/size.mjs');
