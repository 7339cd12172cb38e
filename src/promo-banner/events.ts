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

/**
 * `promo-impression`: a reader could see the banner for a second (half of it on screen, drawn at
 * half its size or more, not at opacity 0 or visibility hidden, the page visible). Once per banner.
 */
export type PromoImpressionDetail = PromoEventDetail;

/**
 * Where a followed link opens, as browsers do by default: a middle click, or a click with Ctrl
 * (⌘ on a Mac), opens a new tab; a click with Shift, a new window; any other click or Enter, this tab.
 */
export type PromoLinkTarget = 'this-tab' | 'new-tab' | 'new-window';

/**
 * `promo-click`: the reader followed the call to action, by any of the ways a link is followed: a
 * click, a middle click, a click with a modifier key, or Enter. Cancel the event to stop the
 * navigation (a browser's own menu, "Open link in new tab", and dragging the link away cannot be
 * seen or stopped by a page).
 */
export interface PromoClickDetail extends PromoEventDetail {
  href: string;
  /** Where the browser opens the link unless the event is cancelled. */
  opens: PromoLinkTarget;
  /** Whether the reader used the keyboard (Enter) or a pointer (a mouse, a finger, a pen). */
  input: 'keyboard' | 'pointer';
}

/** `promo-dismiss`: the reader closed the banner. */
export interface PromoDismissDetail extends PromoEventDetail {
  /** The `dismiss-key` the dismissal is remembered under, if any. */
  dismissKey: string | undefined;
  /** For how many days the dismissal is remembered in storage; 0 when only for this page view. */
  days: number;
}
