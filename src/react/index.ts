/**
 * React components for every element, made with @lit/react: props set the element's properties,
 * `on…` props listen for its events (`onPromoClick`), and importing this module defines the elements.
 *
 * Generated from custom-elements.json by scripts/framework-bindings.mjs (npm run build): edit the
 * elements' JSDoc, not this file.
 */
import * as React from 'react';
import type { EventName } from '@lit/react';
import { createWidgetComponent } from './create-widget-component.js';
import { AcneScarArticle as AcneScarArticleElement } from '../define/acne-scar-article.js';
import { MedDisclaimer as MedDisclaimerElement } from '../define/med-disclaimer.js';
import { MedReview as MedReviewElement } from '../define/med-review.js';
import { MicroneedlingCandidacy as MicroneedlingCandidacyElement } from '../define/microneedling-candidacy.js';
import { MicroneedlingEvidence as MicroneedlingEvidenceElement } from '../define/microneedling-evidence.js';
import { MicroneedlingFacts as MicroneedlingFactsElement } from '../define/microneedling-facts.js';
import { PromoBanner as PromoBannerElement } from '../define/promo-banner.js';
import { ScarPrevention as ScarPreventionElement } from '../define/scar-prevention.js';
import { ScarTreatments as ScarTreatmentsElement } from '../define/scar-treatments.js';
import { ScarTypes as ScarTypesElement } from '../define/scar-types.js';

/** `<acne-scar-article>`: The whole article, composed from every element in the article's order. */
export const AcneScarArticle = createWidgetComponent({
  tagName: 'acne-scar-article',
  elementClass: AcneScarArticleElement,
  react: React,
  events: {
    onPromoImpression: 'promo-impression' as EventName<HTMLElementEventMap['promo-impression']>,
    onPromoClick: 'promo-click' as EventName<HTMLElementEventMap['promo-click']>,
    onScarTypesTabChange: 'scar-types-tab-change' as EventName<HTMLElementEventMap['scar-types-tab-change']>,
    onCandidacyChange: 'candidacy-change' as EventName<HTMLElementEventMap['candidacy-change']>,
  },
  displayName: 'AcneScarArticle',
});

/** `<med-disclaimer>`: The medical disclaimer, with an optional link to the editorial standards. */
export const MedDisclaimer = createWidgetComponent({
  tagName: 'med-disclaimer',
  elementClass: MedDisclaimerElement,
  react: React,
  displayName: 'MedDisclaimer',
});

/** `<med-review>`: Byline of a medically reviewed article: reviewer, author, last update and next review. */
export const MedReview = createWidgetComponent({
  tagName: 'med-review',
  elementClass: MedReviewElement,
  react: React,
  displayName: 'MedReview',
});

/** `<microneedling-candidacy>`: Advantages, who may not be a good candidate, side effects, and a self-check. */
export const MicroneedlingCandidacy = createWidgetComponent({
  tagName: 'microneedling-candidacy',
  elementClass: MicroneedlingCandidacyElement,
  react: React,
  events: {
    onCandidacyChange: 'candidacy-change' as EventName<HTMLElementEventMap['candidacy-change']>,
  },
  displayName: 'MicroneedlingCandidacy',
});

/** `<microneedling-evidence>`: What the studies found about microneedling for acne scars, with a figure of the numbers. */
export const MicroneedlingEvidence = createWidgetComponent({
  tagName: 'microneedling-evidence',
  elementClass: MicroneedlingEvidenceElement,
  react: React,
  displayName: 'MicroneedlingEvidence',
});

/** `<microneedling-facts>`: What microneedling is: the roller and needle sizes, skin layers, healing, aftercare and results. */
export const MicroneedlingFacts = createWidgetComponent({
  tagName: 'microneedling-facts',
  elementClass: MicroneedlingFactsElement,
  react: React,
  displayName: 'MicroneedlingFacts',
});

/** `<promo-banner>`: An offer, marked as an advertisement, with a safe tracked link, dismissal and scheduling. */
export const PromoBanner = createWidgetComponent({
  tagName: 'promo-banner',
  elementClass: PromoBannerElement,
  react: React,
  events: {
    onPromoImpression: 'promo-impression' as EventName<HTMLElementEventMap['promo-impression']>,
    onPromoClick: 'promo-click' as EventName<HTMLElementEventMap['promo-click']>,
    onPromoDismiss: 'promo-dismiss' as EventName<HTMLElementEventMap['promo-dismiss']>,
  },
  displayName: 'PromoBanner',
});

/** `<scar-prevention>`: The four tips for preventing acne scars. */
export const ScarPrevention = createWidgetComponent({
  tagName: 'scar-prevention',
  elementClass: ScarPreventionElement,
  react: React,
  displayName: 'ScarPrevention',
});

/** `<scar-treatments>`: Other options for reducing acne scars, as comparable cards. */
export const ScarTreatments = createWidgetComponent({
  tagName: 'scar-treatments',
  elementClass: ScarTreatmentsElement,
  react: React,
  displayName: 'ScarTreatments',
});

/** `<scar-types>`: What causes acne scars, and atrophic vs hypertrophic scars compared. */
export const ScarTypes = createWidgetComponent({
  tagName: 'scar-types',
  elementClass: ScarTypesElement,
  react: React,
  events: {
    onScarTypesTabChange: 'scar-types-tab-change' as EventName<HTMLElementEventMap['scar-types-tab-change']>,
  },
  displayName: 'ScarTypes',
});
