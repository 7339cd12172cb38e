/**
 * Visual regression harness: renders one element per test in a fixed, deterministic page (one
 * font, one size, no caret, no motion, fixed dates) under a theme, a locale and a width, and
 * compares a screenshot of the element alone with its baseline in `tests/visual/baselines/`.
 *
 * Update the baselines on purpose with `npm run test:update-screenshots`; failed screenshots and
 * their diffs are written to `tests/visual/failed/` (not committed).
 *
 * `<acne-scar-article>` has no screenshots of its own: it is the other elements composed, and
 * each of them is photographed here; tests/themes.test.ts checks that every theme styles each
 * block inside the article exactly as it styles the block alone.
 */
import { setViewport } from '@web/test-runner-commands';
import * as visualRegression from '@web/test-runner-visual-regression';
import { setLocale } from '../../src/core/locale.js';
import { emulateMedia, engine, resetMedia, skipHere } from '../support/engine.js';
// Made by the test runner's `visual-theme-list` plugin: the names of the files in src/themes/.
import { themes } from './themes.js';

/** One element to photograph: its tag, its attributes, and the name its screenshots carry. */
export interface VisualCase {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
}

/** `none` is the built-in token defaults; the others are the files in `src/themes/`. */
export const NO_THEME = 'none';

/**
 * The themes to photograph: none, then every `src/themes/*.css` (listed when the test runs, so a
 * new theme file is photographed, and needs baselines, at once).
 */
export const THEMES: readonly string[] = [NO_THEME, ...themes];

export const LOCALES = ['en', 'ar'] as const;

/** A phone and a desktop: the viewport is as wide as the wrapper, so media queries match too. */
export const WIDTHS = [360, 1000] as const;

/**
 * The page a theme sits on. A theme whose text colour (`--asw-color-text`) is light is made for
 * dark pages (dark.css), so it is shown on one, with light page text; the rest on white.
 */
const DARK_PAGE = { background: '#121212', color: '#e8eaed' };
const LIGHT_PAGE = { background: '#ffffff', color: '#000000' };

