import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/scar-treatments.js';
import type { ScarTreatments } from '../src/scar-treatments/scar-treatments.js';
import { setLocale } from '../src/core/locale.js';
import { part, shadowText, warningsOfEachTest } from './support/console.js';
import { itFallsBackForBadHeadingLevels } from './support/heading-level.js';

/**
 * The element inside a container of the given width. The container is handed to `fixture` as the
 * parent, so the fixture waits for the element's own update rather than an animation frame, which
 * a background tab may not run.
 */
const inWidth = (width: number) => {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  return fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`, { parentNode: container });
};

/** The label → text rows of one option's card. */
function rows(el: ScarTreatments, option: string): Record<string, string> {
  const item = el.shadowRoot!.querySelector(`[part~="item"][part~="${option}"]`)!;
  const result: Record<string, string> = {};
  for (const row of item.querySelectorAll('dt')) {
    result[row.textContent!.trim()] = row.nextElementSibling!.textContent!.trim();
  }
  return result;
}

function optionName(el: ScarTreatments, option: string): string {
  return el.shadowRoot!.querySelector(`[part~="${option}"] [part~="subheading"]`)!.textContent!.trim();
}

function columns(el: ScarTreatments): number {
  return getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;
}

describe('<scar-treatments>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('introduces the options with the article\'s words', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    expect(part(el, 'heading')!.textContent).to.equal('Other options for reducing acne scars');
    const leadIn = [...el.shadowRoot!.querySelectorAll('[part~="body"]')].slice(0, 3).map((p) => p.textContent!.trim());
    expect(leadIn).to.deep.equal([
      'If you already have acne scars, the chances are good that you’ve had them for a while—maybe since childhood or adolescence.',
      'Should this be the case, you don’t need to give up hope! Microneedling is an excellent option for reducing acne scars, though there are other options available.',
      'Here are some tips for reducing the appearance of acne scars:',
    ]);
    expect(warnings.messages()).to.be.empty;
  });

  it('lists the five tips in the article\'s order, in a real list', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    const list = part(el, 'list')!;
    expect(list.localName).to.equal('ul');
    const items = [...list.children];
    expect(items.map((item) => item.localName)).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
    expect(items.map((item) => item.querySelector('[part~="subheading"]')!.textContent!.trim())).to.deep.equal([
      'The two types of acne scars',
      'Hyaluronic acid',
      'Laser skin treatments',
      'Retinoids',
      'Chemical peel',
    ]);
  });

  it('explains the two types of scars: atrophic and hypertrophic', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    const item = el.shadowRoot!.querySelector('[part~="scar-types"]')!;
    expect(item.querySelector('[part~="tip"]')!.textContent).to.equal(
      'Know the difference between the two types of acne scars — atrophic and hypertrophic.',
    );
    expect(rows(el, 'scar-types')).to.deep.equal({
      'Why it matters': 'Each requires different modes of treatment, and atrophic scars are the most common.',
    });
  });

  it('says what hyaluronic acid does and where to get long-lasting results', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    expect(el.shadowRoot!.querySelector('[part~="hyaluronic-acid"] [part~="tip"]')!.textContent).to.equal(
      'Try using a product made with hyaluronic acid.',
    );
    expect(rows(el, 'hyaluronic-acid')).to.deep.equal({
      'What it does': 'This ingredient acts as a dermal filler, elevating depressed areas of skin such as acne scars.',
      'Where to get it': 'For long-lasting results, go to a dermatologist for a professional-grade treatment.',
    });
  });

  it('says what laser treatments do and that they won’t completely eliminate scars', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    expect(rows(el, 'laser')).to.deep.equal({
      'What it does':
        'Laser treatments encourage collagen production which can help fill in acne scars and improve the appearance of your skin overall.',
      Limits: 'These treatments won’t completely eliminate acne scars but can improve their appearance.',
    });
  });

  it('says what retinoids do and that a higher concentration comes from a dermatologist', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    expect(rows(el, 'retinoids')).to.deep.equal({
      'What it does':
        'Topical retinoids like tretinoin cream can speed up cell regeneration and improve the texture of your skin overall.',
      'Where to get it':
        'You can find these products over-the-counter or get a higher concentration from your dermatologist.',
    });
  });

  it('says what a chemical peel does and that it can take weeks to heal', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    expect(rows(el, 'chemical-peel')).to.deep.equal({
      'What it does':
        'If you have widespread acne scarring, a chemical peel might help reduce their appearance overall. This process involves a chemical treatment that removes the top damaged layer of skin, causing the skin to produce a new layer underneath.',
      Limits: 'This treatment can take weeks to heal and to show the final result.',
    });
  });

  it('shows every card\'s rows in the same order, leaving out what the article does not say', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    const order = ['What it does', 'Limits', 'Where to get it'];
    for (const option of ['hyaluronic-acid', 'laser', 'retinoids', 'chemical-peel']) {
      const labels = Object.keys(rows(el, option));
      const positions = labels.map((label) => order.indexOf(label));
      expect(positions, option).to.deep.equal([...positions].sort());
      expect(positions, option).not.to.include(-1);
    }
    expect(rows(el, 'hyaluronic-acid')).not.to.have.property('Limits');
    expect(rows(el, 'retinoids')).not.to.have.property('Limits');
    expect(rows(el, 'laser')).not.to.have.property('Where to get it');
  });

  it('puts the rows of each card in a description list', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    const lists = el.shadowRoot!.querySelectorAll('dl[part~="facts"]');
    expect(lists).to.have.length(5);
    for (const list of lists) {
      for (const row of list.children) {
        expect([...row.children].map((child) => child.localName)).to.deep.equal(['dt', 'dd']);
      }
    }
  });

  it('exposes base, heading, subheading, body, list, item, card, tip, label and value parts', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    for (const name of ['base', 'heading', 'subheading', 'body', 'list', 'item', 'card', 'tip', 'facts', 'label', 'value']) {
      expect(part(el, name), name).to.exist;
    }
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(5);
    expect(el.shadowRoot!.querySelectorAll('[part~="label"][part~="limits"]')).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('[part~="value"][part~="where"]')).to.have.length(2);
  });

  it('uses an h2 and h3 sub-headings by default', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    expect(part(el, 'heading')!.localName).to.equal('h2');
    const subheadings = el.shadowRoot!.querySelectorAll('[part~="subheading"]');
    expect(subheadings).to.have.length(5);
    for (const heading of subheadings) expect(heading.localName).to.equal('h3');
  });

  it('puts its headings at the given heading-level, and follows changes', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments heading-level="4"></scar-treatments>`);
    expect(part(el, 'heading')!.localName).to.equal('h4');
    expect(part(el, 'subheading')!.localName).to.equal('h5');
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h6');
    expect(part(el, 'subheading')!.localName).to.equal('h6');
    expect(warnings.messages()).to.be.empty;
  });

  itFallsBackForBadHeadingLevels('scar-treatments', ['0', '7', 'two', '2.5', ''], () => warnings.messages());

  it('stacks the cards in one column when narrow', async () => {
    const el = await inWidth(320);
    expect(columns(el)).to.equal(1);
  });

  it('lays the cards out in a grid when wide', async () => {
    const el = await inWidth(1000);
    expect(columns(el)).to.equal(3);
  });

  it('passes axe at 320px', async () => {
    const el = await inWidth(320);
    await expect(el).to.be.accessible();
  });

  it('passes axe at 1000px', async () => {
    const el = await inWidth(1000);
    await expect(el).to.be.accessible();
  });

  it('shows the options in Spanish', async () => {
    const el = await fixture<ScarTreatments>(html`<scar-treatments></scar-treatments>`);
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Otras opciones para reducir las cicatrices de acné');
    expect(optionName(el, 'hyaluronic-acid')).to.equal('Ácido hialurónico');
    expect(optionName(el, 'chemical-peel')).to.equal('Peeling químico');
    expect(rows(el, 'laser')).to.deep.equal({
      'Qué hace':
        'Los tratamientos con láser estimulan la producción de colágeno, lo que puede ayudar a rellenar las cicatrices de acné y a mejorar el aspecto general de la piel.',
      Limitaciones:
        'Estos tratamientos no eliminarán por completo las cicatrices de acné, pero pueden mejorar su apariencia.',
    });
    expect(rows(el, 'retinoids')['Dónde conseguirlo']).to.equal(
      'Puede encontrar estos productos sin receta u obtener una concentración más alta a través de su dermatólogo.',
    );
    expect(shadowText(el)).not.to.contain('What it does');
  });
});
