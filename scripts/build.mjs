/**
 * `npm run build`: locale modules from the XLIFF files, custom-elements.json and the React wrappers
 * and JSX typings generated from it, the per-module build with type declarations, the one-tag
 * bundle and locale files, the README's element reference, then every emitted file's size.
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
// The manifest comes from the TypeScript sources; the wrappers generated from it are compiled by tsc.
run('custom-elements-manifest', 'analyze');
run('node', 'scripts/framework-bindings.mjs');
run('tsc', '-p', 'tsconfig.json');
run('rollup', '-c', '--silent');
// Themes are plain CSS a site links as it is.
if (existsSync('src/themes')) cpSync('src/themes', 'dist/themes', { recursive: true });
run('node', 'scripts/readme-elements.mjs');
run('node', 'scripts/size.mjs');
