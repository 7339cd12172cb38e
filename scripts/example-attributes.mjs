/**
 * Each element with the attributes of the docs' examples: what the paste-ready HTML is rendered
 * with (scripts/paste-ready.mjs) and what the benchmark's pages show (bench/pages.mjs). Links point
 * at `example.com`, for a site owner to replace.
 */
export const EXAMPLE_ATTRIBUTES = {
  'med-review': { reviewer: 'Kristin Hall', 'reviewer-credentials': 'FNP', author: 'Our Editorial Team', updated: '2021-03-11' },
  'promo-banner': { preset: 'new-customer', href: 'https://example.com/start' },
  'scar-types': { 'heading-level': '2' },
  'microneedling-facts': { 'heading-level': '2' },
  'microneedling-evidence': { 'heading-level': '2' },
  'microneedling-candidacy': { 'heading-level': '2' },
  'scar-treatments': { 'heading-level': '2' },
  'scar-prevention': { 'heading-level': '2' },
  'med-disclaimer': { 'editorial-href': 'https://example.com/editorial-standards' },
  'acne-scar-article': { 'heading-level': '1', 'promo-href': 'https://example.com/start', 'editorial-href': 'https://example.com/editorial-standards' },
};
