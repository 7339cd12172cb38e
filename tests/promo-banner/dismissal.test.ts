import { expect, oneEvent } from '@open-wc/testing';
import { focusWindow, sendKeys } from '../support/engine.js';
import type { PromoBanner, PromoDismissDetail } from '../../src/promo-banner/promo-banner.js';
import { DISMISSAL_STORAGE_PREFIX, rememberDismissal } from '../../src/promo-banner/dismissal.js';
import { captureWarnings } from '../support/console.js';
import { banner, clearDismissals, html, isShown, part, page } from './support.js';

const DAY_MS = 86_400_000;

async function dismiss(el: PromoBanner): Promise<PromoDismissDetail> {
  const event = oneEvent(el, 'promo-dismiss');
  part(el, 'dismiss')!.click();
  const { detail } = await event;
  await el.updateComplete;
  return detail;
}

/** Makes every Storage method throw, as a full quota or a locked-down browser does. */
function breakStorageMethods(): () => void {
  const originals = {
    getItem: Storage.prototype.getItem,
    setItem: Storage.prototype.setItem,
    removeItem: Storage.prototype.removeItem,
  };
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  Object.assign(Storage.prototype, { getItem: fail, setItem: fail, removeItem: fail });
  return () => Object.assign(Storage.prototype, originals);
}

/** Makes reading `window.localStorage` itself throw, as in a sandboxed iframe. */
function blockLocalStorage(): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
  return () => Object.defineProperty(window, 'localStorage', original);
}

