import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/acne-scar-widgets.js';
import { setLocale } from '../src/core/locale.js';
import { WIDGET_TAGS } from '../src/core/tags.js';
import { part, textOf, warningsOfEachTest } from './support/console.js';

/** Every element that shows the article's content (all but the offers): each can say where it comes from. */
const CONTENT_TAGS = WIDGET_TAGS.filter((tag) => tag !== 'promo-banner');
const TITLE = 'Does Microneedling Work to Reduce Acne Scars?';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(tag: string, attributes: string): Promise<Widget> {
  // The byline needs its own lines to be well formed (without them it warns).
  if (tag === 'med-review' && !attributes.includes('reviewer=')) attributes += ' reviewer="Kristin Hall" updated="2021-03-11"';
  const wrapper = await fixture<HTMLDivElement>(html`<div>${unsafeStatic(`<${tag} ${attributes}></${tag}>`)}</div>`);
  const el = wrapper.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}


describe('the source line: source-href and publisher', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  for (const tag of CONTENT_TAGS) {
    it(`<${tag}> names the publisher and links the article's title to its source`, async () => {
      const el = await mount(tag, 'source-href="https://example.com/articles/acne-scars" publisher="Example Health"');
      const line = part(el, 'source')!;
      expect(textOf(line)).to.equal(`Source: Example Health, “${TITLE}”`);
      const link = part(el, 'source-link') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://example.com/articles/acne-scars');
      expect(textOf(link)).to.equal(TITLE);
      expect(line.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings.messages()).to.be.empty;
    });

    it(`<${tag}> shows no source line when neither attribute is given`, async () => {
      const el = await mount(tag, '');
      expect(part(el, 'source')).to.be.null;
    });
  }

  it('names the title alone without a publisher, and resolves a relative source against the page', async () => {
    const el = await mount('scar-types', 'source-href="/articles/acne-scars"');
    expect(textOf(part(el, 'source'))).to.equal(`Source: “${TITLE}”`);
    expect((part(el, 'source-link') as HTMLAnchorElement).href).to.equal(new URL('/articles/acne-scars', document.baseURI).href);
  });

  it('with a publisher and no link, cites the title as text', async () => {
    const el = await mount('med-disclaimer', 'publisher="Example Health"');
    expect(textOf(part(el, 'source'))).to.equal(`Source: Example Health, “${TITLE}”`);
    expect(part(el, 'source-link')).to.be.null;
    expect(part(el, 'source')!.querySelector('cite')!.textContent).to.equal(TITLE);
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:editor@example.com', ' JaVaScRiPt:alert(1)']) {
    it(`refuses source-href=${JSON.stringify(bad)}: no link, the title as text, one warning naming the element`, async () => {
      const el = await mount('scar-prevention', `source-href="${bad.replace(/"/g, '&quot;')}" publisher="Example Health"`);
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      expect(textOf(part(el, 'source'))).to.equal(`Source: Example Health, “${TITLE}”`);
      expect(warnings.messages()).to.deep.equal([
        `<scar-prevention> source-href=${JSON.stringify(bad)}: only http:, https: and relative URLs are linked; the source line names the article without a link.`,
      ]);
    });
  }

  it('shows markup in publisher as text, never as elements', async () => {
    const el = await mount('scar-types', 'publisher="<img src=x onerror=alert(1)>" source-href="/a"');
    expect(textOf(part(el, 'source'))).to.contain('<img src=x onerror=alert(1)>');
    expect(part(el, 'source')!.querySelector('img')).to.be.null;
  });

  it('restyles through ::part, but cannot be hidden by it: hiding it takes --asw-source-display: none', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .restyled::part(source) {
          color: rgb(200, 0, 0);
          display: none !important;
          visibility: hidden !important;
          opacity: 0 !important;
          clip-path: inset(50%) !important;
        }
        .said-so { --asw-source-display: none; }
      </style>
      <scar-treatments class="restyled" source-href="/a"></scar-treatments>
      <scar-treatments class="restyled said-so" source-href="/a"></scar-treatments>
    </div>`);
    const [kept, hidden] = [...wrapper.querySelectorAll<Widget>('scar-treatments')];
    await Promise.all([kept.updateComplete, hidden.updateComplete]);
    const line = part(kept, 'source')!;
    const style = getComputedStyle(line);
    expect(style.color).to.equal('rgb(200, 0, 0)');
    expect(style.display).to.equal('block');
    expect(style.visibility).to.equal('visible');
    expect(style.opacity).to.equal('1');
    expect(style.clipPath).to.equal('none');
    expect(line.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(part(hidden, 'source')!).display).to.equal('none');
  });

  it('in the article, sits under the byline, once: no block inside repeats it', async () => {
    const el = await mount('acne-scar-article', 'source-href="https://example.com/a" publisher="Example Health"');
    const blocks = [...el.shadowRoot!.querySelectorAll<Widget>('[part~="section"]')];
    await Promise.all(blocks.map((block) => block.updateComplete));
    const line = part(el, 'source')!;
    expect(line.previousElementSibling!.localName).to.equal('med-review');
    expect(blocks.every((block) => block.shadowRoot!.querySelector('[part~="source"]') === null)).to.be.true;
  });

  it('says it in the reader\'s language, the title translated, the publisher as written', async () => {
    await setLocale('es');
    const el = await mount('microneedling-facts', 'source-href="/a" publisher="Example Health"');
    expect(textOf(part(el, 'source'))).to.equal('Fuente: Example Health, «¿Funciona el microneedling para reducir las cicatrices de acné?»');
    await setLocale('de');
    await el.updateComplete;
    expect(textOf(part(el, 'source'))).to.match(/^Quelle: Example Health, „.+“$/);
    expect(textOf(part(el, 'source'))).not.to.contain(TITLE);
  });

  it('is not offered by the offers, which are the publisher\'s, not the article\'s', () => {
    const banner = customElements.get('promo-banner') as unknown as { observedAttributes: string[] };
    expect(banner.observedAttributes).not.to.include('source-href');
  });

  it('passes axe', async () => {
    await expect(await mount('med-review', 'reviewer="Kristin Hall" updated="2021-03-11" source-href="/a" publisher="Example Health"')).to.be.accessible();
    await expect(await mount('scar-prevention', 'source-href="/a"')).to.be.accessible();
  });
});
