// The demo's menus. Language changes <html lang>, which every widget follows; theme links one of
// the theme files and sets data-asw-theme on <html>, as a site would. `?lang=ar&theme=dark` in
// the address opens the page with those choices.
const params = new URLSearchParams(location.search);

/** Keeps a choice in the address, so a reload or a shared link shows the same page. */
function remember(name, value) {
  const address = new URL(location.href);
  address.searchParams.set(name, value);
  history.replaceState(null, '', address);
}

import { LOCALES } from '../dist/acne-scar-widgets.js';
import { localeName } from './locale-names.js';

const localeSwitcher = document.getElementById('locale-switcher');
// The menu lists the locales the build has, each named in its own language.
localeSwitcher.replaceChildren(...LOCALES.map((code) => new Option(localeName(code), code)));
const requestedLocale = params.get('lang');
if (requestedLocale) document.documentElement.lang = requestedLocale;
localeSwitcher.value = document.documentElement.lang;
localeSwitcher.addEventListener('change', () => {
  document.documentElement.lang = localeSwitcher.value;
  remember('lang', localeSwitcher.value);
});

// Each menu entry: the theme file it links and the data-asw-theme value it sets. "Follow system"
// is the default theme with data-asw-theme="auto", which follows prefers-color-scheme.
const THEMES = {
  default: { file: 'default', attribute: 'light' },
  dark: { file: 'dark', attribute: 'dark' },
  clinical: { file: 'clinical', attribute: 'clinical' },
  auto: { file: 'default', attribute: 'auto' },
};

const themeSwitcher = document.getElementById('theme-switcher');
const themeLink = document.getElementById('widget-theme');

function applyTheme(name) {
  const theme = THEMES[name] ?? THEMES.default;
  themeLink.href = new URL(`../dist/themes/${theme.file}.css`, import.meta.url).href;
  // demo.css reads the same attribute to colour the page itself.
  document.documentElement.dataset.aswTheme = theme.attribute;
  themeSwitcher.value = name in THEMES ? name : 'default';
}

applyTheme(params.get('theme') ?? 'default');
themeSwitcher.addEventListener('change', () => {
  applyTheme(themeSwitcher.value);
  remember('theme', themeSwitcher.value);
});
