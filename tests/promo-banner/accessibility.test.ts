import { expect } from '@open-wc/testing';
import type { PromoBanner } from '../../src/promo-banner/promo-banner.js';
import { setLocale } from '../../src/core/locale.js';
import { warningsOfEachTest } from '../support/console.js';
import { emulateMedia, resetMedia } from '../support/engine.js';
import { banner, daysFromNow, html, part, seenText, page, labelledByName } from './support.js';

const PRESETS = ['new-customer', 'adult-acne', 'customized-treatment'];
const VARIANTS = ['bar', 'card', 'inline'];

describe('<promo-banner> accessibility and layout', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('is a region named "Advertisement" and its headline, with a visible "Ad" tag', async () => {
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    const base = part(el, 'base')!;
    expect(base.localName).to.equal('section');
    expect(labelledByName(base)).to.equal('Advertisement Limited time only: $15 per month new customer offer');
    expect(seenText(part(el, 'label'))).to.equal('Ad');
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.be.null;
  });

  it('exposes its parts', async () => {
    const el = await banner(html`<promo-banner href="/start" dismissible countdown ends=${daysFromNow(3)}></promo-banner>`);
    for (const name of ['base', 'label', 'headline', 'price', 'body', 'countdown', 'note', 'cta', 'link', 'dismiss', 'button', 'icon']) {
      expect(part(el, name), name).to.exist;
    }
  });

  for (const variant of VARIANTS) {
    it(`lays out as a ${variant}`, async () => {
      const el = await banner(html`<promo-banner variant=${variant} href="/start"></promo-banner>`);
      expect(part(el, 'base')!.classList.contains(variant)).to.be.true;
      expect(warnings.messages()).to.be.empty;
    });
  }

  it('falls back to the bar for an unknown variant, and warns once', async () => {
    const el = await banner(html`<promo-banner variant="popup" href="/start"></promo-banner>`);
    expect(part(el, 'base')!.classList.contains('bar')).to.be.true;
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<promo-banner> variant="popup"');
  });

  // The bar's reserved heights, at every width, in every language and engine: tests/layout.test.ts.

  for (const variant of VARIANTS) {
    for (const width of [320, 1000]) {
      it(`passes axe as a ${variant} ${width}px wide, for every preset`, async () => {
        for (const preset of PRESETS) {
          const wrapper = await page(html`<div style="inline-size: ${width}px">
            <promo-banner preset=${preset} variant=${variant} href="/start" dismissible countdown ends=${daysFromNow(3)}></promo-banner>
          </div>`);
          const el = wrapper.querySelector<PromoBanner>('promo-banner')!;
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('passes axe with its own content in slots, in Spanish', async () => {
    await setLocale('es');
    const el = await banner(html`<promo-banner variant="card" href="/x" dismissible
      ><span slot="headline">Revisión de la piel</span><span slot="body">Con un dermatólogo.</span></promo-banner
    >`);
    await expect(el).to.be.accessible();
  });

  it('puts the close button at the end of the line in right-to-left pages', async () => {
    const wrapper = await page(html`<div dir="rtl"><promo-banner variant="card" href="/x" dismissible></promo-banner></div>`);
    const el = wrapper.querySelector<PromoBanner>('promo-banner')!;
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const button = part(el, 'dismiss')!.getBoundingClientRect();
    expect(button.left - box.left).to.be.lessThan(box.right - button.right);
  });

  it('stops its transitions when the reader prefers reduced motion', async function () {
    await emulateMedia(this, { reducedMotion: 'reduce' });
    try {
      const el = await banner(html`<promo-banner variant="card" href="/x"></promo-banner>`);
      expect(parseFloat(getComputedStyle(part(el, 'cta')!).transitionDuration)).to.be.lessThan(0.001);
    } finally {
      await resetMedia();
    }
  });

  it('takes its colours from the promotion tokens', async () => {
    const wrapper = await page(html`<div style="--asw-color-promo: rgb(0, 0, 128); --asw-color-promo-contrast: rgb(255, 255, 0)">
      <promo-banner href="/x"></promo-banner>
    </div>`);
    const el = wrapper.querySelector<PromoBanner>('promo-banner')!;
    await el.updateComplete;
    const style = getComputedStyle(part(el, 'base')!);
    expect(style.backgroundColor).to.equal('rgb(0, 0, 128)');
    expect(style.color).to.equal('rgb(255, 255, 0)');
  });
});

describe('<promo-banner> several on one page', () => {
  it('gives each offer a distinct landmark name, so axe finds no duplicate landmarks', async () => {
    const holder = await page(html`<div>
      <promo-banner preset="new-customer" href="/start"></promo-banner>
      <promo-banner preset="adult-acne" href="/cream" variant="inline"></promo-banner>
      <promo-banner preset="customized-treatment" href="/custom" variant="card"></promo-banner>
    </div>`);
    const banners = [...holder.querySelectorAll('promo-banner')];
    await Promise.all(banners.map((el) => el.updateComplete));
    const names = banners.map((el) => labelledByName(part(el, 'base')));
    expect(new Set(names).size).to.equal(3);
    for (const name of names) expect(name.startsWith('Advertisement ')).to.be.true;
    await expect(holder).to.be.accessible();
  });
});
