/**
 * Host pages that break the browser's globals the library uses, as faulty polyfills, hardened
 * runtimes and careless scripts do: Intl that throws, a scheduler.yield that throws or never
 * settles, a console.warn that throws, attachInternals removed, Symbol frozen (SES `lockdown()`).
 * Each page breaks one of them before the one-tag bundle loads; every element still shows its text,
 * the article is not left hidden, and nothing is thrown.
 */
import { expect } from '@open-wc/testing';
import { customElementsIn, openFrame, type FramePage } from '../support/frame.js';

/** Every uncaught error and rejection in the page, from its first script on. */
const RECORD_ERRORS = `window.pageErrors = [];
addEventListener('error', (event) => pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => pageErrors.push('unhandled rejection: ' + event.reason));`;

const BODY = `
<med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Our Editorial Team" updated="2021-03-11"></med-review>
<med-review reviewer="A Reviewer" updated="not a date"></med-review>
<promo-banner href="/start" dismissible countdown ends="2099-01-01"></promo-banner>
<microneedling-facts></microneedling-facts>
<scar-types></scar-types>
<acne-scar-article promo-href="/start" editorial-href="/standards"></acne-scar-article>`;

const HOSTS: [string, string][] = [
  [
    'Intl.NumberFormat, DateTimeFormat and RelativeTimeFormat throw',
    `for (const name of ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat']) {
      Intl[name] = function () { throw new TypeError('broken Intl polyfill'); };
    }`,
  ],
  ['scheduler.yield throws', `Object.defineProperty(window, 'scheduler', { value: { yield() { throw new Error('broken scheduler'); } } });`],
  ['scheduler.yield never settles', `Object.defineProperty(window, 'scheduler', { value: { yield: () => new Promise(() => {}) } });`],
  ['console.warn throws', `console.warn = () => { throw new Error('console is locked'); };`],
  ['attachInternals is gone', `delete HTMLElement.prototype.attachInternals;`],
  ['Symbol is frozen, as SES lockdown() leaves it', `Object.freeze(Symbol);`],
];

/** The text of an element's shadow root, white space collapsed. */
const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a host page that breaks a global the library uses', function () {
  this.timeout(30000);
  let page: FramePage | undefined;
  afterEach(() => page?.remove());

  for (const [what, breaking] of HOSTS) {
    it(`${what}: every element shows its text, and nothing throws`, async () => {
      page = await openFrame({ width: 1000, before: `${RECORD_ERRORS}\n${breaking}`, body: BODY });
      const widgets = customElementsIn(page.document);
      expect(widgets.length).to.be.above(15);
      for (const widget of widgets) {
        expect(text(widget), `<${widget.localName}> shows text`).not.to.equal('');
        expect(page.window.getComputedStyle(widget).visibility, `<${widget.localName}> is visible`).to.equal('visible');
      }
      const article = page.document.querySelector('acne-scar-article')!;
      const shown = article.shadowRoot!.querySelector('[part~="base"]') ?? article.shadowRoot!.firstElementChild!;
      expect(page.window.getComputedStyle(shown).visibility, 'the article is shown').to.equal('visible');
      // The date and the figures are there, as Intl writes them or plainly.
      expect(text(page.document.querySelector('med-review')!)).to.match(/2021/);
      expect(text(page.document.querySelector('promo-banner')!)).to.match(/15/);
      expect(text(page.document.querySelector('microneedling-facts')!)).to.match(/0[.,]5 ?mm/);
      expect((page.window as unknown as { pageErrors: string[] }).pageErrors).to.deep.equal([]);
    });
  }

  it('attachInternals is gone: a dismissed offer still hides itself', async () => {
    page = await openFrame({ width: 1000, before: `${RECORD_ERRORS}\ndelete HTMLElement.prototype.attachInternals;`, body: '<promo-banner href="/start" dismissible></promo-banner>' });
    const banner = page.document.querySelector('promo-banner')! as HTMLElement & { updateComplete: Promise<unknown> };
    (banner.shadowRoot!.querySelector('[part~="dismiss"]') as HTMLElement).click();
    await banner.updateComplete;
    expect(page.window.getComputedStyle(banner).display).to.equal('none');
    expect((page.window as unknown as { pageErrors: string[] }).pageErrors).to.deep.equal([]);
  });
});
