/**
 * The system Chromium (Debian's `chromium` package, or CHROME_PATH) and the flags every headless
 * run of it here uses: the test runner's and the benchmark's. Nothing downloads a browser.
 */
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export function requireChromium() {
  if (!chromiumPath) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
  return chromiumPath;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  // The machine has no network beyond localhost: stop Chromium reaching for its services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  // Headless Chromium otherwise builds its omnibox popup (a WebUI page in a renderer of its own)
  // for every new window: up to a second of CPU per test file or cold load, on a small machine.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
