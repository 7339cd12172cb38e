/**
 * A token set on a part applies to that part and what is inside it, not only where it is set on
 * or above the element: designers can recolour the evidence bars without recolouring the figures,
 * or one card's border, through ::part() and the tokens alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/acne-scar-article.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function styled(css: string, template: ReturnType<typeof html>): Promise<Widget> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const element = await fixture<Widget>(template);
  await element.updateComplete;
  after(() => style.remove());
  return element;
}

describe('a token set on a part', () => {
  it('--asw-color-accent on the evidence bars recolours the bars, not the figures', async () => {
    const el = await styled(
      'microneedling-evidence.red-bars::part(bar) { --asw-color-accent: rgb(200, 0, 0); }',
      html`<microneedling-evidence class="red-bars"></microneedling-evidence>`,
    );
    const filled = el.shadowRoot!.querySelector('[part~="bar"] .filled')!;
    expect(getComputedStyle(filled).fill).to.equal('rgb(200, 0, 0)');
    const figure = el.shadowRoot!.querySelector('.value')!;
    expect(getComputedStyle(figure).color).to.not.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(figure).color).to.equal('rgb(10, 107, 102)');
  });

  it('--asw-color-border on one scar type\'s card gives that card, and only it, the border', async () => {
    const el = await styled(
      'scar-types.one::part(atrophic) { --asw-color-border: rgb(0, 0, 200); }',
      html`<scar-types class="one" layout="columns"></scar-types>`,
    );
    const atrophic = el.shadowRoot!.querySelector('[part~="card"][part~="atrophic"]')!;
    const hypertrophic = el.shadowRoot!.querySelector('[part~="card"][part~="hypertrophic"]')!;
    const borderOf = (card: Element) =>
      [card, ...card.querySelectorAll('*')].map((node) => getComputedStyle(node).borderBlockEndColor).filter((color) => color === 'rgb(0, 0, 200)').length;
    expect(borderOf(atrophic), 'the card and what is in it take it').to.be.above(0);
    expect(borderOf(hypertrophic)).to.equal(0);
  });

  it('the evidence caption is set in the headings\' font, like every other sub-heading', async () => {
    const el = await styled(
      'microneedling-evidence.serif { --asw-font-family-heading: Georgia, serif; }',
      html`<microneedling-evidence class="serif"></microneedling-evidence>`,
    );
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="caption"]')!).fontFamily).to.match(/Georgia/);
  });
});
