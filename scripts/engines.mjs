/**
 * The three browser engines the suite and the benchmark run in, all from Debian's packages (nothing
 * downloads a browser): Chromium, Firefox ESR and WebKitGTK's MiniBrowser. Each is found at its
 * Debian path or through an environment variable, and named with the command that installs it when
 * it is missing.
 */
import { existsSync } from 'node:fs';

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** WebKitGTK keeps MiniBrowser and its helper processes in a versioned folder under the multiarch lib. */
const webkitFolders = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].flatMap((arch) =>
  ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((version) => `/usr/lib/${arch}/${version}`),
);

export const engines = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    env: 'CHROME_PATH',
    path: firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    env: 'FIREFOX_PATH',
    path: firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  },
  webkit: {
    label: 'WebKit',
    // MiniBrowser comes with the WebDriver (webkit2gtk-driver); it needs a display, so Xvfb too.
    packages: ['webkit2gtk-driver', 'xvfb'],
    env: 'WEBKIT_PATH',
    path: firstExisting([process.env.WEBKIT_PATH, ...webkitFolders.map((folder) => `${folder}/MiniBrowser`)]),
    driver: firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']),
    xvfb: firstExisting(['/usr/bin/Xvfb']),
  },
};

export const engineNames = Object.keys(engines);

/** Whether everything an engine needs to run is installed. */
export function isInstalled(name) {
  const engine = engines[name];
  if (name === 'webkit') return Boolean(engine.path && engine.driver && (engine.xvfb || process.env.DISPLAY));
  return Boolean(engine.path);
}

/** The one command that installs a missing engine (Debian's packages). */
export function installCommand(name) {
  return `sudo apt-get install ${engines[name].packages.join(' ')}`;
}

export const chromiumPath = engines.chromium.path;

export function requireChromium() {
  if (!chromiumPath) throw new Error(`No Chromium found: ${installCommand('chromium')}, or set CHROME_PATH.`);
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

/**
 * The engines a run uses: those named in $ENGINES (comma-separated, e.g. `ENGINES=firefox`), or
 * every installed one. Naming one that is not installed is an error that says how to install it.
 */
export function selectedEngines() {
  const wanted = process.env.ENGINES ? process.env.ENGINES.split(',').map((name) => name.trim()).filter(Boolean) : engineNames;
  for (const name of wanted) {
    if (!engineNames.includes(name)) throw new Error(`Unknown engine "${name}" in ENGINES: use ${engineNames.join(', ')}.`);
  }
  const missing = wanted.filter((name) => !isInstalled(name));
  if (process.env.ENGINES && missing.length) {
    throw new Error(missing.map((name) => `${engines[name].label} is not installed: ${installCommand(name)}`).join('\n'));
  }
  return wanted.filter(isInstalled);
}
