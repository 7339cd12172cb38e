import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/acne-scar-article.js';
import type { AcneScarArticle } from '../src/acne-scar-article/acne-scar-article.js';
import { setLocale } from '../src/core/locale.js';
import { part, warningsOfEachTest } from './support/console.js';

const BLOCKS_IN_ARTICLE_ORDER = [
  'promo-banner',
  'h2',
  'med-review',
  'div',
  'scar-types',
  'promo-banner',
  'microneedling-facts',
  'microneedling-evidence',
  'microneedling-candidacy',
  'scar-treatments',
  'scar-prevention',
  'promo-banner',
  'div',
  'med-disclaimer',
];

/** Waits until the article and every block inside it have rendered. */
async function settledArticle(template: ReturnType<typeof html>) {
  const el = await fixture<AcneScarArticle>(template);
  const blocks = [...el.shadowRoot!.querySelectorAll('[part~="section"]')] as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
  await Promise.all(blocks.map((block) => block.updateComplete));
  return el;
}

describe('<acne-scar-article>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('shows every block of the article in the article\'s order', async () => {
    const el = await settledArticle(html`<acne-scar-article promo-href="https://example.com/start"></acne-scar-article>`);
    const order = [...part(el, 'base')!.children].map((child) => child.localName);
    expect(order).to.deep.equal(BLOCKS_IN_ARTICLE_ORDER);
    for (const block of part(el, 'base')!.querySelectorAll('[part~="section"]')) {
      expect(customElements.get(block.localName), block.localName).to.exist;
      expect(block.shadowRoot!.textContent!.trim(), block.localName).not.to.equal('');
    }
    expect(warnings.messages()).to.be.empty;
  });

  it('renders its blocks each in a task of its own, and appears whole once they have all rendered', async () => {
    const article = document.createElement('acne-scar-article') as AcneScarArticle;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(article);
    await article.updateComplete;
    type Block = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
    const blocks = [...article.shadowRoot!.querySelectorAll<Block>('[part~="section"]')];
    expect(blocks.length).to.equal(8);
    // The article has rendered; its blocks have not yet: they wait for a task of their own.
    expect(blocks.every((block) => !block.hasUpdated)).to.be.true;
    const base = part(article, 'base')!;
    expect(getComputedStyle(base).visibility).to.equal('hidden');
    expect(base.getBoundingClientRect().height).to.be.at.least(window.innerHeight - 1);
    await Promise.all(blocks.map((block) => block.updateComplete));
    await article.updateComplete;
    expect(blocks.every((block) => block.hasUpdated)).to.be.true;
    expect(getComputedStyle(base).visibility).to.equal('visible');
  });

  it('renders the title, the byline, the introduction and the conclusion', async () => {
    const el = await settledArticle(html`<acne-scar-article></acne-scar-article>`);
    expect(part(el, 'heading')!.textContent).to.equal('Does Microneedling Work to Reduce Acne Scars?');
    const byline = el.shadowRoot!.querySelector('med-review')!;
    expect(byline.shadowRoot!.textContent).to.contain('Medically reviewed by Kristin Hall, FNP');
    expect(byline.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2021-03-11');
    const introduction = part(el, 'introduction')!;
    const conclusion = part(el, 'conclusion')!;
    expect(introduction.querySelectorAll('[part~="body"]')).to.have.length(5);
    expect(introduction.textContent).to.contain('scroll through your Instagram feed');
    expect(introduction.textContent).to.contain('Keep reading to learn more about what causes acne scars');
    expect(conclusion.textContent).to.contain(
      'you should talk to your healthcare provider or dermatologist before undergoing this form of treatment',
    );
  });

  it('puts the title at heading-level and every block one level below', async () => {
    const el = await settledArticle(html`<acne-scar-article heading-level="1"></acne-scar-article>`);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Does Microneedling Work to Reduce Acne Scars?');
    for (const block of el.shadowRoot!.querySelectorAll('[heading-level]')) {
      expect(block.getAttribute('heading-level'), block.localName).to.equal('2');
    }
  });

  it('falls back to level 2 and warns once for a bad heading-level', async () => {
    const el = await settledArticle(html`<acne-scar-article heading-level="h1"></acne-scar-article>`);
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
    const ours = warnings.messages().filter((message) => message.startsWith('<acne-scar-article>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('heading-level="h1"');
  });

  it('leaves the offers out with hide-promos', async () => {
    const el = await settledArticle(html`<acne-scar-article hide-promos promo-href="/start"></acne-scar-article>`);
    expect(el.shadowRoot!.querySelector('promo-banner')).to.be.null;
    expect(el.shadowRoot!.querySelector('scar-types')).to.exist;
  });

  it('leaves the offers out, quietly, when no promo-href says where they lead', async () => {
    const el = await settledArticle(html`<acne-scar-article></acne-scar-article>`);
    expect(el.shadowRoot!.querySelector('promo-banner')).to.be.null;
    const order = [...part(el, 'base')!.children].map((child) => child.localName);
    expect(order).to.deep.equal(BLOCKS_IN_ARTICLE_ORDER.filter((tag) => tag !== 'promo-banner'));
    expect(warnings.messages()).to.be.empty;
  });

  it('links the offers and the editorial standards when given safe URLs', async () => {
    const el = await settledArticle(
      html`<acne-scar-article promo-href="https://example.com/start" editorial-href="/standards"></acne-scar-article>`,
    );
    const promos = el.shadowRoot!.querySelectorAll('promo-banner');
    expect([...promos].map((promo) => promo.getAttribute('preset'))).to.deep.equal([
      'new-customer',
      'adult-acne',
      'customized-treatment',
    ]);
    for (const promo of promos) {
      expect(promo.getAttribute('href')).to.equal('https://example.com/start');
    }
    const disclaimer = el.shadowRoot!.querySelector('med-disclaimer')!;
    expect(disclaimer.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      new URL('/standards', document.baseURI).href,
    );
  });

  it('refuses javascript: URLs, passes them to no block, and warns naming the article', async () => {
    const el = await settledArticle(
      html`<acne-scar-article promo-href="javascript:alert(1)" editorial-href="data:text/html,x"></acne-scar-article>`,
    );
    expect(el.shadowRoot!.querySelector('promo-banner')).to.be.null;
    expect(el.shadowRoot!.querySelector('med-disclaimer')!.hasAttribute('editorial-href')).to.be.false;
    const messages = warnings.messages();
    expect(messages.filter((message) => message.startsWith('<acne-scar-article> promo-href='))).to.have.length(1);
    expect(messages.filter((message) => message.startsWith('<acne-scar-article> editorial-href='))).to.have.length(1);
  });

  it('passes axe at a wide and a narrow width', async () => {
    for (const width of [1000, 320]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><acne-scar-article promo-href="/start"></acne-scar-article></div>`,
      );
      const article = wrapper.querySelector('acne-scar-article')!;
      await article.updateComplete;
      await Promise.all([...article.shadowRoot!.querySelectorAll('[part~="section"]')].map((block) => (block as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      await expect(article).to.be.accessible();
    }
  });

  it('shows the whole article in Spanish', async () => {
    const el = await settledArticle(html`<acne-scar-article></acne-scar-article>`);
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('¿Funciona el microneedling para reducir las cicatrices de acné?');
    const byline = el.shadowRoot!.querySelector('med-review')!;
    await (byline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(byline.shadowRoot!.textContent).to.contain('Revisado médicamente por Kristin Hall, FNP');
  });
});

describe('<acne-scar-article> parts', () => {
  it('forwards every block\'s parts as <tag>-<part>, so a page restyles blocks inside the article', async () => {
    const style = document.createElement('style');
    style.textContent = 'acne-scar-article::part(scar-types-card) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await settledArticle(html`<acne-scar-article></acne-scar-article>`);
      const scarTypes = el.shadowRoot!.querySelector('scar-types')!;
      const card = scarTypes.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
      expect(getComputedStyle(card).outlineColor).to.equal('rgb(1, 2, 3)');
      const review = el.shadowRoot!.querySelector('med-review')!;
      expect(getComputedStyle(review.shadowRoot!.querySelector('[part~="reviewer"]')!).outlineStyle).to.equal('none');
    } finally {
      style.remove();
    }
  });
});
