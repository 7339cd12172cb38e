/**
 * Blocks a page stacks on their own keep apart: each long block has space below it
 * (`--asw-block-spacing`, 2rem by default), which a page can change or remove; inside the article
 * the article's own gap spaces them, with no spacing of theirs added.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/acne-scar-article.js';

const BLOCKS = ['scar-types', 'microneedling-facts', 'microneedling-evidence', 'microneedling-candidacy', 'scar-treatments', 'scar-prevention'];

async function rendered(element: Element): Promise<void> {
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
}

/** The space between the bottom of `upper` and the top of `lower`, in px. */
const between = (upper: Element, lower: Element) => lower.getBoundingClientRect().top - upper.getBoundingClientRect().bottom;

describe('spacing between blocks stacked on a page', () => {
  for (const tag of BLOCKS) {
    it(`<${tag}> keeps 2rem from what follows it, and --asw-block-spacing changes it`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="font-size: 16px"></div>`);
      page.innerHTML = `<${tag}></${tag}><p style="margin: 0">after</p>`;
      const block = page.firstElementChild!;
      await rendered(block);
      expect(between(block, page.lastElementChild!)).to.be.closeTo(32, 0.5);
      page.style.setProperty('--asw-space-xl', '3rem');
      expect(between(block, page.lastElementChild!), "follows the spacing scale").to.be.closeTo(48, 0.5);
      page.style.setProperty('--asw-block-spacing', '0');
      expect(between(block, page.lastElementChild!)).to.be.closeTo(0, 0.5);
    });
  }

  it('inside the article the blocks are spaced by its gap alone', async () => {
    const article = await fixture<HTMLElement>(html`<acne-scar-article style="--asw-block-spacing: 5rem"></acne-scar-article>`);
    await rendered(article);
    const blocks = [...article.shadowRoot!.querySelectorAll('[part~="section"]')].filter((block) => BLOCKS.includes(block.localName));
    await Promise.all(blocks.map(rendered));
    expect(blocks).to.have.length(6);
    for (const block of blocks) expect(getComputedStyle(block).marginBlockEnd, block.localName).to.equal('0px');
  });
});
