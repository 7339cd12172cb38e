/**
 * Layout that every engine must get right, in frames of a phone's and a desktop's width (an iframe
 * is a viewport of its own): the space docs/site-owners.md tells site owners to reserve holds after
 * the upgrade, and every element reflows at 320 CSS px with a reader's 20 px root font in every
 * locale (WCAG 1.4.10): no sideways scrolling, no text out of its box.
 */
import { expect } from '@open-wc/testing';
import { publishedReservationCss, SITE_OWNERS_PAGE } from '../bench/pages.mjs';
import { allLocales } from '../src/locale-codes.js';
import { addScript, customElementsIn, openFrame, type FramePage } from './support/frame.js';
import { engineLabel } from './support/engine.js';

const PRESETS = ['new-customer', 'adult-acne', 'customized-treatment'];

/**
 * The bar's reserved block size at a viewport width, as the published rules and the class JSDoc
 * give it: each band's narrowest and widest width, and a common phone, tablet and desktop width.
 */
const BAR_RESERVED_REM: [number, number][] = [
  [320, 8],
  [390, 8],
  [479, 8],
  [480, 5.5],
  [639, 5.5],
  [640, 4.5],
  [800, 4.5],
  [1199, 4.5],
  [1200, 3],
  [1280, 3],
];

/** The languages readers see: the pseudo-locale en-XA, which stretches every text for translators, has no height promise. */
const READER_LOCALES = allLocales.filter((locale) => locale !== 'en-XA');

let reservationCss = '';
before(async () => {
  reservationCss = publishedReservationCss(await (await fetch(`/${SITE_OWNERS_PAGE}`)).text());
});

const bars = PRESETS.map((preset) => `<promo-banner preset="${preset}" href="/start" dismissible></promo-banner>`).join('\n');

const heights = (page: FramePage, selector: string) =>
  [...page.document.querySelectorAll(selector)].map((element) => element.getBoundingClientRect().height);

describe(`layout in ${engineLabel}`, function () {
  this.timeout(60000);
  let page: FramePage | undefined;
  afterEach(() => page?.remove());

  describe('the offer bar keeps the height the published rules reserve for it', () => {
    for (const [width, rem] of BAR_RESERVED_REM) {
      it(`${rem}rem on a ${width}px wide screen, before and after the script, in every language`, async () => {
        const expected: Record<string, number[]> = {};
        const reservedHeights: Record<string, number[]> = {};
        const renderedHeights: Record<string, number[]> = {};
        for (const locale of READER_LOCALES) {
          page?.remove();
          page = await openFrame({ width, lang: locale, css: reservationCss, body: bars, script: null });
          expected[locale] = PRESETS.map(() => rem * 16);
          reservedHeights[locale] = heights(page, 'promo-banner');
          await addScript(page);
          renderedHeights[locale] = heights(page, 'promo-banner');
        }
        expect(reservedHeights, 'reserved').to.deep.equal(expected);
        expect(renderedHeights, `rendered (${PRESETS.join(', ')})`).to.deep.equal(expected);
      });
    }
  });
});

describe(`the byline in ${engineLabel} keeps within the floor the published rules give it, in every language`, function () {
  this.timeout(120000);
  let page: FramePage | undefined;
  afterEach(() => page?.remove());
  // As the floors were measured: a 44rem column, the page's 17px system font. Below 390px the
  // site owners' page says a narrower column can need more.
  for (const width of [390, 480, 600, 800]) {
    it(`on a ${width}px wide screen: the rendered byline is no taller than its reserved floor`, async () => {
      const grew: string[] = [];
      for (const locale of READER_LOCALES) {
        page?.remove();
        page = await openFrame({
          width,
          lang: locale,
          css: `body { font: 17px system-ui, sans-serif; } main { max-width: 44rem; } ${reservationCss}`,
          body: '<main><med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Our Editorial Team" updated="2021-03-11"></med-review></main>',
          script: null,
        });
        const byline = page.document.querySelector('med-review')!;
        const reserved = byline.getBoundingClientRect().height;
        await addScript(page);
        expect(byline.shadowRoot!.textContent, locale).to.contain('Kristin Hall');
        const rendered = byline.getBoundingClientRect().height;
        if (rendered > reserved + 0.5) grew.push(`${locale}: ${reserved.toFixed(1)}px reserved, ${rendered.toFixed(1)}px rendered`);
      }
      expect(grew).to.deep.equal([]);
    });
  }
});

