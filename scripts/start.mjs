/**
 * `npm start`: builds, then serves the demo on localhost (port 8000, or `PORT`). The server runs in
 * this process, which stops when `npm start` is stopped (Ctrl+C, or a signal to npm): started by
 * the shell npm runs, the server used to outlive npm and keep the port.
 */
import { execFileSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

// `npm start -- --no-build` serves the last build as it is.
if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const server = await startDevServer({
  config: (await import('../web-dev-server.config.mjs')).default,
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// npm runs this through a shell, which does not pass a signal on: when npm (or the shell) is
// stopped, this process is handed to another parent, and stops too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop();
}, 500).unref();