/** The relative luminance (0–1) of the colour the theme gives `--asw-color-text`, if it sets one. */
function themeTextLuminance(): number | undefined {
  if (!getComputedStyle(document.documentElement).getPropertyValue('--asw-color-text').trim()) return undefined;
  const probe = document.createElement('span');
  probe.style.color = 'var(--asw-color-text)';
  document.body.append(probe);
  const [r, g, b] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
  probe.remove();
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const VIEWPORT_HEIGHT = 800;

/**
 * The plugin's browser side. Its types (0.10) re-export from `browser/commands.mjs`, for which
 * TypeScript finds no `.d.mts`, so the function is typed here as the package documents it.
 */
const { visualDiff } = visualRegression as unknown as {
  visualDiff(element: Node, name: string): Promise<void>;
};

const pageStyle = document.createElement('style');
pageStyle.textContent = `
  html, body { margin: 0; padding: 0; }
  /* No scrollbar eats into the width, whatever the height of the element. */
  html { scrollbar-width: none; }
  body {
    font-family: 'DejaVu Sans';
    font-size: 16px;
    line-height: normal;
    caret-color: transparent;
  }
  .visual-frame { box-sizing: border-box; margin: 0; padding: 0; }
`;
document.head.append(pageStyle);

let currentTheme = NO_THEME;
let currentLocale = '';
let currentWidth = 0;
let themeLink: HTMLLinkElement | undefined;

async function useTheme(theme: string): Promise<void> {
  if (theme === currentTheme && (theme === NO_THEME || themeLink)) return;
  themeLink?.remove();
  themeLink = undefined;
  if (theme !== NO_THEME) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/src/themes/${theme}.css`;
    const loaded = new Promise<void>((resolve, reject) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => reject(new Error(`could not load ${link.href}`)), { once: true });
    });
    document.head.append(link);
    await loaded;
    themeLink = link;
  }
  const page = (themeTextLuminance() ?? 0) > 0.5 ? DARK_PAGE : LIGHT_PAGE;
  document.documentElement.style.background = page.background;
  document.body.style.background = page.background;
  document.body.style.color = page.color;
  currentTheme = theme;
}

async function useLocale(locale: string): Promise<void> {
  if (locale === currentLocale) return;
  await setLocale(locale);
  currentLocale = locale;
}

async function useWidth(width: number): Promise<void> {
  if (width === currentWidth) return;
  await setViewport({ width, height: VIEWPORT_HEIGHT });
  currentWidth = width;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

/** Every Lit element at or under `root`, through shadow roots. */
function litElements(root: Element): Updatable[] {
  const found: Updatable[] = [];
  const visit = (element: Element) => {
    if ('updateComplete' in element) found.push(element as Updatable);
    const children = [...element.children, ...(element.shadowRoot ? [...element.shadowRoot.children] : [])];
    children.forEach(visit);
  };
  visit(root);
  return found;
}

/** Waits until `element` and everything inside it has rendered, measured itself and re-rendered. */
async function settle(element: Element): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await Promise.all(litElements(element).map((el) => el.updateComplete));
    await document.fonts.ready;
    // Two frames: ResizeObservers report, and elements that re-render from a measurement do so.
    await nextFrame();
    await nextFrame();
  }
  await Promise.all(litElements(element).map((el) => el.updateComplete));
}

let frame: HTMLElement | undefined;

/**
 * Call in `before()`: no motion, and a clean page. The baselines are Chromium's: every engine
 * draws text and antialiasing its own way, so a screenshot compares only with one from the same
 * engine, and Firefox and WebKit cannot turn motion off over their automation protocols (no media
 * emulation). What the screenshots would catch there (overflow, clipping, wrapping, reserved
 * heights) the layout tests check in every engine (tests/layout.test.ts).
 */
export async function setUpPage(this: Mocha.Context): Promise<void> {
  if (engine !== 'chromium') skipHere(this, 'screenshot baselines are Chromium\'s; layout is tested in every engine by tests/layout.test.ts');
  await emulateMedia(this, { reducedMotion: 'reduce', colorScheme: 'light' });
}

/** Call in `after()`: the page as the other tests expect it. */
export async function tearDownPage(): Promise<void> {
  frame?.remove();
  frame = undefined;
  themeLink?.remove();
  themeLink = undefined;
  currentTheme = NO_THEME;
  document.documentElement.style.background = '';
  document.body.removeAttribute('style');
  await setLocale(null);
  currentLocale = '';
  await setViewport({ width: 800, height: 600 });
  currentWidth = 0;
  await resetMedia();
}

/** The screenshot's name, e.g. `scar-types--dark--ar--360`. */
export function screenshotName(visual: VisualCase, theme: string, locale: string, width: number): string {
  return `${visual.name}--${theme}--${locale}--${width}`;
}

/** Renders `visual` under `theme`, `locale` and `width`, and compares it with its baseline. */
export async function shoot(visual: VisualCase, theme: string, locale: string, width: number): Promise<void> {
  await useTheme(theme);
  await useLocale(locale);
  await useWidth(width);

  frame?.remove();
  frame = document.createElement('div');
  frame.className = 'visual-frame';
  frame.style.width = `${width}px`;
  const element = document.createElement(visual.tag);
  for (const [name, value] of Object.entries(visual.attributes ?? {})) element.setAttribute(name, value);
  frame.append(element);
  document.body.append(frame);

  await settle(element);
  await visualDiff(element, screenshotName(visual, theme, locale, width));
}

/** Defines one test per theme × locale × width for each case. */
export function describeVisuals(title: string, cases: readonly VisualCase[]): void {
  describe(title, function () {
    this.timeout(30_000);
    before(setUpPage);
    after(async function () {
      if (engine === 'chromium') await tearDownPage();
    });
    for (const theme of THEMES) {
      for (const locale of LOCALES) {
        for (const width of WIDTHS) {
          for (const visual of cases) {
            const name = screenshotName(visual, theme, locale, width);
            it(name, async () => {
              await shoot(visual, theme, locale, width);
            });
          }
        }
      }
    }
  });
}
