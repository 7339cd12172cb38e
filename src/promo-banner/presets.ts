import { msg, str } from '@lit/localize';
import { MARKUP_PLACEHOLDER } from '../core/sentence.js';
import type { Price } from './price.js';

/**
 * The article's three offers, in article order. Their words are the article's own; the only
 * additions are the price written from data and, for the two offers that have no call to action
 * in the article, a neutral "Learn more" shown only when there is a link.
 */
export const PROMO_PRESETS = ['new-customer', 'adult-acne', 'customized-treatment'] as const;
export type PromoPreset = (typeof PROMO_PRESETS)[number];

/** What a banner says. Every field is optional: a banner shows what it has. */
export interface PromoContent {
  /** The headline. It may hold `MARKUP_PLACEHOLDER` where the formatted price goes. */
  headline?: string;
  body?: string;
  price?: Price;
  /** The call to action's label; without one, `neutralCtaLabel()` is used when there is a link. */
  ctaLabel?: string;
}

/** The content of a preset, in the active locale (call it at render time). */
export function presetContent(preset: PromoPreset): PromoContent {
  switch (preset) {
    case 'new-customer': {
      const price = MARKUP_PLACEHOLDER;
      return {
        headline: msg(str`Limited time only: ${price} new customer offer`, {
          desc: 'Headline of the new customer offer. The placeholder is the monthly price, already formatted, e.g. "$15/mo".',
        }),
        price: { amount: 15, currency: 'USD', period: 'month' },
        ctaLabel: msg('Get started', {
          id: 'promo-banner.get-started',
          desc: 'Call-to-action link of the new customer offer.',
        }),
      };
    }
    case 'adult-acne':
      return {
        headline: msg('adult acne is cancelled', {
          desc: 'Headline of an offer for an acne cream. Lower case as in the original ad; playful tone.',
        }),
        body: msg('put acne in its place with a prescription-strength cream', {
          desc: 'Text under the headline "adult acne is cancelled". Lower case as in the original ad.',
        }),
      };
    case 'customized-treatment':
      return {
        headline: msg('customized acne treatment', {
          desc: 'Headline of an offer for a personalised acne treatment. Lower case as in the original ad.',
        }),
        body: msg('clear skin or your money back', {
          desc: 'Text under the headline "customized acne treatment": a money-back guarantee. Lower case as in the original ad.',
        }),
      };
  }
}

/** The call to action's label when the content has none and the banner has a link. */
export function neutralCtaLabel(): string {
  return msg('Learn more', {
    id: 'promo-banner.learn-more',
    desc: 'Call-to-action link of an offer that names no action of its own.',
  });
}
