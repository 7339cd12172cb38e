/**
 * The names of the theme files in src/themes/ (without `.css`), sorted. The module is made by the
 * test runner's `visual-theme-list` plugin (web-test-runner.config.mjs); there is no themes.js file.
 */
export declare const themes: readonly string[];
