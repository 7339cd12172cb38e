/**
 * `npm start` as the README and docs/contributing.md tell it: it serves the demo on the port
 * `PORT` names, and stopping npm stops the server (it used to outlive npm, holding the port). Run
 * with `-- --no-build`, as the Node tests run after `npm test`'s own build, beside tests that read
 * dist/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const status = (url) => fetch(url).then((response) => response.status, () => 'refused');

test('npm start serves the demo on PORT, and stopping npm stops the server', { timeout: 60_000 }, async (t) => {
  const port = await freePort();
  // In a process group of its own, so that whatever is left of it can be cleared away after.
  const npm = spawn('npm', ['start', '--', '--no-build'], { cwd: root, env: { ...process.env, PORT: String(port) }, detached: true });
  t.after(() => {
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // Nothing left.
    }
    npm.stdout.destroy();
    npm.stderr.destroy();
  });
  let output = '';
  npm.stdout.on('data', (chunk) => (output += chunk));
  npm.stderr.on('data', (chunk) => (output += chunk));
  for (let waited = 0; !output.includes('Demo:'); waited += 100) {
    assert.ok(waited < 30_000, `no demo URL printed in 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.match(output, new RegExp(`Demo: http://localhost:${port}/demo/`));
  assert.equal(await status(`http://localhost:${port}/demo/`), 200);

  const exited = new Promise((resolve) => npm.once('exit', resolve));
  npm.kill('SIGTERM'); // npm alone, as a process manager or a closed terminal would
  await exited;
  let answer = 200;
  for (let waited = 0; waited < 5_000 && answer !== 'refused'; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await status(`http://localhost:${port}/demo/`);
  }
  assert.equal(answer, 'refused', 'the server stopped with npm');
});
