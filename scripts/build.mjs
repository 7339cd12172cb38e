/**
 * `npm run build`: locale modules from the XLIFF files, the per-module build with type declarations,
 * the one-tag bundle and locale files, custom-elements.json and what is generated from it (the
 * README's element reference, the VS Code custom data), the bundle's integrity hash in the README's
 * CDN snippet, then every emitted file's size.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

const run = (command, ...args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  execFileSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
};

rmSync('dist', { recursive: true, force: true });
run('lit-localize', 'build');
run('tsc', '-p', 'tsconfig.json');
run('rollup', '-c', '--silent');
// Themes are plain CSS a site links as it is.
if (existsSync('src/themes')) cpSync('src/themes', 'dist/themes', { recursive: true });
run('custom-elements-manifest', 'analyze');
run('node', 'scripts/readme-elements.mjs');
run('node', 'scripts/vscode-data.mjs');
run('node', 'scripts/sri.mjs');
run('node', 'scripts/size.mjs');
