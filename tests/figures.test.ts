/**
 * The article's figures come formatted ahead (scripts/figures.mjs): a first render constructs no
 * `Intl` formatter, whose first use on a page costs tens of milliseconds; what it shows is what
 * this browser's `Intl` writes; a value a page gives is still formatted by `Intl`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/acne-scar-article.js';
import '../src/define/med-review.js';
import type { AcneScarArticle } from '../src/acne-scar-article/acne-scar-article.js';
import { setLocale } from '../src/core/locale.js';
import { warningsOfEachTest } from './support/console.js';

const SHIPPED = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];
const FORMATTERS = ['NumberFormat', 'DateTimeFormat'] as const;

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Counts the `Intl` formatters constructed while `run` runs. */
async function formattersMadeDuring(run: () => Promise<void>): Promise<number> {
  const originals = FORMATTERS.map((name) => Intl[name]);
  let made = 0;
  FORMATTERS.forEach((name, index) => {
    const original = originals[index] as unknown as new (...args: unknown[]) => object;
    (Intl as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args) {
        made += 1;
        return Reflect.construct(target, args);
      },
      apply(target, thisArg, args) {
        made += 1;
        return Reflect.apply(target as unknown as (...a: unknown[]) => unknown, thisArg, args);
      },
    });
  });
  try {
    await run();
  } finally {
    FORMATTERS.forEach((name, index) => ((Intl as Record<string, unknown>)[name] = originals[index]));
  }
  return made;
}

/** Every text node under `node`, through shadow roots, white space collapsed. */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const children = [...((node as Element).shadowRoot ?? node).childNodes];
  return children.map(deepText).join(' ').replace(/[\s\u00a0\u202f]+/g, ' ');
}

const collapse = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const latin = { numberingSystem: 'latn' } as const;

describe('figures formatted ahead', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  for (const locale of SHIPPED) {
    it(`renders the whole article in ${locale} without constructing an Intl formatter, writing what Intl writes`, async () => {
      await setLocale(locale);
      let article!: AcneScarArticle;
      const made = await formattersMadeDuring(async () => {
        article = await fixture<AcneScarArticle>(html`<acne-scar-article promo-href="/offer" editorial-href="/standards"></acne-scar-article>`);
        await article.updateComplete;
        const blocks = [...article.shadowRoot!.querySelectorAll<Updatable>('[part~="section"]')];
        await Promise.all(blocks.map((block) => block.updateComplete));
      });
      expect(made).to.equal(0);
      const text = deepText(article);
      // The same figures, as this browser's own Intl writes them.
      const date = new Intl.DateTimeFormat(locale, { ...latin, dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, 2, 11)));
      const size = new Intl.NumberFormat(locale, { ...latin, style: 'unit', unit: 'millimeter', unitDisplay: 'short', minimumFractionDigits: 1 }).format(0.5);
      const price = new Intl.NumberFormat(locale, { ...latin, style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(15);
      expect(text).to.contain(collapse(date));
      expect(text).to.contain(collapse(size));
      expect(text).to.contain(collapse(price));
      expect(warnings.messages()).to.be.empty;
    });
  }

  it('formats a value the page gives through Intl, as before', async () => {
    const made = await formattersMadeDuring(async () => {
      const review = await fixture<Updatable>(html`<med-review reviewer="A Reviewer" updated="2024-02-29"></med-review>`);
      await review.updateComplete;
      expect(deepText(review)).to.contain('February 29, 2024');
    });
    expect(made).to.be.above(0);
  });
});
