/**
 * Compile-time checks of the tag and event maps every element module declares (`npm run
 * typecheck`): querying a tag gives its class, and its events their detail.
 */
import type {} from '../../src/index.js';

export function listen() {
  const banner = document.querySelector('promo-banner')!;
  banner.variant = 'card';
  banner.addEventListener('promo-click', (event) => event.detail.href.toUpperCase());
  banner.addEventListener('promo-dismiss', (event) => event.detail.days.toFixed());
  document.createElement('microneedling-candidacy').addEventListener('candidacy-change', (event) => event.detail.conditions);
  document.querySelector('scar-types')?.addEventListener('scar-types-tab-change', (event) => event.detail.type);
  document.querySelector('med-review')!.lastUpdated = '2021-03-11';
  // @ts-expect-error: a promo-click's detail has no price
  banner.addEventListener('promo-click', (event) => event.detail.price);
  // @ts-expect-error: the byline has no such property
  document.querySelector('med-review')!.reviwer = 'Kristin Hall';
  const tags: Array<keyof HTMLElementTagNameMap> = [
    'med-review', 'promo-banner', 'scar-types', 'microneedling-facts', 'microneedling-evidence',
    'microneedling-candidacy', 'scar-treatments', 'scar-prevention', 'med-disclaimer', 'acne-scar-article',
  ];
  return tags;
}
