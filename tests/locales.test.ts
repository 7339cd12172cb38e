import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/acne-scar-article.js';
import '../src/define/scar-types.js';
import type { AcneScarArticle } from '../src/acne-scar-article/acne-scar-article.js';
import { getLocale, missingMessages, registerLocale, resolveLocale, setLocale } from '../src/core/locale.js';
import { captureWarnings, nextLocaleReady, warningsOfEachTest } from './support/console.js';

const TRANSLATED_LOCALES = ['es', 'fr', 'de', 'pt-BR', 'ar', 'en-XA'];

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The article, with every block inside it rendered. */
async function renderArticle(width?: number): Promise<AcneScarArticle> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="wrapper"><acne-scar-article promo-href="/offer" editorial-href="/standards"></acne-scar-article></div>`);
  if (width) {
    wrapper.style.width = `${width}px`;
    wrapper.style.overflow = 'auto';
  }
  const article = wrapper.querySelector('acne-scar-article')!;
  await settle(article);
  return article;
}

async function settle(article: AcneScarArticle) {
  await article.updateComplete;
  const blocks = [...article.shadowRoot!.querySelectorAll<Updatable>('[part~="section"]')];
  await Promise.all(blocks.map((block) => block.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Every text node under `node`, through shadow roots. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const root = (node as Element).shadowRoot;
  const children = [...(root ?? node).childNodes];
  return children.map(deepText).join(' ');
}

const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The XLIFF units of a locale: the English source and the translation, as plain text. */
async function translationUnits(locale: string) {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  const plain = (element: Element | null) =>
    [...(element?.childNodes ?? [])].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : '\u0000')).join('');
  return [...xml.querySelectorAll('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    source: plain(unit.querySelector('source')),
    target: plain(unit.querySelector('target')),
  }));
}

describe('every element in every locale', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  for (const locale of TRANSLATED_LOCALES) {
    it(`shows the whole article in ${locale} with no English left`, async () => {
      await setLocale(locale);
      const article = await renderArticle();
      const text = normalize(deepText(article));
      const units = await translationUnits(locale);
      const targets = normalize(units.map((unit) => unit.target).join(' '));
      let checked = 0;
      for (const unit of units) {
        if (normalize(unit.source.replace(/\u0000/g, '')) === normalize(unit.target.replace(/\u0000/g, ''))) continue;
        for (const fragment of unit.source.split('\u0000').map(normalize)) {
          // Short fragments and words kept in English on purpose (names, "PRP") are not evidence.
          if (fragment.split(' ').length < 3 || targets.includes(fragment)) continue;
          checked += 1;
          expect(text, `${locale}: English left from ${unit.id}`).not.to.contain(fragment);
        }
      }
      expect(checked).to.be.greaterThan(100);
      expect(getLocale()).to.equal(locale);
      expect(warnings.messages()).to.deep.equal([]);
    });
  }

  /** The article's passages that no widget showed before, in English: each must be in the article. */
  const ONCE_MISSING = [
    'Your skin performs a variety of different functions, but the most important is acting as a barrier to protect you from harmful substances—everything from cold and moisture to germs, UV rays and environmental toxins.',
    'Simply looking at a person’s skin can tell you a lot about their health.',
    'So, what do your acne scars say about you?',
    'Microneedling encourages collagen production which helps restore your skin’s youthful look and feel.',
    'If you already have acne scars, the chances are good that you’ve had them for a while—maybe since childhood or adolescence.',
    'Should this be the case, you don’t need to give up hope! Microneedling is an excellent option for reducing acne scars, though there are other options available.',
  ];

  for (const locale of ['en', ...TRANSLATED_LOCALES]) {
    it(`shows every passage of the article in ${locale}, the four once missing among them`, async () => {
      await setLocale(locale);
      const text = normalize(deepText(await renderArticle()));
      const units = locale === 'en' ? [] : await translationUnits(locale);
      for (const english of ONCE_MISSING) {
        const shown = locale === 'en' ? english : units.find((unit) => unit.source === english)?.target;
        expect(shown, `${locale}: a translation of "${english}"`).to.be.a('string').and.not.equal('');
        expect(text, `${locale}: "${english}"`).to.contain(normalize(shown!));
      }
      expect(warnings.messages()).to.deep.equal([]);
    });
  }

  for (const locale of ['en-XA', 'de']) {
    it(`fits a 320px column in ${locale}, without horizontal overflow`, async () => {
      await setLocale(locale);
      const article = await renderArticle(320);
      const wrapper = article.parentElement!;
      expect(wrapper.scrollWidth, `${locale} content is ${wrapper.scrollWidth}px wide`).to.be.at.most(wrapper.clientWidth);
    });
  }

  it('mirrors the layout in Arabic', async () => {
    await setLocale('ar');
    const article = await renderArticle(1000);
    expect(article.getAttribute('dir')).to.equal('rtl');
    const scarTypes = article.shadowRoot!.querySelector('scar-types')!;
    const atrophic = scarTypes.shadowRoot!.querySelector<HTMLElement>('[part~="atrophic"]')!;
    const hypertrophic = scarTypes.shadowRoot!.querySelector<HTMLElement>('[part~="hypertrophic"]')!;
    expect(getComputedStyle(atrophic).direction).to.equal('rtl');
    // The first card of the comparison sits on the right in a right-to-left layout.
    expect(atrophic.getBoundingClientRect().left).to.be.greaterThan(hypertrophic.getBoundingClientRect().left);
  });

  it('writes every figure in Arabic in Latin digits, as its translation writes the figures in its text', async () => {
    await setLocale('ar');
    const article = await renderArticle(1000);
    const text = normalize(deepText(article));
    // The price, the byline's date, the needle sizes, and the figures of the translated sentences.
    for (const figure of ['15', '2021', '0.5', '246', '2015']) expect(text, figure).to.contain(figure);
    expect(text.match(/[\u0660-\u0669\u06f0-\u06f9]+/g), 'Arabic-Indic digits').to.equal(null);
  });

  it('passes axe in Arabic', async () => {
    await setLocale('ar');
    const article = await renderArticle(1000);
    await expect(article).to.be.accessible();
  });

  it('leaves the direction to the page when the page sets dir', async () => {
    await setLocale('ar');
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="ltr"><med-disclaimer></med-disclaimer></div>`);
    const disclaimer = wrapper.querySelector('med-disclaimer') as Updatable;
    await disclaimer.updateComplete;
    expect(disclaimer.hasAttribute('dir')).to.be.false;
    expect(getComputedStyle(disclaimer).direction).to.equal('ltr');
  });

  it('switches every block at run time when <html lang> changes, and back', async () => {
    const article = await renderArticle();
    const heading = () => normalize(article.shadowRoot!.querySelector('[part="heading"]')!.textContent!);
    const english = heading();
    const seen = new Set([english]);
    for (const lang of ['fr-CA', 'de-AT', 'pt', 'ar-EG']) {
      const ready = nextLocaleReady();
      document.documentElement.lang = lang;
      await ready;
      await settle(article);
      seen.add(heading());
    }
    expect(seen.size).to.equal(5);
    expect(article.getAttribute('dir')).to.equal('rtl');
    const back = nextLocaleReady();
    document.documentElement.lang = 'en';
    await back;
    await settle(article);
    expect(heading()).to.equal(english);
    expect(article.hasAttribute('dir')).to.be.false;
  });
});

