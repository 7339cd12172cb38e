import { expect } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  AcneScarArticle,
  MedReview,
  MicroneedlingCandidacy,
  PromoBanner,
  ScarTypes,
} from '../../src/react/index.js';
import { MedReview as MedReviewElement } from '../../src/med-review/med-review.js';
import type { PromoClickDetail } from '../../src/promo-banner/promo-banner.js';
import type { CandidacyChangeDetail } from '../../src/microneedling-candidacy/microneedling-candidacy.js';
import { setLocale } from '../../src/core/locale.js';
// Nothing here defines an element: the wrappers must do it.
import { captureWarnings, part } from '../support/console.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const h = React.createElement;
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees: the text without its screen-reader-only pieces. */
function seenText(element: Element | null) {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy ?? null).replace(/[\u00a0\u202f]/g, ' ');
}

/** A React root in a fresh container; `render` commits synchronously and waits for the element. */
function reactApp() {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  return {
    container,
    async render<Element extends Widget>(tree: React.ReactNode, tag: string): Promise<Element> {
      flushSync(() => root.render(tree));
      const element = container.querySelector<Element>(tag)!;
      await element.updateComplete;
      return element;
    },
    unmount() {
      flushSync(() => root.unmount());
      container.remove();
    },
  };
}

/** Every event a listener on `element` hears, by type (`event.detail`). */
function heard<Detail>() {
  const details: Detail[] = [];
  const handler = (event: CustomEvent<Detail>) => {
    details.push(event.detail);
    // The test page must not follow an offer's link.
    event.preventDefault();
  };
  return { details, handler };
}

