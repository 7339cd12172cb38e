/**
 * WebKitGTK's MiniBrowser under WebDriver, for the test runner and the benchmark: starts a virtual
 * display (Xvfb; MiniBrowser has no headless mode) unless the machine has one, and one
 * WebKitWebDriver per session wanted (a WebKitWebDriver serves one session at a time).
 * Everything started here is stopped by `stop()` and when this process exits.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { engines } from './engines.mjs';

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors = (errors + chunk).slice(-2000);
  });
  child.errors = () => errors;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check, what, child, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}): ${child.errors()}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeout / 1000} s: ${child.errors()}`);
    await sleep(100);
  }
}

let display;

/** A display for MiniBrowser: the machine's own ($DISPLAY) or an Xvfb started once for this process. */
async function ensureDisplay() {
  if (display) return display;
  if (process.env.DISPLAY) return (display = process.env.DISPLAY);
  if (!engines.webkit.xvfb) throw new Error('WebKit needs a display: install Debian\'s "xvfb" package.');
  // -displayfd: Xvfb picks a free display number and writes it when it is ready.
  const xvfb = spawn(engines.webkit.xvfb, ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.add(xvfb);
  xvfb.on('exit', () => children.delete(xvfb));
  const number = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10000);
    xvfb.stdout.once('data', (chunk) => {
      clearTimeout(timer);
      resolve(String(chunk).trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return (display = `:${number}`);
}

/**
 * Starts a WebKitWebDriver and returns the webdriverio options for a MiniBrowser session through
 * it, and `stop()`.
 */
export async function startWebKitDriver() {
  const { path: binary, driver } = engines.webkit;
  if (!binary || !driver) throw new Error('WebKit is not installed: sudo apt-get install webkit2gtk-driver xvfb');
  const port = await freePort();
  const child = start(driver, [`--port=${port}`], {
    DISPLAY: await ensureDisplay(),
    // No accessibility bus, no GPU on a virtual display: stop MiniBrowser waiting for either.
    NO_AT_BRIDGE: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver', child);
  return {
    options: {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: without this, session creation fails.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    },
    stop() {
      child.kill();
    },
  };
}
