/**
 * The library's classes and public API, with no side effects: importing this module defines no
 * element. Import `acne-scar-widgets/<tag>.js` to define one element, or load
 * `acne-scar-widgets.js` to define them all.
 */
export { MedReview } from './med-review/med-review.js';
export {
  PromoBanner,
  PROMO_PRESETS,
  PROMO_VARIANTS,
  PRICE_PERIODS,
  type PromoPreset,
  type PromoVariant,
  type PromoEventDetail,
  type PromoImpressionDetail,
  type PromoClickDetail,
  type PromoDismissDetail,
} from './promo-banner/promo-banner.js';
export {
  ScarTypes,
  type ScarType,
  type ScarTypesLayout,
  type ScarTypesTabChangeDetail,
} from './scar-types/scar-types.js';
export { MicroneedlingFacts } from './microneedling-facts/microneedling-facts.js';
export { MicroneedlingEvidence } from './microneedling-evidence/microneedling-evidence.js';
export {
  MicroneedlingCandidacy,
  CANDIDACY_CONDITIONS,
  type CandidacyCondition,
  type CandidacyChangeDetail,
} from './microneedling-candidacy/microneedling-candidacy.js';
export { ScarTreatments } from './scar-treatments/scar-treatments.js';
export { ScarPrevention } from './scar-prevention/scar-prevention.js';
export { MedDisclaimer } from './med-disclaimer/med-disclaimer.js';
export { AcneScarArticle } from './acne-scar-article/acne-scar-article.js';

export { WidgetElement } from './core/widget-element.js';
export { defineElement } from './core/define.js';
export {
  setLocale,
  getLocale,
  resolveLocale,
  registerLocale,
  translationReviewDate,
  missingMessages,
  localeDirection,
  LOCALES,
  SOURCE_LOCALE,
  PSEUDO_LOCALE,
  LOCALE_STATUS_EVENT,
  type LocaleCode,
  type LocaleMessages,
} from './core/locale.js';
export { VERSION } from './core/version.js';
export { articleStructuredData, type StructuredDataOptions } from './core/structured-data.js';
export { WIDGET_TAGS, type WidgetTag } from './core/tags.js';