describe('locale choice', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  it('takes a bare language to its one regional translation, but never a sibling region', () => {
    expect(resolveLocale('pt')).to.equal('pt-BR');
    expect(resolveLocale('pt-BR')).to.equal('pt-BR');
    expect(resolveLocale('pt-PT')).to.equal('en');
    expect(resolveLocale('fr-CH')).to.equal('fr');
    expect(resolveLocale('de-Latn-AT')).to.equal('de');
    expect(resolveLocale('ar-SA')).to.equal('ar');
    expect(resolveLocale('en-XA')).to.equal('en-XA');
  });

  it('adds a locale from the page without a rebuild, from a plain messages object', async () => {
    const warnings = captureWarnings();
    try {
      registerLocale('it', {
        s93dd57502f7d6ea3: 'Avvertenza medica',
        s60ce351fc2d09d92: 'Scopri di più sui nostri standard editoriali',
        s7fe487d4161de1bf: 'Revisione medica di ${0}',
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <med-disclaimer editorial-href="/standards"></med-disclaimer>
        <med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>
      </div>`);
      const ready = nextLocaleReady();
      document.documentElement.lang = 'it-IT';
      await ready;
      const [disclaimer, review] = [...wrapper.children] as Updatable[];
      await disclaimer.updateComplete;
      await review.updateComplete;
      expect(disclaimer.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal('Scopri di più sui nostri standard editoriali');
      expect(review.shadowRoot!.querySelector('[part~="reviewer"]')!.textContent).to.equal('Revisione medica di Kristin Hall');
      // A message the page did not translate shows in English, and the date follows Italian.
      expect(review.shadowRoot!.querySelector('time')!.textContent).to.equal('11 marzo 2021');
      expect(warnings.messages()).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('refuses a tag Intl does not take ("it-it-it"): a page in that language falls back as for any other, and nothing throws', async () => {
    const warnings = captureWarnings();
    const errors: string[] = [];
    const record = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    try {
      registerLocale('it-it-it', { s93dd57502f7d6ea3: 'Avvertenza medica' });
      expect(warnings.messages()).to.deep.equal(['acne-scar-widgets: registerLocale("it-it-it") needs a BCP 47 language tag; the locale is not added.']);
      document.documentElement.lang = 'it-it-it';
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>
        <microneedling-facts></microneedling-facts>
        <promo-banner href="/start" countdown ends="2099-01-01"></promo-banner>
      </div>`);
      for (const element of wrapper.children) await (element as Updatable).updateComplete;
      // Shown in the nearest locale the page has (English, or an "it" another test registered).
      for (const element of wrapper.children) expect(normalize(deepText(element)), element.localName).to.match(/\d/);
      expect(normalize(deepText(wrapper))).not.to.contain('undefined');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
      warnings.restore();
    }
  });

  it('shows in English a registered message that is neither text nor a template, or has a placeholder its English lacks', async () => {
    const warnings = captureWarnings();
    try {
      registerLocale('it', {
        s60ce351fc2d09d92: 42 as unknown as string,
        s7fe487d4161de1bf: 'Revisione medica di ${5}',
        s93dd57502f7d6ea3: 'Avvertenza medica',
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <med-disclaimer editorial-href="/standards"></med-disclaimer>
        <med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>
      </div>`);
      const ready = nextLocaleReady();
      document.documentElement.lang = 'it';
      await ready;
      const [disclaimer, review] = [...wrapper.children] as Updatable[];
      await disclaimer.updateComplete;
      await review.updateComplete;
      expect(disclaimer.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal('Learn more about our editorial standards');
      expect(review.shadowRoot!.querySelector('[part~="reviewer"]')!.textContent).to.equal('Medically reviewed by Kristin Hall');
      expect(normalize(deepText(wrapper))).not.to.contain('undefined');
      expect(warnings.messages()).to.deep.equal([
        'acne-scar-widgets: registerLocale("it"): s60ce351fc2d09d92 is neither text nor a template; shown in English.',
        'acne-scar-widgets: the "it" translation of message s7fe487d4161de1bf has a placeholder its English lacks; it shows in English.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('refuses to register a malformed locale tag, with one warning', () => {
    const warnings = captureWarnings();
    try {
      registerLocale('<script>', {});
      registerLocale('<script>', {});
      expect(warnings.messages()).to.have.length(1);
      expect(resolveLocale('<script>')).to.equal('en');
    } finally {
      warnings.restore();
    }
  });
});

describe('measurements for the reader', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  async function skinWeightSentence() {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<scar-types></scar-types>`);
    await el.updateComplete;
    return normalize(el.shadowRoot!.textContent!);
  }

  it('keeps the article\'s pounds for US readers', async () => {
    document.documentElement.lang = 'en-US';
    expect(await skinWeightSentence()).to.contain('between 7.5 pounds and 22 pounds, depending on the person');
  });

  it('adds kilograms for readers of metric locales, keeping the article\'s figures', async () => {
    await setLocale('es');
    expect(await skinWeightSentence()).to.contain('entre 7,5 libras (3,4 kg) y 22 libras (10 kg)');
    await setLocale('de');
    // German "Pfund" and French "livre" are commonly half a kilogram: the pound goes by its symbol.
    expect(await skinWeightSentence()).to.contain('zwischen 7,5 lb (3,4 kg) und 22 lb (10 kg)');
    await setLocale('fr');
    expect(await skinWeightSentence()).to.match(/7,5\s?lb \(3,4\s?kg\)/);
    expect(await skinWeightSentence()).to.not.match(/livre/);
  });

  it('adds kilograms for English readers outside the United States', async () => {
    const ready = nextLocaleReady();
    document.documentElement.lang = 'en-GB';
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 100))]);
    expect(await skinWeightSentence()).to.contain('between 7.5 pounds (3.4 kg) and 22 pounds (10 kg)');
  });
});

describe('a translator\'s own locale, from their XLIFF file', () => {
  afterEach(async () => {
    await setLocale(null);
  });

  it('missingMessages() lists the ids a registered locale does not translate, sorted', async () => {
    const all = Object.keys(await (await fetch('/src/locales/messages.json')).json());
    expect(all.length).to.be.greaterThan(150);
    registerLocale('it', { s60ce351fc2d09d92: 'Scopri di più sui nostri standard editoriali' });
    const missing = await missingMessages('it');
    expect(missing).to.not.include('s60ce351fc2d09d92');
    expect(all).to.include('s60ce351fc2d09d92');
    expect(missing).to.have.length(all.length - 1);
    expect(missing).to.deep.equal([...missing].sort());
    expect(await missingMessages('IT'), 'the tag as a page writes it').to.deep.equal(missing);
    expect(await missingMessages('xx'), 'nothing registered: every message').to.have.length(all.length);
  });
});