describe('<promo-banner> dismissal', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    clearDismissals();
  });
  afterEach(() => {
    warnings.restore();
    clearDismissals();
  });

  it('has no close button unless dismissible', async () => {
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    expect(part(el, 'dismiss')).to.be.null;
    expect(el.shadowRoot!.querySelector('button')).to.be.null;
  });

  it('has a close button labelled "Dismiss advertisement" that hides the banner and says so', async () => {
    const el = await banner(html`<promo-banner href="/start" dismissible promo-id="top-bar"></promo-banner>`);
    const button = part(el, 'dismiss') as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Dismiss advertisement');
    expect(button.getAttribute('part')).to.equal('dismiss button');
    expect(part(el, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
    const detail = await dismiss(el);
    expect(detail).to.deep.equal({
      id: 'top-bar',
      preset: 'new-customer',
      href: new URL('/start', document.baseURI).href,
      variant: 'bar',
      dismissKey: undefined,
      days: 0,
    });
    expect(isShown(el)).to.be.false;
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('remembers a dismissal under its dismiss-key, so the banner stays away after a reload', async () => {
    const first = await banner(html`<promo-banner href="/start" dismissible dismiss-key="spring"></promo-banner>`);
    const detail = await dismiss(first);
    expect(detail.dismissKey).to.equal('spring');
    expect(detail.days).to.equal(30);
    const [at, days] = localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}spring`)!.split('/').map(Number);
    expect(at).to.be.closeTo(Date.now(), 5000);
    expect(days).to.equal(30);
    first.remove();

    const again = await banner(html`<promo-banner href="/start" dismissible dismiss-key="spring"></promo-banner>`);
    expect(isShown(again)).to.be.false;
    const other = await banner(html`<promo-banner href="/start" dismissible dismiss-key="summer"></promo-banner>`);
    expect(isShown(other)).to.be.true;
  });

  it('reads a dismissal stored on an earlier visit, and forgets it after its days', async () => {
    localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}autumn`, `${Date.now() - 10 * DAY_MS}/30`);
    const recent = await banner(html`<promo-banner href="/start" dismissible dismiss-key="autumn"></promo-banner>`);
    expect(isShown(recent)).to.be.false;

    localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}winter`, `${Date.now() - 31 * DAY_MS}/30`);
    const expired = await banner(html`<promo-banner href="/start" dismissible dismiss-key="winter"></promo-banner>`);
    expect(isShown(expired)).to.be.true;
    expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}winter`)).to.be.null;
  });

  it('reads a dismissal an older version stored (the time alone) with the banner\'s own days', async () => {
    const stored = String(Date.now() - 10 * DAY_MS);
    localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}legacy`, stored);
    const kept = await banner(html`<promo-banner href="/start" dismissible dismiss-key="legacy"></promo-banner>`);
    expect(isShown(kept)).to.be.false;
    const shorter = await banner(html`<promo-banner href="/start" dismissible dismiss-key="legacy" dismiss-days="7"></promo-banner>`);
    expect(isShown(shorter)).to.be.true;
    // Left for the banners that keep it longer.
    expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}legacy`)).to.equal(stored);
  });

  it('closes every banner that shares its dismiss-key at once, with no reload', async () => {
    const wrapper = await page(html`<div>
      <promo-banner href="/a" dismissible dismiss-key="shared"></promo-banner>
      <promo-banner href="/b" variant="card" dismissible dismiss-key="shared"></promo-banner>
      <promo-banner href="/c" dismissible dismiss-key="other"></promo-banner>
    </div>`);
    const [first, second, other] = [...wrapper.querySelectorAll<PromoBanner>('promo-banner')];
    await dismiss(first);
    await second.updateComplete;
    expect([isShown(first), isShown(second), isShown(other)]).to.deep.equal([false, false, true]);
  });

  it('with dismiss-days="0", closes every banner with its key for this page view, storing nothing', async () => {
    const wrapper = await page(html`<div>
      <promo-banner href="/a" dismissible dismiss-key="view-only" dismiss-days="0"></promo-banner>
      <promo-banner href="/b" dismissible dismiss-key="view-only"></promo-banner>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll<PromoBanner>('promo-banner')];
    const detail = await dismiss(first);
    await second.updateComplete;
    expect(detail.days).to.equal(0);
    expect(isShown(second)).to.be.false;
    expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}view-only`)).to.be.null;
  });

  it('never shortens or erases a dismissal kept longer, whatever a banner\'s dismiss-days', async () => {
    const kept = `${Date.now() - 2 * DAY_MS}/30`;
    localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}long-kept`, kept);
    for (const days of ['1', '0']) {
      const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="long-kept" dismiss-days=${days}></promo-banner>`);
      expect(isShown(el), `dismiss-days="${days}"`).to.be.false;
      el.remove();
    }
    expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}long-kept`)).to.equal(kept);
    // Nor does a shorter dismissal written over it.
    expect(rememberDismissal('long-kept', 1)).to.be.true;
    expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}long-kept`)).to.equal(kept);
  });

  for (const [what, value] of [
    ['from the future', () => `${Date.now() + 3650 * DAY_MS}/30`],
    ['longer than a year', () => `${Date.now()}/100000`],
    ['older than a year, in the old form', () => String(Date.now() - 400 * DAY_MS)],
    ['not a time', () => 'yes please'],
  ] as const) {
    it(`drops a stored dismissal ${what} rather than trust it`, async () => {
      localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}untrusted`, value());
      const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="untrusted" dismiss-days="365"></promo-banner>`);
      expect(isShown(el)).to.be.true;
      expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}untrusted`)).to.be.null;
    });
  }

  it('keeps a dismissal 365 days at most, and warns once for a longer dismiss-days', async () => {
    const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="too-long" dismiss-days="1000"></promo-banner>`);
    const detail = await dismiss(el);
    expect(detail.days).to.equal(365);
    expect(warnings.messages()).to.deep.equal(['<promo-banner> dismiss-days="1000": a dismissal is kept 365 days at most.']);
  });

  it('keeps a dismissal for the number of days in dismiss-days', async () => {
    localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}long`, `${Date.now() - 45 * DAY_MS}/60`);
    const kept = await banner(html`<promo-banner href="/start" dismissible dismiss-key="long" dismiss-days="60"></promo-banner>`);
    expect(isShown(kept)).to.be.false;
    localStorage.setItem(`${DISMISSAL_STORAGE_PREFIX}short`, `${Date.now() - 2 * DAY_MS}/1`);
    const back = await banner(html`<promo-banner href="/start" dismissible dismiss-key="short" dismiss-days="1"></promo-banner>`);
    expect(isShown(back)).to.be.true;
  });

  it('without a dismiss-key, a dismissal lasts for this page view only', async () => {
    const first = await banner(html`<promo-banner href="/start" dismissible></promo-banner>`);
    await dismiss(first);
    expect(isShown(first)).to.be.false;
    expect(Object.keys(localStorage).filter((key) => key.startsWith(DISMISSAL_STORAGE_PREFIX))).to.be.empty;
    const next = await banner(html`<promo-banner href="/start" dismissible></promo-banner>`);
    expect(isShown(next)).to.be.true;
  });

  it('still dismisses, for the page view, when every storage call throws', async () => {
    const restore = breakStorageMethods();
    try {
      const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="quota"></promo-banner>`);
      expect(isShown(el)).to.be.true;
      const detail = await dismiss(el);
      expect(detail.days).to.equal(0);
      expect(isShown(el)).to.be.false;
      el.remove();
      const again = await banner(html`<promo-banner href="/start" dismissible dismiss-key="quota"></promo-banner>`);
      expect(isShown(again)).to.be.false;
    } finally {
      restore();
    }
    expect(warnings.messages()).to.be.empty;
  });

  it('still dismisses, for the page view, when reading localStorage itself throws', async () => {
    const restore = blockLocalStorage();
    try {
      expect(() => window.localStorage).to.throw();
      const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="sandboxed"></promo-banner>`);
      expect(isShown(el)).to.be.true;
      await dismiss(el);
      expect(isShown(el)).to.be.false;
      el.remove();
      const again = await banner(html`<promo-banner href="/start" dismissible dismiss-key="sandboxed"></promo-banner>`);
      expect(isShown(again)).to.be.false;
    } finally {
      restore();
    }
    expect(window.localStorage).to.equal(localStorage);
  });

  it('still dismisses, for the page view, where there is no localStorage at all', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => undefined });
    try {
      const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="no-storage"></promo-banner>`);
      expect(isShown(el)).to.be.true;
      await dismiss(el);
      expect(isShown(el)).to.be.false;
      el.remove();
      const again = await banner(html`<promo-banner href="/start" dismissible dismiss-key="no-storage"></promo-banner>`);
      expect(isShown(again)).to.be.false;
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('moves focus to what comes after the banner once it is dismissed from the keyboard', async () => {
    const wrapper = await page(html`<div>
      <button id="before">Before</button>
      <promo-banner href="/start" dismissible></promo-banner>
      <a id="after" href="#after">After</a>
    </div>`);
    const el = wrapper.querySelector('promo-banner')!;
    await focusWindow();
    part(el, 'dismiss')!.focus();
    const dismissed = oneEvent(el, 'promo-dismiss');
    await sendKeys({ press: 'Enter' });
    await dismissed;
    await el.updateComplete;
    expect(isShown(el)).to.be.false;
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('leaves focus where a promo-dismiss listener put it', async () => {
    const wrapper = await page(html`<div>
      <button id="before">Before</button>
      <promo-banner href="/start" dismissible></promo-banner>
      <a id="after" href="#after">After</a>
    </div>`);
    const el = wrapper.querySelector('promo-banner')!;
    await el.updateComplete;
    el.addEventListener('promo-dismiss', () => wrapper.querySelector<HTMLElement>('#before')!.focus());
    await focusWindow();
    part(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(isShown(el)).to.be.false;
    expect(document.activeElement).to.equal(wrapper.querySelector('#before'));
  });

  it('falls back to 30 days for an unusable dismiss-days, and warns once', async () => {
    const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="bad-days" dismiss-days="forever"></promo-banner>`);
    const detail = await dismiss(el);
    expect(detail.days).to.equal(30);
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<promo-banner> dismiss-days="forever"');
  });

  it('keeps a dismissal for the page view only when dismiss-days is 0', async () => {
    const el = await banner(html`<promo-banner href="/start" dismissible dismiss-key="zero" dismiss-days="0"></promo-banner>`);
    const detail = await dismiss(el);
    expect(detail.days).to.equal(0);
    expect(localStorage.getItem(`${DISMISSAL_STORAGE_PREFIX}zero`)).to.be.null;
  });
});
