import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/scar-prevention.js';
import type { ScarPrevention } from '../src/scar-prevention/scar-prevention.js';
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
  return fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`, { parentNode: container });
};

/** Each tip as [title, text]. */
function tips(el: ScarPrevention): [string, string][] {
  return [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((item) => [
    item.querySelector('[part~="subheading"]')!.textContent!.trim(),
    item.querySelector('[part~="body"]')!.textContent!.trim(),
  ]);
}

describe('<scar-prevention>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('opens with the article\'s lead-in', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    expect(part(el, 'heading')!.textContent).to.equal('Preventing acne scars');
    const body = [...el.shadowRoot!.querySelectorAll('[part~="body"]')].slice(0, 2).map((p) => p.textContent).join(' ').replace(/\s+/g, ' ');
    expect(body).to.contain(
      'Once you’ve taken the time to resolve your acne scars, the last thing you want is for them to come back.',
    );
    expect(body).to.contain(
      'If you have acne-prone skin, fighting blemishes (and the potential for scarring) is an everyday battle.',
    );
    expect(body).to.contain('So, what can you do to prevent acne scars in the future? Here are some simple tips:');
    expect(warnings.messages()).to.be.empty;
  });

  it('shows the four tips in the article\'s order, each with its title and text', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    expect(tips(el)).to.deep.equal([
      [
        'Treat acne promptly',
        'The sooner you get your acne under control, the better. At the first sign of a breakout, start treating it with an over-the-counter acne medication and make sure to keep your face clean. You can’t develop acne scars if you don’t have acne!',
      ],
      [
        'Reduce inflammation',
        'With blemishes comes inflammation and the more inflamed a pimple becomes, the higher the risk for scarring. Avoid harsh skincare products such as scrubs and exfoliants that might increase inflammation during a breakout.',
      ],
      [
        'Leave it alone',
        'Resist the temptation to poke, prod or pop your pimples. If you squeeze a pimple, you run the risk of increasing inflammation and driving the bacteria deeper into the skin where it can cause a cyst to develop.',
      ],
      [
        'See your healthcare provider',
        'If you tend to experience large or particularly deep acne breakouts you may be at a higher risk for scarring and you should consult your dermatologist. Over-the-counter medications may not be adequate for severe breakouts, so talk to your healthcare provider about the options.',
      ],
    ]);
  });

  it('spells "scarring" correctly where the article has a typo', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    expect(shadowText(el)).to.contain('the higher the risk for scarring.');
    expect(shadowText(el)).not.to.match(/\bscaring\b/);
  });

  it('puts the tips in a real list', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    const list = part(el, 'list')!;
    expect(list.localName).to.equal('ul');
    expect([...list.children].map((item) => item.localName)).to.deep.equal(['li', 'li', 'li', 'li']);
  });

  it('exposes base, heading, subheading, body, list, item and icon parts', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    for (const name of ['base', 'heading', 'subheading', 'body', 'list', 'item', 'icon']) {
      expect(part(el, name), name).to.exist;
    }
    for (const name of ['treat-promptly', 'reduce-inflammation', 'leave-it-alone', 'see-provider']) {
      expect(el.shadowRoot!.querySelector(`[part~="item"][part~="${name}"]`), name).to.exist;
    }
  });

  it('hides the decorative icons from assistive technology', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    const icons = el.shadowRoot!.querySelectorAll('[part~="icon"]');
    expect(icons).to.have.length(4);
    for (const icon of icons) {
      expect(icon.localName).to.equal('svg');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('uses an h2 and h3 tip titles by default', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    expect(part(el, 'heading')!.localName).to.equal('h2');
    const subheadings = el.shadowRoot!.querySelectorAll('[part~="subheading"]');
    expect(subheadings).to.have.length(4);
    for (const heading of subheadings) expect(heading.localName).to.equal('h3');
  });

  it('puts its headings at the given heading-level, and follows changes', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention heading-level="3"></scar-prevention>`);
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(part(el, 'subheading')!.localName).to.equal('h4');
    el.setAttribute('heading-level', '1');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h1');
    expect(part(el, 'subheading')!.localName).to.equal('h2');
    expect(warnings.messages()).to.be.empty;
  });

  itFallsBackForBadHeadingLevels('scar-prevention', ['0', '9', 'h3', '-1', ''], () => warnings.messages());

  it('stacks the tips in one column when narrow and two when wide', async () => {
    const narrow = await inWidth(320);
    expect(getComputedStyle(part(narrow, 'list')!).gridTemplateColumns.split(' ')).to.have.length(1);
    const wide = await inWidth(1000);
    expect(getComputedStyle(part(wide, 'list')!).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('passes axe at 320px', async () => {
    const el = await inWidth(320);
    await expect(el).to.be.accessible();
  });

  it('passes axe at 1000px', async () => {
    const el = await inWidth(1000);
    await expect(el).to.be.accessible();
  });

  it('shows the tips in Spanish', async () => {
    const el = await fixture<ScarPrevention>(html`<scar-prevention></scar-prevention>`);
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Cómo prevenir las cicatrices de acné');
    expect([...el.shadowRoot!.querySelectorAll('[part~="body"]')].slice(0, 2).map((p) => p.textContent).join(' ')).to.contain(
      'Entonces, ¿qué puede hacer para prevenir las cicatrices de acné en el futuro? Estos son algunos consejos sencillos:',
    );
    const spanish = tips(el);
    expect(spanish.map(([title]) => title)).to.deep.equal([
      'Trate el acné cuanto antes',
      'Reduzca la inflamación',
      'No lo toque',
      'Consulte a su profesional de la salud',
    ]);
    expect(spanish[0][1]).to.contain('¡No pueden aparecer cicatrices de acné si no tiene acné!');
    expect(spanish[3][1]).to.contain(
      'Los medicamentos de venta sin receta pueden no ser adecuados para los brotes graves',
    );
  });
});
