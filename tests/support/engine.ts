/**
 * What a test does through the browser rather than the page, the same way in Chromium, Firefox and
 * WebKit (the server side is tests/support/engine-commands.mjs). Importing this module also gives
 * the focused window back after every test of the file.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in. */
export const engine: Engine = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

export const engineLabel = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[engine];

type Keys = { press: string } | { down: string } | { up: string };

// Mocha's hooks exist at import time in .test.ts files; an HTML test's window is let go when it ends.
if (typeof afterEach === 'function') {
  afterEach(async () => {
    await executeServerCommand('engine-release-window');
  });
}

/**
 * Makes this test's window the browser's focused one for the rest of the test: only there do
 * `:focus` and `:focus-visible` match. Keys do it themselves; call it before focusing from script.
 */
export async function focusWindow(): Promise<void> {
  await executeServerCommand('engine-focus-window');
}

/** A key pressed, held down or let go, with the key names of @web/test-runner-commands ("Space", "Tab", …). */
export async function sendKeys(keys: Keys): Promise<void> {
  await focusWindow();
  await executeServerCommand('engine-keys', keys);
}

/**
 * Skips the current test in this engine (or, from a `before` hook, every test of its suite), with
 * the reason in the title, so that the run lists it among the skipped and says why. Use it only
 * where the engine cannot do what the test needs.
 */
export function skipHere(context: Mocha.Context, reason: string): never {
  const note = ` [skipped in ${engineLabel}: ${reason}]`;
  // In a test body `test` is the test, in a beforeEach hook `currentTest` is; a `before` (all)
  // hook skips its whole suite.
  const runnable = context.test as (Mocha.Runnable & { type?: string }) | undefined;
  const inBeforeAll = runnable?.type === 'hook' && runnable.title.includes('"before all" hook');
  const target = inBeforeAll ? runnable?.parent : runnable?.type === 'test' ? runnable : context.currentTest;
  if (target && !target.title.endsWith(note)) target.title += note;
  context.skip();
}

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

/**
 * Emulates these media features (every other one as the machine has it). Chromium emulates them;
 * Firefox and WebKit cannot over their automation protocols (WebDriver BiDi and WebDriver have
 * no media emulation), so there the test is skipped with that reason, unless what it asks for is
 * what the machine shows anyway (light, motion allowed, no forced colours).
 */
export async function emulateMedia(context: Mocha.Context, features: MediaFeatures): Promise<void> {
  const { emulated } = (await executeServerCommand('engine-media', features)) as { emulated: boolean };
  if (!emulated) {
    const asked = Object.entries(features).map(([name, value]) => `${name} ${value}`).join(', ');
    skipHere(context, `no media emulation over its automation protocol (${asked})`);
  }
}

/** Back to the machine's own media features, in every engine (an after-hook's reset). */
export async function resetMedia(): Promise<void> {
  await executeServerCommand('engine-media', {});
}