describe('React wrappers (acne-scar-widgets/react)', () => {
  let app: ReturnType<typeof reactApp>;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    app = reactApp();
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    app.unmount();
    await setLocale(null);
  });

  it('defines the elements when imported', () => {
    expect(customElements.get('med-review')).to.equal(MedReviewElement);
    for (const tag of ['promo-banner', 'microneedling-candidacy', 'acne-scar-article', 'scar-types']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('shows the byline from string props, and updates it when the props change', async () => {
    const byline = (reviewer: string, lastUpdated: string) =>
      h(MedReview, { reviewer, reviewerCredentials: 'FNP', author: 'Our Editorial Team', lastUpdated });
    const el = await app.render(byline('Kristin Hall', '2021-03-11'), 'med-review');
    expect(text(part(el, 'reviewer'))).to.equal('Medically reviewed by Kristin Hall, FNP');
    expect(text(part(el, 'author'))).to.equal('Written by Our Editorial Team');
    expect(text(part(el, 'updated'))).to.equal('Last updated March 11, 2021');

    const again = await app.render(byline('Jane Doe', '2022-01-05'), 'med-review');
    expect(again, 'the same element, updated in place').to.equal(el);
    expect(text(part(el, 'reviewer'))).to.equal('Medically reviewed by Jane Doe, FNP');
    expect(text(part(el, 'updated'))).to.equal('Last updated January 5, 2022');
    expect(warnings.messages()).to.be.empty;
  });

  it('passes boolean and numeric props, and className as the class', async () => {
    const offer = (dismissible: boolean) =>
      h(PromoBanner, {
        href: '/start',
        dismissible,
        priceAmount: '15',
        pricePeriod: 'month',
        headline: 'An offer',
        className: 'featured',
      });
    const el = await app.render(offer(true), 'promo-banner');
    expect(el.classList.contains('featured')).to.be.true;
    expect(part(el, 'dismiss'), 'dismissible={true} adds the close button').to.exist;
    expect(seenText(part(el, 'price'))).to.equal('$15/mo');

    await app.render(offer(false), 'promo-banner');
    expect(part(el, 'dismiss'), 'dismissible={false} takes it away').to.be.null;
  });

  it('calls onPromoClick with the offer and its link', async () => {
    const clicks = heard<PromoClickDetail>();
    const el = await app.render(
      h(PromoBanner, { preset: 'new-customer', href: 'https://example.com/start', promoId: 'top', onPromoClick: clicks.handler }),
      'promo-banner',
    );
    part(el, 'cta')!.click();
    expect(clicks.details).to.deep.equal([
      { id: 'top', preset: 'new-customer', href: 'https://example.com/start', variant: 'bar', opens: 'this-tab', input: 'pointer' },
    ]);
  });

  it('calls onCandidacyChange with the ticked conditions', async () => {
    const changes = heard<CandidacyChangeDetail>();
    const el = await app.render(h(MicroneedlingCandidacy, { onCandidacyChange: changes.handler }), 'microneedling-candidacy');
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.click();
    expect(changes.details).to.have.length(1);
    expect(changes.details[0].conditions).to.deep.equal(['active-acne']);
    expect(changes.details[0].mayNotBeCandidate).to.be.true;
  });

  it('hears the article\'s offers and self-check through onPromoClick and onCandidacyChange on AcneScarArticle', async () => {
    const clicks = heard<PromoClickDetail>();
    const changes = heard<CandidacyChangeDetail>();
    const el = await app.render(
      h(AcneScarArticle, { promoHref: 'https://example.com/start', onPromoClick: clicks.handler, onCandidacyChange: changes.handler }),
      'acne-scar-article',
    );
    const blocks = [...el.shadowRoot!.querySelectorAll<Widget>('[part~="section"]')];
    await Promise.all(blocks.map((block) => block.updateComplete));
    const [firstOffer] = blocks.filter((block) => block.localName === 'promo-banner');
    part(firstOffer, 'cta')!.click();
    expect(clicks.details).to.deep.equal([
      { id: 'new-customer', preset: 'new-customer', href: 'https://example.com/start', variant: 'bar', opens: 'this-tab', input: 'pointer' },
    ]);
    const check = blocks.find((block) => block.localName === 'microneedling-candidacy')!;
    check.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.click();
    expect(changes.details.map((detail) => detail.conditions)).to.deep.equal([['active-acne']]);
  });

  it('calls the handler of the latest render only', async () => {
    const first = heard<PromoClickDetail>();
    const second = heard<PromoClickDetail>();
    const offer = (onPromoClick: (event: CustomEvent<PromoClickDetail>) => void) =>
      h(PromoBanner, { preset: 'adult-acne', href: '/start', onPromoClick });
    const el = await app.render(offer(first.handler), 'promo-banner');
    await app.render(offer(second.handler), 'promo-banner');
    part(el, 'cta')!.click();
    expect(first.details).to.be.empty;
    expect(second.details).to.have.length(1);
  });

  it('stops calling a handler once its prop is removed', async () => {
    const clicks = heard<PromoClickDetail>();
    const el = await app.render(h(PromoBanner, { href: '/start', preset: 'adult-acne', onPromoClick: clicks.handler }), 'promo-banner');
    await app.render(h(PromoBanner, { href: '/start', preset: 'adult-acne' }), 'promo-banner');
    el.dispatchEvent(new CustomEvent('promo-click', { detail: {}, cancelable: true }));
    expect(clicks.details).to.be.empty;
  });

  it('removes the element on unmount, and calls no handler after', async () => {
    const clicks = heard<PromoClickDetail>();
    const el = await app.render(h(PromoBanner, { href: '/start', preset: 'adult-acne', onPromoClick: clicks.handler }), 'promo-banner');
    el.dispatchEvent(new CustomEvent('promo-click', { detail: {}, cancelable: true }));
    expect(clicks.details, 'heard while mounted').to.have.length(1);

    app.unmount();
    expect(el.isConnected).to.be.false;
    expect(app.container.querySelector('promo-banner')).to.be.null;
    el.dispatchEvent(new CustomEvent('promo-click', { detail: {}, cancelable: true }));
    expect(clicks.details, 'nothing after unmount').to.have.length(1);
  });

  it('warns about a prop value the element cannot use, and falls back, as for the attribute', async () => {
    const el = await app.render(h(PromoBanner, { href: '/start', preset: 'adult-acne', variant: 'banner' }), 'promo-banner');
    expect(part(el, 'base')).to.exist;
    expect(warnings.messages().some((message) => message.startsWith('<promo-banner> variant="banner"'))).to.be.true;
  });

  it('takes a heading level as a number (headingLevel={3}), reflected to the attribute, without a warning', async () => {
    const el = await app.render(h(ScarTypes, { headingLevel: 3 }), 'scar-types');
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('shows the whole article, with its title and every block\'s heading one level below', async () => {
    const el = await app.render(h(AcneScarArticle, { headingLevel: '1', promoHref: 'https://example.com/start' }), 'acne-scar-article');
    const blocks = [...el.shadowRoot!.querySelectorAll<Widget>('[part~="section"]')];
    await Promise.all(blocks.map((block) => block.updateComplete));

    const title = part(el, 'heading')!;
    expect(title.localName).to.equal('h1');
    expect(text(title)).to.equal('Does Microneedling Work to Reduce Acne Scars?');
    const headings = blocks
      .map((block) => part(block, 'heading'))
      .filter((heading): heading is HTMLElement => heading !== null);
    expect(headings.map((heading) => heading.localName)).to.deep.equal(headings.map(() => 'h2'));
    expect(headings.map(text)).to.deep.equal([
      'What Causes Acne Scars?',
      'What Exactly is Microneedling?',
      'Does Microneedling Work for Acne Scars?',
      'Is microneedling safe?',
      'Other options for reducing acne scars',
      'Preventing acne scars',
    ]);
    expect(blocks.filter((block) => block.localName === 'promo-banner')).to.have.length(3);
    expect(text(part(blocks.find((block) => block.localName === 'med-review')!, 'reviewer'))).to.equal(
      'Medically reviewed by Kristin Hall, FNP',
    );
    expect(warnings.messages()).to.be.empty;
  });
});

describe('The tags themselves in React 19 (acne-scar-widgets/jsx/react)', () => {
  let app: ReturnType<typeof reactApp>;
  beforeEach(() => {
    app = reactApp();
  });
  afterEach(() => app.unmount());

  it('takes attributes, properties and on<event> props as the JSX typings describe them', async () => {
    const clicks = heard<PromoClickDetail>();
    const offer = await app.render(
      h('promo-banner', {
        preset: 'customized-treatment',
        variant: 'card',
        href: '/start',
        'utm-source': 'react-app',
        class: 'featured',
        'onpromo-click': clicks.handler,
      }),
      'promo-banner',
    );
    expect(offer.classList.contains('featured')).to.be.true;
    expect(offer.getAttribute('variant')).to.equal('card');
    part(offer, 'cta')!.click();
    expect(clicks.details).to.have.length(1);
    expect(clicks.details[0].href).to.equal(new URL('/start?utm_source=react-app', location.href).href);
  });

  it('sets the byline\'s date through lastUpdated, the prop the typings give for the updated attribute', async () => {
    const byline = await app.render(h('med-review', { reviewer: 'Kristin Hall', lastUpdated: '2021-03-11' }), 'med-review');
    expect(text(part(byline, 'updated'))).to.equal('Last updated March 11, 2021');
  });
});
