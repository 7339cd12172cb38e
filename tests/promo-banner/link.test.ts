import { expect } from '@open-wc/testing';
import { warningsOfEachTest } from '../support/console.js';
import { banner, html, part } from './support.js';

const link = (el: Element) => part(el, 'cta') as HTMLAnchorElement | null;

describe('<promo-banner> link', () => {
  const warnings = warningsOfEachTest();

  it('makes the call to action a real link marked as sponsored', async () => {
    const el = await banner(html`<promo-banner href="https://example.com/start"></promo-banner>`);
    const cta = link(el)!;
    expect(cta.localName).to.equal('a');
    expect(cta.href).to.equal('https://example.com/start');
    expect(cta.rel).to.equal('sponsored noopener');
    expect(cta.getAttribute('part')).to.equal('cta link');
  });

  for (const href of ['https://example.com/a?x=1#top', 'http://example.com/', '/start', 'offer.html', '?ref=widget']) {
    it(`links to the href ${href}`, async () => {
      const el = await banner(html`<promo-banner href=${href}></promo-banner>`);
      expect(link(el)!.href).to.equal(new URL(href, document.baseURI).href);
      expect(warnings.messages()).to.be.empty;
    });
  }

  for (const href of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:offers@example.com',
    'https://exa mple.com',
    'http://',
    '',
  ]) {
    it(`refuses the href ${JSON.stringify(href)}: no link, and one warning`, async () => {
      const el = await banner(html`<promo-banner href=${href}></promo-banner>`);
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      expect(part(el, 'cta')).to.be.null;
      expect(part(el, 'headline')!.textContent).to.contain('new customer offer');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.contain('<promo-banner> href=');
    });
  }

  it('warns once that the first offer\'s call to action needs a link when there is no href', async () => {
    const el = await banner(html`<promo-banner></promo-banner>`);
    expect(part(el, 'cta')).to.be.null;
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<promo-banner> has no href attribute');
  });

  it('drops the link when href turns unsafe, and restores it when it is safe again', async () => {
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    el.href = 'javascript:alert(1)';
    await el.updateComplete;
    expect(link(el)).to.be.null;
    el.href = '/again';
    await el.updateComplete;
    expect(link(el)!.href).to.equal(new URL('/again', document.baseURI).href);
  });

  it('adds campaign parameters, keeping the link\'s own query and hash', async () => {
    const el = await banner(html`<promo-banner
      href="https://example.com/offer?ref=a%20b&flag#plans"
      utm-source="health blog"
      utm-medium="widget"
      utm-campaign="spring&sale"
      utm-content="bar"
      utm-term="acne scars"
    ></promo-banner>`);
    expect(link(el)!.getAttribute('href')).to.equal(
      'https://example.com/offer?ref=a%20b&flag&utm_source=health+blog&utm_medium=widget&utm_campaign=spring%26sale&utm_content=bar&utm_term=acne+scars#plans',
    );
    const params = new URL(link(el)!.href).searchParams;
    expect(params.get('utm_campaign')).to.equal('spring&sale');
    expect(params.get('ref')).to.equal('a b');
  });

  it('replaces a campaign parameter the link already has, instead of repeating it', async () => {
    const el = await banner(html`<promo-banner href="https://example.com/?utm_source=old&x=1" utm-source="new"></promo-banner>`);
    expect(link(el)!.getAttribute('href')).to.equal('https://example.com/?x=1&utm_source=new');
  });

  it("keeps every byte of the page's query it does not set, empty pairs and encodings included", async () => {
    for (const [href, expected] of [
      ['https://example.com/?a=1&&b', 'https://example.com/?a=1&&b&utm_source=blog'],
      ['https://example.com/?flag&x=%7e&y=a+b', 'https://example.com/?flag&x=%7e&y=a+b&utm_source=blog'],
      ['https://example.com/?&utm_source=old&', 'https://example.com/?&&utm_source=blog'],
      ['https://example.com/', 'https://example.com/?utm_source=blog'],
    ]) {
      const el = await banner(html`<promo-banner href=${href} utm-source="blog"></promo-banner>`);
      expect(link(el)!.getAttribute('href'), href).to.equal(expected);
    }
  });

  it('adds campaign parameters to a relative link', async () => {
    const el = await banner(html`<promo-banner href="/start#top" utm-source="blog"></promo-banner>`);
    expect(link(el)!.href).to.equal(new URL('/start?utm_source=blog#top', document.baseURI).href);
  });

  it('leaves the link as it is without campaign attributes, or with empty ones', async () => {
    const el = await banner(html`<promo-banner href="https://example.com/a?b=1#c" utm-source=""></promo-banner>`);
    expect(link(el)!.getAttribute('href')).to.equal('https://example.com/a?b=1#c');
  });
});
