/** Screenshots of the small blocks: the byline, the offers and the disclaimer. */
import '../../src/define/med-review.js';
import '../../src/define/promo-banner.js';
import '../../src/define/med-disclaimer.js';
import { describeVisuals } from './harness.js';

describeVisuals('visual: byline, offers, disclaimer', [
  {
    name: 'med-review',
    tag: 'med-review',
    attributes: { reviewer: 'Kristin Hall', 'reviewer-credentials': 'FNP', author: 'Our Editorial Team', updated: '2021-03-11' },
  },
  // No starts/ends/countdown: nothing on screen depends on today's date.
  {
    name: 'promo-banner-new-customer',
    tag: 'promo-banner',
    attributes: { preset: 'new-customer', href: 'https://example.com/start', dismissible: '' },
  },
  {
    name: 'promo-banner-adult-acne-inline',
    tag: 'promo-banner',
    attributes: { preset: 'adult-acne', variant: 'inline', href: 'https://example.com/cream' },
  },
  {
    name: 'med-disclaimer',
    tag: 'med-disclaimer',
    attributes: { 'editorial-href': 'https://example.com/editorial-standards' },
  },
]);
