import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/med-disclaimer.js';
import type { MedDisclaimer } from '../src/med-disclaimer/med-disclaimer.js';
import { sendKeys } from './support/engine.js';
import { setLocale } from '../src/core/locale.js';
import { part, shadowText, warningsOfEachTest } from './support/console.js';

describe('<med-disclaimer>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('renders the article\'s disclaimer', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer></med-disclaimer>`);
    const text = part(el, 'body')!.textContent!;
    expect(text).to.contain('This article is for informational purposes only and does not constitute medical advice.');
    expect(text).to.contain(
      'The information contained herein is not a substitute for and should never be relied upon for professional medical advice.',
    );
    expect(text).to.contain('Always talk to your doctor about the risks and benefits of any treatment.');
    expect(warnings.messages()).to.be.empty;
  });

  it('is a note named "Medical disclaimer"', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer></med-disclaimer>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('role')).to.equal('note');
    expect(base.getAttribute('aria-label')).to.equal('Medical disclaimer');
  });

  it('has no editorial standards link without editorial-href', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer></med-disclaimer>`);
    expect(part(el, 'link')).to.be.null;
    expect(shadowText(el)).not.to.contain('editorial standards');
  });

  it('links to the editorial standards from a relative editorial-href', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer editorial-href="/editorial-standards"></med-disclaimer>`);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.textContent).to.equal('Learn more about our editorial standards');
    expect(link.href).to.equal(new URL('/editorial-standards', document.baseURI).href);
  });

  for (const href of ['https://example.com/standards?x=1#top', 'http://example.com/', 'mailto:editors@example.com', 'standards.html']) {
    it(`accepts the editorial-href ${href}`, async () => {
      const el = await fixture<MedDisclaimer>(html`<med-disclaimer editorial-href=${href}></med-disclaimer>`);
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal(new URL(href, document.baseURI).href);
      expect(warnings.messages()).to.be.empty;
    });
  }

  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://exa mple.com',
    'http://',
    '',
  ]) {
    it(`refuses the editorial-href ${JSON.stringify(href)}, leaves the link out and warns once`, async () => {
      const el = await fixture<MedDisclaimer>(html`<med-disclaimer editorial-href=${href}></med-disclaimer>`);
      expect(part(el, 'link')).to.be.null;
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      el.requestUpdate('editorialHref');
      await el.updateComplete;
      const messages = warnings.messages();
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<med-disclaimer> editorial-href=');
    });
  }

  it('removes the link when editorial-href is removed', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer editorial-href="/standards"></med-disclaimer>`);
    el.removeAttribute('editorial-href');
    await el.updateComplete;
    expect(part(el, 'link')).to.be.null;
    expect(warnings.messages()).to.be.empty;
  });

  it('moves focus to the link by keyboard and shows a focus ring', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer editorial-href="/standards"></med-disclaimer>`);
    const link = part(el, 'link')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });

  it('passes axe, with and without the link', async () => {
    await expect(await fixture(html`<med-disclaimer></med-disclaimer>`)).to.be.accessible();
    await expect(await fixture(html`<med-disclaimer editorial-href="/standards"></med-disclaimer>`)).to.be.accessible();
  });

  it('shows the disclaimer and the link in Spanish', async () => {
    const el = await fixture<MedDisclaimer>(html`<med-disclaimer editorial-href="/standards"></med-disclaimer>`);
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'body')!.textContent).to.contain(
      'Este artículo tiene fines exclusivamente informativos y no constituye asesoramiento médico.',
    );
    expect(part(el, 'link')!.textContent).to.equal('Más información sobre nuestras normas editoriales');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Aviso médico');
  });
});
