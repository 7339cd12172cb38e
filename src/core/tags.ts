/**
 * Every element of the library, in the article's order (the order a reader meets them in), the
 * whole article last. One list for the code, the scripts and the tests that need them all.
 */
export const WIDGET_TAGS = [
  'med-review',
  'promo-banner',
  'scar-types',
  'microneedling-facts',
  'microneedling-evidence',
  'microneedling-candidacy',
  'scar-treatments',
  'scar-prevention',
  'med-disclaimer',
  'acne-scar-article',
] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];
