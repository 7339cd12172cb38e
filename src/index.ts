/**
 * The library's classes and public API, with no side effects: importing this module defines no
 * element. Import `acne-scar-widgets/<tag>.js` to define one element, or load
 * `acne-scar-widgets.js` to define them all.
 */
export { MedReview } from './med-review/med-review.js';
export { MedDisclaimer } from './med-disclaimer/med-disclaimer.js';

export { WidgetElement } from './core/widget-element.js';
export { defineElement } from './core/define.js';
export {
  setLocale,
  getLocale,
  resolveLocale,
  LOCALES,
  SOURCE_LOCALE,
  LOCALE_STATUS_EVENT,
  type LocaleCode,
} from './core/locale.js';
export { VERSION } from './core/version.js';
