/**
 * Where the translation files are: the `locales/` folder beside this module. This module sits at
 * the root of `src/` so that the same URL holds for the sources, for the per-module build in
 * `dist/`, and for the one-file bundle `dist/acne-scar-widgets.js` (whose `import.meta.url` is the
 * bundle's own), wherever a site serves them from.
 */
export const localeFilesUrl = (): URL => new URL('./locales/', import.meta.url);
