import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/microneedling-facts.js';
import type { MicroneedlingFacts } from '../src/microneedling-facts/microneedling-facts.js';
import { setLocale } from '../src/core/locale.js';
import { part, shadowText, warningsOfEachTest } from './support/console.js';
import { itFallsBackForBadHeadingLevels } from './support/heading-level.js';

/** Text with white space collapsed: Intl may put a no-break space between a number and its unit. */
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const facts = () => fixture<MicroneedlingFacts>(html`<microneedling-facts></microneedling-facts>`);

const card = (el: MicroneedlingFacts, name: string) => part(el, name)!;

const listItems = (list: Element) =>
  [...list.children].filter((child) => child.localName === 'li').map((item) => text(item));

describe('<microneedling-facts>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('defines microneedling under the article\'s heading', async () => {
    const el = await facts();
    expect(text(part(el, 'heading'))).to.equal('What Exactly is Microneedling?');
    expect(text(part(el, 'definition'))).to.equal(
      'Microneedling is a minimally invasive procedure that creates microscopic punctures in the skin.',
    );
    expect(shadowText(el)).to.contain(
      'Also known as collagen induction therapy, microneedling is a technique that initiates a complex series of growth factors resulting in collagen production.',
    );
    expect(warnings.messages()).to.be.empty;
  });

  it('lists what microneedling is used for and its major benefit', async () => {
    const el = await facts();
    const uses = card(el, 'uses');
    expect(text(uses.querySelector('[part~="subheading"]'))).to.equal('What it is used for');
    expect(text(uses)).to.contain('It can be used to:');
    expect(listItems(uses.querySelector('ul')!)).to.deep.equal([
      'boost collagen production',
      'encourage hair growth',
      'reduce the appearance of scars',
    ]);
    expect(text(uses)).to.contain(
      'The major benefit, however, is reducing the signs of aging to leave skin smooth and supple.',
    );
  });

  it('shows the roller\'s needle sizes, 0.5 mm to 2.5 mm and 1.5 mm to 2.0 mm for scar removal', async () => {
    const el = await facts();
    const roller = card(el, 'roller');
    const labels = [...roller.querySelectorAll('[part~="label"]')].map(text);
    const values = [...roller.querySelectorAll('[part~="value"]')].map(text);
    expect(labels).to.deep.equal(['Needle diameter', 'In the case of scar removal']);
    expect(values).to.deep.equal(['0.5 mm to 2.5 mm', '1.5 mm to 2.0 mm']);
    expect(text(roller.querySelector('p'))).to.equal(
      'The microneedling procedure involves sliding a tool called a roller (or micro-roller) over the skin. The roller is covered with myriad tiny needles ranging from 0.5 mm to 2.5 mm (1.5 mm to 2.0 mm in the case of scar removal) in diameter which puncture the skin at a depth controlled by your healthcare provider.',
    );
  });

  it('names the skin\'s three layers and where the micro-injuries are made', async () => {
    const el = await facts();
    const layers = card(el, 'layers');
    expect(text(layers)).to.contain('The skin is made up of three layers:');
    expect(listItems(layers.querySelector('ul')!)).to.deep.equal(['Epidermis', 'Dermis', 'Subcutaneous']);
    expect(text(layers)).to.contain(
      'Microneedling works by creating tiny micro-injuries in the top epidermis layer of skin.',
    );
  });

  it('explains the healing response: more collagen and elastin', async () => {
    const el = await facts();
    const healing = card(el, 'healing');
    expect(text(healing.querySelector('[part~="label"]'))).to.equal('The skin produces');
    expect(text(healing.querySelector('[part~="value"]'))).to.equal('More collagen and elastin');
    expect(text(healing)).to.contain(
      'As the needles puncture the skin to create tiny wounds, it triggers the body’s natural healing response. During the healing process, the skin produces more collagen and elastin which plumps and rejuvenates the skin.',
    );
  });

  it('describes the aftercare topicals with Vitamin C and hyaluronic acid', async () => {
    const el = await facts();
    const aftercare = card(el, 'aftercare');
    expect(text(aftercare.querySelector('[part~="value"]'))).to.equal('Vitamin C and hyaluronic acid');
    expect(text(aftercare)).to.contain(
      'Following the microneedling treatment, your healthcare provider will apply some kind of topical product to help boost collagen production and speed healing. These treatments typically contain ingredients like Vitamin C and hyaluronic acid which penetrate the skin more deeply following the procedure.',
    );
  });

  it('shows when results show in order, weeks, then weeks or months, then 12 months', async () => {
    const el = await facts();
    const timeline = part(el, 'timeline')!;
    expect(timeline.localName).to.equal('ol');
    // The article's sentence on collagen opens the card, and the first step continues it.
    expect(text(timeline.previousElementSibling)).to.equal(
      'Microneedling encourages collagen production which helps restore your skin’s youthful look and feel.',
    );
    const steps = [...timeline.querySelectorAll('li[part~="step"]')];
    expect(steps.map((step) => text(step.querySelector('[part~="label"]')))).to.deep.equal([
      'In the weeks after treatment',
      'In a few weeks or months',
      'Over the next 12 months',
    ]);
    expect(text(steps[0])).to.contain(
      'Your skin will become smoother and suppler in the weeks following your treatment, especially if you undergo multiple sessions.',
    );
    expect(text(steps[1])).to.contain(
      'According to a 2020 review of 58 comprehensive studies on the effectiveness of microneedling, the effects can be seen in a few weeks or months of regular treatment.',
    );
    expect(text(steps[2])).to.contain(
      'Once the collagen has been deposited, the texture of the skin will continue to improve over the next 12 months.',
    );
    expect(shadowText(el)).not.to.contain('supplier');
  });

  it('gives the recovery period of just two to three days', async () => {
    const el = await facts();
    const recovery = part(el, 'recovery')!;
    expect(text(recovery.querySelector('dt'))).to.equal('Recovery period');
    expect(text(recovery.querySelector('dd'))).to.equal('Just two to three days');
  });

  it('puts its heading at level 2 and the cards\' headings at level 3 by default', async () => {
    const el = await facts();
    expect(part(el, 'heading')!.localName).to.equal('h2');
    const subheadings = [...el.shadowRoot!.querySelectorAll('[part~="subheading"]')];
    expect(subheadings.map((heading) => heading.localName)).to.deep.equal(Array(6).fill('h3'));
    expect(subheadings.map(text)).to.deep.equal([
      'What it is used for',
      'The roller',
      'Three layers of skin',
      'The healing response',
      'Aftercare',
      'When results show',
    ]);
  });

  for (const [level, sub] of [
    ['1', 'h2'],
    ['4', 'h5'],
    ['6', 'h6'],
  ]) {
    it(`puts its heading at heading-level="${level}" and the cards' headings below it`, async () => {
      const el = await fixture<MicroneedlingFacts>(
        html`<microneedling-facts heading-level=${level}></microneedling-facts>`,
      );
      expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
      for (const heading of el.shadowRoot!.querySelectorAll('[part~="subheading"]')) {
        expect(heading.localName).to.equal(sub);
      }
      expect(warnings.messages()).to.be.empty;
    });
  }

  it('moves its headings when heading-level changes', async () => {
    const el = await facts();
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(part(el, 'subheading')!.localName).to.equal('h4');
  });

  itFallsBackForBadHeadingLevels('microneedling-facts', ['7', '0', 'two', '2.5', ''], () => warnings.messages());

  it('exposes the documented parts', async () => {
    const el = await facts();
    for (const name of [
      'base',
      'heading',
      'subheading',
      'body',
      'definition',
      'list',
      'cards',
      'item',
      'card',
      'uses',
      'roller',
      'layers',
      'healing',
      'aftercare',
      'results',
      'facts',
      'label',
      'value',
      'timeline',
      'step',
      'recovery',
    ]) {
      expect(part(el, name), name).to.exist;
    }
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(6);
  });

  it('marks up its lists as real lists', async () => {
    const el = await facts();
    const cards = part(el, 'cards')!;
    expect(cards.localName).to.equal('ul');
    expect([...cards.children].every((child) => child.localName === 'li')).to.be.true;
    expect(cards.children).to.have.length(6);
    expect(card(el, 'uses').querySelector('ul')!.children).to.have.length(3);
    expect(card(el, 'layers').querySelector('ul')!.children).to.have.length(3);
    expect(part(el, 'timeline')!.localName).to.equal('ol');
    for (const figures of el.shadowRoot!.querySelectorAll('[part~="facts"]')) {
      expect(figures.localName).to.equal('dl');
    }
  });

  it('passes axe in a 320px wide column, with the cards stacked', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="narrow"><microneedling-facts></microneedling-facts></div>`,
    );
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('microneedling-facts')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const uses = card(el, 'uses').getBoundingClientRect();
    const roller = card(el, 'roller').getBoundingClientRect();
    expect(roller.top).to.be.greaterThan(uses.bottom - 1);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('passes axe at 1000px wide, with the cards side by side', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="wide"><microneedling-facts></microneedling-facts></div>`,
    );
    wrapper.style.width = '1000px';
    const el = wrapper.querySelector('microneedling-facts')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const uses = card(el, 'uses').getBoundingClientRect();
    const roller = card(el, 'roller').getBoundingClientRect();
    expect(roller.top).to.equal(uses.top);
    expect(roller.left).to.be.greaterThan(uses.right - 1);
  });

  it('shows the facts in Spanish, with measurements formatted for Spanish', async () => {
    const el = await facts();
    await setLocale('es');
    await el.updateComplete;
    expect(text(part(el, 'heading'))).to.equal('¿Qué es exactamente el microneedling?');
    expect(text(part(el, 'definition'))).to.equal(
      'El microneedling (micropunción) es un procedimiento mínimamente invasivo que crea punciones microscópicas en la piel.',
    );
    const values = [...card(el, 'roller').querySelectorAll('[part~="value"]')].map(text);
    expect(values).to.deep.equal(['De 0,5 mm a 2,5 mm', 'De 1,5 mm a 2,0 mm']);
    expect(text(card(el, 'roller').querySelector('p'))).to.contain(
      'agujas diminutas de entre 0,5 mm y 2,5 mm de diámetro (de 1,5 mm a 2,0 mm en el caso de la eliminación de cicatrices)',
    );
    expect(listItems(card(el, 'layers').querySelector('ul')!)).to.deep.equal([
      'Epidermis',
      'Dermis',
      'Tejido subcutáneo',
    ]);
    expect(text(card(el, 'aftercare').querySelector('[part~="value"]'))).to.equal('Vitamina C y ácido hialurónico');
    const steps = [...part(el, 'timeline')!.querySelectorAll('[part~="label"]')].map(text);
    expect(steps).to.deep.equal([
      'En las semanas posteriores al tratamiento',
      'En unas semanas o meses',
      'Durante los 12 meses siguientes',
    ]);
    expect(shadowText(el)).to.contain('Según una revisión de 2020 de 58 estudios');
    expect(text(part(el, 'recovery'))).to.equal('Período de recuperación Solo de dos a tres días');
  });
});
