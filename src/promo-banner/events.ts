import type { PromoPreset } from './presets.js';

/** The banner's layouts. */
export const PROMO_VARIANTS = ['bar', 'card', 'inline'] as const;
export type PromoVariant = (typeof PROMO_VARIANTS)[number];

/** What every `promo-*` event tells the page about the banner. */
export interface PromoEventDetail {
  /** The banner's `promo-id`, else its `dismiss-key`, else the preset's name, else `"custom"`. */
  id: string;
  /** The preset shown, or `undefined` when the banner shows the site owner's own content. */
  preset: PromoPreset | undefined;
  /** The call to action's URL, campaign parameters included; `undefined` when there is no link. */
  href: string | undefined;
  variant: PromoVariant;
}

/** `promo-impression`: at least half the banner was on screen for a second. Fired once per banner. */
export type PromoImpressionDetail = PromoEventDetail;

/** `promo-click`: the reader activated the call to action. Cancel the event to stop the navigation. */
export interface PromoClickDetail extends PromoEventDetail {
  href: string;
}

/** `promo-dismiss`: the reader closed the banner. */
export interface PromoDismissDetail extends PromoEventDetail {
  /** The `dismiss-key` the dismissal is remembered under, if any. */
  dismissKey: string | undefined;
  /** For how many days the dismissal is remembered in storage; 0 when only for this page view. */
  days: number;
}
