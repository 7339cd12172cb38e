// Locale names for the demo's menus, shared by demo.js and api.js.
import { PSEUDO_LOCALE } from '../dist/acne-scar-widgets.js';

/** A locale's name in its own language ("Español", "Deutsch"), or its code where the browser has none. */
export function localeName(code) {
  if (code === PSEUDO_LOCALE) return `Pseudo-locale (${code})`;
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    // A browser without Intl.DisplayNames shows the code.
  }
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
