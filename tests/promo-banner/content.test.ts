import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/core/locale.js';
import { warningsOfEachTest } from '../support/console.js';
import { banner, html, part, seenText, spokenText, labelledByName } from './support.js';

describe('<promo-banner> content', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('shows the article\'s first offer when it has nothing but a link', async () => {
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('Limited time only: $15/mo new customer offer');
    expect(seenText(part(el, 'cta'))).to.equal('Get started');
    expect(part(el, 'body')!.hidden).to.be.true;
    expect(warnings.messages()).to.be.empty;
  });

  it('shows the new customer offer with its price written by Intl from data', async () => {
    const el = await banner(html`<promo-banner preset="new-customer" href="/start"></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('Limited time only: $15/mo new customer offer');
    expect(seenText(part(el, 'price'))).to.equal('$15/mo');
    expect(spokenText(part(el, 'headline'))).to.equal('Limited time only: $15 per month new customer offer');
    expect(seenText(part(el, 'cta'))).to.equal('Get started');
  });

  it('shows the "adult acne is cancelled" offer in the article\'s words', async () => {
    const el = await banner(html`<promo-banner preset="adult-acne" href="/cream"></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('adult acne is cancelled');
    expect(seenText(part(el, 'body'))).to.equal('put acne in its place with a prescription-strength cream');
    expect(part(el, 'price')).to.be.null;
    expect(seenText(part(el, 'cta'))).to.equal('Learn more');
  });

  it('shows the "customized acne treatment" offer in the article\'s words', async () => {
    const el = await banner(html`<promo-banner preset="customized-treatment" href="/treatment"></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('customized acne treatment');
    expect(seenText(part(el, 'body'))).to.equal('clear skin or your money back');
    expect(part(el, 'price')).to.be.null;
    expect(seenText(part(el, 'cta'))).to.equal('Learn more');
  });

  it('gives the offers without a call to action none when there is no link, and does not warn', async () => {
    for (const preset of ['adult-acne', 'customized-treatment']) {
      const el = await banner(html`<promo-banner preset=${preset}></promo-banner>`);
      expect(part(el, 'cta'), preset).to.be.null;
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      expect(seenText(part(el, 'base'))).not.to.contain('Learn more');
    }
    expect(warnings.messages()).to.be.empty;
  });

  it('shows the site owner\'s own headline, body, price and call to action', async () => {
    const el = await banner(html`<promo-banner
      headline="Spring skin check"
      body="Book a visit with a dermatologist."
      price-amount="49"
      price-currency="EUR"
      price-period="year"
      cta-label="Book now"
      href="/book"
    ></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('Spring skin check');
    expect(seenText(part(el, 'body'))).to.equal('Book a visit with a dermatologist.');
    expect(seenText(part(el, 'price'))).to.equal('€49/yr');
    expect(spokenText(part(el, 'price'))).to.equal('€49 per year');
    expect(seenText(part(el, 'cta'))).to.equal('Book now');
    expect(seenText(part(el, 'base'))).not.to.contain('new customer');
  });

  it('shows slotted headline and body instead of the first offer', async () => {
    const el = await banner(html`<promo-banner href="/x"
      ><strong slot="headline">Own <em>headline</em></strong><span slot="body">Own body</span></promo-banner
    >`);
    const headlineSlot = part(el, 'headline')!.querySelector('slot')!;
    const bodySlot = part(el, 'body')!.querySelector('slot')!;
    expect(headlineSlot.assignedElements()[0].textContent).to.equal('Own headline');
    expect(bodySlot.assignedElements()[0].textContent).to.equal('Own body');
    expect(part(el, 'headline')!.hidden).to.be.false;
    expect(part(el, 'price')).to.be.null;
    expect(seenText(part(el, 'cta'))).to.equal('Learn more');
  });

  it('lets attributes replace a preset\'s pieces', async () => {
    const el = await banner(html`<promo-banner preset="adult-acne" cta-label="See the cream" href="/cream"></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('adult acne is cancelled');
    expect(seenText(part(el, 'cta'))).to.equal('See the cream');
  });

  for (const [period, shown, spoken] of [
    ['month', '$9.99/mo', '$9.99 per month'],
    ['year', '$9.99/yr', '$9.99 per year'],
    ['week', '$9.99/wk', '$9.99 per week'],
    ['day', '$9.99/day', '$9.99 per day'],
    ['once', '$9.99', '$9.99'],
  ]) {
    it(`writes a price paid per ${period} as "${shown}"`, async () => {
      const el = await banner(html`<promo-banner headline="Offer" price-amount="9.99" price-period=${period}></promo-banner>`);
      expect(seenText(part(el, 'price'))).to.equal(shown);
      expect(spokenText(part(el, 'price'))).to.equal(spoken);
    });
  }

  it('shows the amount alone, in US dollars, when no currency or period is given', async () => {
    const el = await banner(html`<promo-banner headline="Offer" price-amount="20"></promo-banner>`);
    expect(seenText(part(el, 'price'))).to.equal('$20');
  });

  it('writes the price in Spanish the Spanish way', async () => {
    await setLocale('es');
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    expect(seenText(part(el, 'price'))).to.equal('15 US$/mes');
    expect(spokenText(part(el, 'price'))).to.equal('15 US$ al mes');
    expect(seenText(part(el, 'headline'))).to.equal('Solo por tiempo limitado: oferta para nuevos clientes de 15 US$/mes');
    expect(seenText(part(el, 'cta'))).to.equal('Empezar');
    const euros = await banner(html`<promo-banner headline="Oferta" price-amount="9.5" price-currency="eur" price-period="week"></promo-banner>`);
    expect(seenText(part(euros, 'price'))).to.equal('9,50 €/sem.');
  });

  it('shows the other offers and its labels in Spanish', async () => {
    await setLocale('es');
    const acne = await banner(html`<promo-banner preset="adult-acne" href="/cream" dismissible></promo-banner>`);
    expect(seenText(part(acne, 'headline'))).to.equal('el acné adulto está cancelado');
    expect(seenText(part(acne, 'body'))).to.equal('ponga el acné en su lugar con una crema de concentración de receta médica');
    expect(seenText(part(acne, 'cta'))).to.equal('Más información');
    expect(labelledByName(part(acne, 'base'))).to.equal('Publicidad el acné adulto está cancelado');
    expect(seenText(part(acne, 'label'))).to.equal('Anuncio');
    expect(part(acne, 'dismiss')!.getAttribute('aria-label')).to.equal('Cerrar anuncio');
    const treatment = await banner(html`<promo-banner preset="customized-treatment"></promo-banner>`);
    expect(seenText(part(treatment, 'headline'))).to.equal('tratamiento personalizado para el acné');
    expect(seenText(part(treatment, 'body'))).to.equal('piel limpia o le devolvemos su dinero');
  });

  it('switches language when the locale changes after it renders', async () => {
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    await setLocale('es');
    await el.updateComplete;
    expect(seenText(part(el, 'price'))).to.equal('15 US$/mes');
    await setLocale('en');
    await el.updateComplete;
    expect(seenText(part(el, 'price'))).to.equal('$15/mo');
  });

  it('shows the first offer for an unknown preset and warns once', async () => {
    const el = await banner(html`<promo-banner preset="black-friday" href="/start"></promo-banner>`);
    expect(seenText(part(el, 'headline'))).to.equal('Limited time only: $15/mo new customer offer');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<promo-banner> preset="black-friday"');
  });

  for (const [attribute, value] of [
    ['price-amount', 'fifteen'],
    ['price-amount', '-5'],
    // Plain decimals only: Number() would take these.
    ['price-amount', '-0'],
    ['price-amount', '0x10'],
    ['price-amount', '1e3'],
    ['price-amount', 'Infinity'],
    ['price-currency', 'dollars'],
    ['price-currency', 'ZZZ'],
    ['price-period', 'fortnight'],
  ]) {
    it(`ignores ${attribute}="${value}" on the first offer and warns once`, async () => {
      const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
      el.setAttribute(attribute, value);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(seenText(part(el, 'price'))).to.equal('$15/mo');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.contain(`<promo-banner> ${attribute}=${JSON.stringify(value)}`);
    });
  }

  it('shows markup in attributes as text, never as elements', async () => {
    const payload = '<img src=x onerror="window.__promoInjected=true">';
    const el = await banner(html`<promo-banner headline=${payload} body=${payload} cta-label=${payload} href="/x"></promo-banner>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect(seenText(part(el, 'headline'))).to.equal(payload);
    expect((window as unknown as { __promoInjected?: boolean }).__promoInjected).to.be.undefined;
  });
});
