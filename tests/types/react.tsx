/**
 * Compile-time checks of the React typings (`npm run typecheck`): the tags in React's JSX
 * (acne-scar-widgets/jsx/react) and the wrappers (acne-scar-widgets/react). Every
 * `@ts-expect-error` line must be an error, or the typecheck fails.
 */
import type {} from '../../src/jsx/react.js';
import { useRef } from 'react';
import { AcneScarArticle, MedReview, MicroneedlingCandidacy, PromoBanner, ScarTypes } from '../../src/react/index.js';
import type { PromoBanner as PromoBannerElement } from '../../src/promo-banner/promo-banner.js';

export function TagsInJsx() {
  const banner = useRef<PromoBannerElement>(null);
  return (
    <div>
      <med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Our Editorial Team" lastUpdated="2021-03-11" />
      <promo-banner
        ref={banner}
        preset="new-customer"
        variant="card"
        price-period="month"
        href="/start"
        dismissible
        className="featured"
        class="featured"
        slot="offers"
        onpromo-click={(event) => event.detail.href.toUpperCase()}
        onpromo-dismiss={(event) => event.detail.days.toFixed()}
      >
        <span slot="headline">A headline of our own</span>
      </promo-banner>
      <scar-types layout="tabs" heading-level="3" onscar-types-tab-change={(event) => event.detail.type} />
      <microneedling-candidacy oncandidacy-change={(event) => event.detail.conditions.includes('anticoagulants')} />
      <acne-scar-article heading-level="1" hide-promos promo-href="/start" editorial-href="/standards" />
      {/* @ts-expect-error: not one of the banner's layouts */}
      <promo-banner variant="banner" />
      {/* @ts-expect-error: not one of the article's offers */}
      <promo-banner preset="black-friday" />
      {/* @ts-expect-error: not a price period */}
      <promo-banner price-period="monthly" />
      {/* @ts-expect-error: no such attribute (a misspelt reviewer) */}
      <med-review reviwer="Kristin Hall" />
      {/* @ts-expect-error: React would overwrite Lit's updated() method: the typings ask for lastUpdated */}
      <med-review updated="2021-03-11" />
      {/* @ts-expect-error: a boolean attribute takes true or false */}
      <promo-banner dismissible="yes" />
      {/* @ts-expect-error: a promo-click's detail has no price */}
      <promo-banner onpromo-click={(event) => event.detail.price} />
      {/* @ts-expect-error: not an element of this library, nor of HTML */}
      <promo-banners />
    </div>
  );
}

export function Wrappers() {
  const banner = useRef<PromoBannerElement>(null);
  return (
    <>
      <MedReview reviewer="Kristin Hall" reviewerCredentials="FNP" lastUpdated="2021-03-11" />
      <PromoBanner
        ref={banner}
        preset="adult-acne"
        href="/start"
        dismissible
        className="featured"
        onPromoClick={(event) => event.detail.href.toUpperCase()}
        onPromoImpression={(event) => event.detail.variant}
        onPromoDismiss={(event) => event.detail.dismissKey}
      />
      <ScarTypes onScarTypesTabChange={(event) => event.detail.type} />
      <MicroneedlingCandidacy onCandidacyChange={(event) => event.detail.mayNotBeCandidate} />
      <AcneScarArticle headingLevel="1" hidePromos promoHref="/start" />
      <ScarTypes headingLevel={3} />
      {/* @ts-expect-error: a heading level is 1 to 6 */}
      <ScarTypes headingLevel={7} />
      {/* @ts-expect-error: a heading level is a number or its text, not any string */}
      <ScarTypes headingLevel="banana" />
      <scar-types heading-level={3} />
      {/* @ts-expect-error: not a heading level */}
      <scar-types heading-level="banana" />
      {/* @ts-expect-error: a boolean property takes true or false */}
      <PromoBanner dismissible="yes" />
      {/* @ts-expect-error: a promo-click's detail has no price */}
      <PromoBanner onPromoClick={(event) => event.detail.price} />
      {/* @ts-expect-error: no such property (a misspelt reviewer) */}
      <MedReview reviwer="Kristin Hall" />
      {/* @ts-expect-error: the byline fires no promo-click */}
      <MedReview onPromoClick={() => undefined} />
    </>
  );
}
