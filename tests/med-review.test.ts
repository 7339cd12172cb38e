import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/med-review.js';
import type { MedReview } from '../src/med-review/med-review.js';
import { registerLocale, setLocale, translationReviewDate } from '../src/core/locale.js';
import { captureWarnings, nextLocaleReady, part, shadowText } from './support/console.js';

const articleByline = () =>
  fixture<MedReview>(html`<med-review
    reviewer="Kristin Hall"
    reviewer-credentials="FNP"
    author="Our Editorial Team"
    updated="2021-03-11"
  ></med-review>`);

describe('<med-review>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  it('renders the reviewer, the author and the date of the last update', async () => {
    const el = await articleByline();
    expect(part(el, 'reviewer')!.textContent).to.equal('Medically reviewed by Kristin Hall, FNP');
    expect(part(el, 'author')!.textContent).to.equal('Written by Our Editorial Team');
    expect(part(el, 'updated')!.textContent).to.equal('Last updated March 11, 2021');
    expect(warnings.messages()).to.be.empty;
  });

  it('puts the date in a <time> element with a machine-readable datetime', async () => {
    const el = await articleByline();
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2021-03-11');
    expect(time.textContent).to.equal('March 11, 2021');
    expect(time.getAttribute('part')).to.equal('date');
  });

  it('keeps a date-time value as the datetime and shows its day', async () => {
    const el = await fixture<MedReview>(
      html`<med-review reviewer="Kristin Hall" updated="2021-03-11T12:00:00Z"></med-review>`,
    );
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2021-03-11T12:00:00Z');
    expect(time.textContent).to.match(/^March 1[01], 2021$/);
  });

  it('leaves out the credentials when none are given', async () => {
    const el = await fixture<MedReview>(html`<med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>`);
    expect(part(el, 'reviewer')!.textContent).to.equal('Medically reviewed by Kristin Hall');
    expect(part(el, 'author')).to.be.null;
  });

  it('exposes base, item, reviewer, author, updated and date parts', async () => {
    const el = await articleByline();
    for (const name of ['base', 'reviewer', 'author', 'updated', 'date']) {
      expect(part(el, name), name).to.exist;
    }
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
  });

  it('re-renders when an attribute changes', async () => {
    const el = await articleByline();
    el.setAttribute('updated', '2022-01-05');
    el.setAttribute('reviewer-credentials', 'MD');
    await el.updateComplete;
    expect(part(el, 'updated')!.textContent).to.equal('Last updated January 5, 2022');
    expect(part(el, 'reviewer')!.textContent).to.equal('Medically reviewed by Kristin Hall, MD');
  });

  it('takes a date assigned to an updated property, as JSX frameworks assign it, and keeps working', async () => {
    const el = await articleByline();
    // React 19 and Preact assign `updated` as a property, since Lit elements have an updated() method.
    (el as unknown as { updated: string }).updated = '2022-01-05';
    await el.updateComplete;
    expect(part(el, 'updated')!.textContent).to.equal('Last updated January 5, 2022');
    el.setAttribute('reviewer-credentials', 'MD');
    await el.updateComplete;
    expect(part(el, 'reviewer')!.textContent).to.equal('Medically reviewed by Kristin Hall, MD');
    expect(el.lastUpdated).to.equal('2022-01-05');
  });

  it('passes axe', async () => {
    const el = await articleByline();
    await expect(el).to.be.accessible();
  });

  it('shows the byline in Spanish with the date formatted for Spanish', async () => {
    const el = await articleByline();
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'reviewer')!.textContent).to.equal('Revisado médicamente por Kristin Hall, FNP');
    expect(part(el, 'author')!.textContent).to.equal('Escrito por Our Editorial Team');
    expect(part(el, 'updated')!.textContent).to.equal('Última actualización: 11 de marzo de 2021');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('11 de marzo de 2021');
  });

  it('follows later changes of <html lang>, with regional tags falling back', async () => {
    const el = await articleByline();
    const ready = nextLocaleReady();
    document.documentElement.lang = 'es-MX';
    await ready;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Revisado médicamente por Kristin Hall, FNP');

    const back = nextLocaleReady();
    document.documentElement.lang = 'en-GB';
    await back;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Medically reviewed by Kristin Hall, FNP');
  });

  it('leaves out an invalid date and warns once, naming the element and attribute', async () => {
    const el = await fixture<MedReview>(
      html`<med-review reviewer="Kristin Hall" updated="2021-02-30"></med-review>`,
    );
    expect(part(el, 'updated')).to.be.null;
    expect(part(el, 'reviewer')).to.exist;
    el.author = 'Our Editorial Team';
    await el.updateComplete;
    el.requestUpdate('lastUpdated');
    await el.updateComplete;
    const messages = warnings.messages();
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<med-review>').and.contain('updated="2021-02-30"');
  });

  it('leaves out a missing date and warns', async () => {
    const el = await fixture<MedReview>(html`<med-review reviewer="Kristin Hall"></med-review>`);
    expect(part(el, 'updated')).to.be.null;
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<med-review> has no updated attribute');
  });

  for (const bad of ['', 'yesterday', '11/03/2021', '2021-13-01', '2021-03-11T25:00', '2021-3-11']) {
    it(`refuses the date ${JSON.stringify(bad)} without throwing`, async () => {
      const el = await fixture<MedReview>(html`<med-review reviewer="Kristin Hall" updated=${bad}></med-review>`);
      expect(part(el, 'updated')).to.be.null;
      expect(warnings.messages()).to.have.length(1);
    });
  }

  it('warns when there is no reviewer, and still shows the other lines', async () => {
    const el = await fixture<MedReview>(
      html`<med-review author="Our Editorial Team" updated="2021-03-11"></med-review>`,
    );
    expect(part(el, 'reviewer')).to.be.null;
    expect(part(el, 'author')!.textContent).to.equal('Written by Our Editorial Team');
    expect(warnings.messages()[0]).to.contain('<med-review> has no reviewer attribute');
  });

  it('shows markup in attributes as text, never as elements', async () => {
    const payload = '<img src=x onerror="window.__medReviewInjected=true">';
    const el = await fixture<MedReview>(
      html`<med-review reviewer=${payload} author=${'"><script>window.__medReviewInjected=true</script>'} updated="2021-03-11"></med-review>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(part(el, 'reviewer')!.textContent).to.contain(payload);
    expect((window as unknown as { __medReviewInjected?: boolean }).__medReviewInjected).to.be.undefined;
  });
});

describe('<med-review> in a translation: whether it has been medically reviewed', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    document.documentElement.removeAttribute('data-asw-translations');
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  const byline = () =>
    fixture<MedReview>(html`<med-review reviewer="Kristin Hall" reviewer-credentials="FNP" updated="2021-03-11"></med-review>`);

  it('says nothing of translation in English, the article\'s own language', async () => {
    const el = await byline();
    expect(part(el, 'translation')).to.be.null;
    expect(translationReviewDate()).to.be.undefined;
  });

  it('says, in the reader\'s language, that a shipped translation has not yet been medically reviewed', async () => {
    const el = await byline();
    await setLocale('es');
    await el.updateComplete;
    expect(translationReviewDate()).to.be.null;
    expect(part(el, 'translation')!.textContent).to.equal('Traducido del inglés; aún sin revisión médica');
    expect(part(el, 'translation')!.getAttribute('part')).to.equal('item translation');
    await expect(el).to.be.accessible();
    await setLocale('de');
    await el.updateComplete;
    expect(part(el, 'translation')!.textContent).to.equal('Aus dem Englischen übersetzt; noch nicht medizinisch geprüft');
  });

  it('gives the date of the review where the translation carries one, formatted for the locale', async () => {
    registerLocale('it', {
      templates: { 'med-review.translation-reviewed': 'Tradotto dall\'inglese; revisione medica del ${0}' },
      review: { date: '2027-01-15' },
    } as never);
    const el = await byline();
    await setLocale('it');
    await el.updateComplete;
    expect(translationReviewDate()).to.equal('2027-01-15');
    expect(part(el, 'translation')!.textContent).to.equal('Tradotto dall\'inglese; revisione medica del 15 gennaio 2027');
    expect(part(el, 'translation')!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-01-15');
  });

  it('a review that is not a date is no review', async () => {
    registerLocale('nl', { templates: {}, review: { date: 'yesterday' } } as never);
    const el = await byline();
    await setLocale('nl');
    await el.updateComplete;
    expect(translationReviewDate()).to.be.null;
    expect(part(el, 'translation')!.textContent).to.equal('Translated from English; not yet medically reviewed');
  });

  it('on a page that asks for reviewed translations only, an unreviewed one shows English, with one warning', async () => {
    document.documentElement.setAttribute('data-asw-translations', 'reviewed');
    const el = await byline();
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'reviewer')!.textContent).to.equal('Medically reviewed by Kristin Hall, FNP');
    expect(part(el, 'translation')).to.be.null;
    expect(warnings.messages()).to.deep.equal([
      'acne-scar-widgets: the "es" translation has not been medically reviewed; the widgets show English, as <html data-asw-translations="reviewed"> asks.',
    ]);
    registerLocale('it', { templates: { 'med-review.translation-reviewed': 'Tradotto dall\'inglese; revisione medica del ${0}' }, review: { date: '2027-01-15' } } as never);
    await setLocale('it');
    await el.updateComplete;
    expect(part(el, 'translation')!.textContent).to.contain('15 gennaio 2027');
  });
});
