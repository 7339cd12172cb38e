/** @jsxImportSource preact */
/**
 * Compile-time checks of the Preact typings (acne-scar-widgets/jsx/preact), against the stand-in
 * for Preact's types in ./preact/ (`npm run typecheck`). Every `@ts-expect-error` line must be an
 * error, or the typecheck fails.
 */
import type {} from '../../src/jsx/preact.js';
import type { PromoBanner } from '../../src/promo-banner/promo-banner.js';

const banner: { current: PromoBanner | null } = { current: null };

export const tags = (
  <div>
    <med-review reviewer="Kristin Hall" reviewer-credentials="FNP" lastUpdated="2021-03-11" />
    <promo-banner
      ref={banner}
      preset="customized-treatment"
      variant="inline"
      class="featured"
      dismissible
      onpromo-click={(event) => event.detail.href.toUpperCase()}
    >
      <span slot="headline">A headline of our own</span>
    </promo-banner>
    <microneedling-candidacy oncandidacy-change={(event) => event.detail.conditions} />
    {/* @ts-expect-error: not one of the banner's layouts */}
    <promo-banner variant="banner" />
    {/* @ts-expect-error: no such attribute (a misspelt reviewer) */}
    <med-review reviwer="Kristin Hall" />
    {/* @ts-expect-error: Preact would overwrite Lit's updated() method: the typings ask for lastUpdated */}
    <med-review updated="2021-03-11" />
    {/* @ts-expect-error: a candidacy-change's detail has no href */}
    <microneedling-candidacy oncandidacy-change={(event) => event.detail.href} />
  </div>
);