/** Each element with the attributes it needs to show all of its content, and the whole article. */
const EVERY_ELEMENT = `
<promo-banner preset="adult-acne" href="/start" dismissible></promo-banner>
<med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Our Editorial Team" updated="2021-03-11"></med-review>
<promo-banner preset="new-customer" variant="card" href="/start" dismissible></promo-banner>
<promo-banner preset="customized-treatment" variant="inline" href="/start"></promo-banner>
<scar-types heading-level="2"></scar-types>
<microneedling-facts heading-level="2"></microneedling-facts>
<microneedling-evidence heading-level="2"></microneedling-evidence>
<microneedling-candidacy heading-level="2"></microneedling-candidacy>
<scar-treatments heading-level="2"></scar-treatments>
<scar-prevention heading-level="2"></scar-prevention>
<med-disclaimer editorial-href="/standards"></med-disclaimer>
<acne-scar-article heading-level="1" promo-href="/start" editorial-href="/standards"></acne-scar-article>`;

/** The element above `node`, from a shadow root's top to its host. */
const parentOf = (node: Node): Element | null =>
  node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);

/** The box a piece of text must stay in: its nearest ancestor that is not laid out inline. */
function boxOf(node: Node): Element | null {
  for (let element = parentOf(node); element; element = element.assignedSlot ?? parentOf(element)) {
    const display = getComputedStyle(element).display;
    if (display !== 'inline' && display !== 'contents') return element;
  }
  return null;
}

/** Whether the reader sees this text: shown, and not text kept only for screen readers. */
function isSeen(node: Node): boolean {
  for (let element = parentOf(node); element; element = parentOf(element)) {
    const style = getComputedStyle(element);
    if (style.clipPath !== 'none' || style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

/** Every text the reader sees that sticks out of its box sideways, described for the failure message. */
function textOutOfItsBox(root: Document): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && isSeen(node)) {
      const box = boxOf(node)?.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of box ? range.getClientRects() : []) {
        if (rect.width && (rect.left < box!.left - 1 || rect.right > box!.right + 1)) {
          found.push(`"${node.textContent!.trim().slice(0, 40)}" ${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box!.left)}–${Math.round(box!.right)}`);
          break;
        }
      }
    }
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root.body);
  return found;
}

/** The innermost elements that reach past `right`, described, for a failure message. */
function widerThan(root: Document, right: number): string[] {
  const found: string[] = [];
  const visit = (element: Element): boolean => {
    let childTooWide = false;
    const children = [...element.children, ...(element.shadowRoot ? [...element.shadowRoot.children] : [])];
    for (const child of children) if (visit(child)) childTooWide = true;
    for (const text of [...element.childNodes, ...(element.shadowRoot?.childNodes ?? [])]) {
      if (text.nodeType !== Node.TEXT_NODE || !text.textContent!.trim() || !isSeen(text)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const textRight = Math.max(...[...range.getClientRects()].map((rect) => rect.right));
      if (textRight > right + 0.5) {
        found.push(`text in ${element.localName} to ${Math.round(textRight)}px: "${text.textContent!.trim().slice(0, 40)}"`);
        childTooWide = true;
      }
    }
    const rect = element.getBoundingClientRect();
    if (rect.right <= right + 0.5 || childTooWide) return childTooWide || rect.right > right + 0.5;
    const host = (element.getRootNode() as ShadowRoot).host?.localName ?? '';
    const name = `${host ? `${host} ` : ''}${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
    found.push(`${name} to ${Math.round(rect.right)}px: "${(element.textContent ?? '').trim().slice(0, 40)}"`);
    return true;
  };
  visit(root.body);
  return found;
}

describe(`reflow in ${engineLabel} (WCAG 1.4.10): every element, a 20px root font`, function () {
  this.timeout(60000);
  let page: FramePage | undefined;
  afterEach(() => page?.remove());

  for (const width of [320, 360]) {
    for (const locale of allLocales) {
      it(`${width}px wide in ${locale}: no sideways scrolling, no text out of its box`, async () => {
        page = await openFrame({ width, height: 640, lang: locale, rootFontSize: 20, body: EVERY_ELEMENT });
        expect(customElementsIn(page.document).length).to.be.above(20);
        const scroller = page.document.documentElement;
        expect(scroller.scrollWidth, `page width: ${widerThan(page.document, scroller.clientWidth).join('; ')}`).to.be.at.most(scroller.clientWidth);
        expect(textOutOfItsBox(page.document)).to.deep.equal([]);
      });
    }
  }
});
