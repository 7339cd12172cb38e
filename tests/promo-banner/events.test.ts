import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { engine, focusWindow, sendKeys, skipHere } from '../support/engine.js';
import type { PromoBanner, PromoClickDetail, PromoImpressionDetail } from '../../src/promo-banner/promo-banner.js';
import { banner, clearDismissals, html, part, page } from './support.js';

/** Collects a banner's impression events. */
function recordImpressions(el: PromoBanner): PromoImpressionDetail[] {
  const seen: PromoImpressionDetail[] = [];
  el.addEventListener('promo-impression', (event) => seen.push(event.detail));
  return seen;
}

/** Resolves once the browser has worked out whether `el` is on screen, and says whether it is. */
function onScreen(el: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      resolve(entry.isIntersecting);
    });
    observer.observe(el);
  });
}

/** Clicks the middle of `target` with the real mouse (its `button`), after scrolling it into view. */
async function clickMiddleOf(target: Element, button?: 'middle' | 'right'): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)], button });
}

/** A little more than the second an impression needs: long enough to be sure none comes. */
const pastImpressionDelay = () => new Promise((resolve) => setTimeout(resolve, 1200));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<promo-banner> events', () => {
  afterEach(() => {
    clearDismissals();
    window.scrollTo(0, 0);
  });

  describe('impressions', () => {
    before(function () {
      // A background tab renders nothing, so IntersectionObserver never reports there.
      if (document.visibilityState !== 'visible') {
        throw new Error(
          'this test page runs in a background tab, where IntersectionObserver never reports: give each test page its own browser context (chromeLauncher createPage) or run with --concurrency 1',
        );
      }
    });

    it('fires promo-impression once half of it has been on screen for a second', async () => {
      const el = await banner(html`<promo-banner href="/start" promo-id="top" utm-source="blog"></promo-banner>`);
      const impressions = recordImpressions(el);
      await nextFrame();
      expect(impressions, 'not at once').to.be.empty;
      await waitUntil(() => impressions.length === 1, 'no promo-impression within 1.6 s', { timeout: 1600 });
      expect(impressions[0]).to.deep.equal({
        id: 'top',
        preset: 'new-customer',
        href: new URL('/start?utm_source=blog', document.baseURI).href,
        variant: 'bar',
      });
    });

    it('sends promo-impression to the page, out of the shadow root', async () => {
      const wrapper = await page(html`<div><promo-banner preset="adult-acne" variant="card"></promo-banner></div>`);
      const event = await oneEvent(wrapper, 'promo-impression');
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({ id: 'adult-acne', preset: 'adult-acne', href: undefined, variant: 'card' });
    });

    it('fires no impression while it is scrolled out of view', async () => {
      const wrapper = await page(html`<div>
        <div class="spacer" style="block-size: 300vh"></div>
        <promo-banner href="/start"></promo-banner>
      </div>`);
      const el = wrapper.querySelector('promo-banner')!;
      const impressions = recordImpressions(el);
      expect(await onScreen(el)).to.be.false;
      await pastImpressionDelay();
      expect(impressions).to.be.empty;
    });

    it('fires only once, however often it comes back into view', async () => {
      const wrapper = await page(html`<div>
        <promo-banner href="/start"></promo-banner>
        <div class="spacer" style="block-size: 300vh"></div>
      </div>`);
      const el = wrapper.querySelector('promo-banner')!;
      const impressions = recordImpressions(el);
      await waitUntil(() => impressions.length === 1, 'no promo-impression within 1.6 s', { timeout: 1600 });
      window.scrollTo(0, window.innerHeight * 2);
      expect(await onScreen(el)).to.be.false;
      window.scrollTo(0, 0);
      expect(await onScreen(el)).to.be.true;
      await pastImpressionDelay();
      expect(impressions).to.have.length(1);
    });

    it('waits while it is hidden, and fires once it is shown', async () => {
      const el = await banner(html`<promo-banner href="/start" hidden></promo-banner>`);
      const impressions = recordImpressions(el);
      expect(await onScreen(el)).to.be.false;
      await pastImpressionDelay();
      expect(impressions).to.be.empty;
      el.hidden = false;
      await waitUntil(() => impressions.length === 1, 'no promo-impression within 1.6 s', { timeout: 1600 });
    });

    for (const [how, style, on] of [
      ['at opacity 0 above it', 'opacity: 0', 'wrapper'],
      ['at visibility: hidden', 'visibility: hidden', 'banner'],
      ['scaled to nothing', 'transform: scale(0)', 'banner'],
      ['scaled to a quarter of its size', 'transform: scale(0.5)', 'banner'],
    ] as const) {
      it(`fires no impression while it is on screen but ${how}, and fires once it can be seen`, async () => {
        const wrapper = await page(html`<div><promo-banner href="/start"></promo-banner></div>`);
        const el = wrapper.querySelector('promo-banner')!;
        const styled = on === 'wrapper' ? wrapper : el;
        styled.setAttribute('style', style);
        const impressions = recordImpressions(el);
        await pastImpressionDelay();
        expect(impressions).to.be.empty;
        styled.removeAttribute('style');
        await waitUntil(() => impressions.length === 1, 'no promo-impression within 1.6 s of being seen', { timeout: 1600 });
      });
    }

    it('starts its second again when it stops being visible before the second is up', async () => {
      const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
      const impressions = recordImpressions(el);
      await new Promise((resolve) => setTimeout(resolve, 600));
      el.style.opacity = '0';
      await new Promise((resolve) => setTimeout(resolve, 600));
      el.style.opacity = '';
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(impressions, 'not seen for a whole second yet').to.be.empty;
      await waitUntil(() => impressions.length === 1, 'no promo-impression after a second of being seen', { timeout: 1000 });
    });

    it('fires no impression when removed before the second is up', async () => {
      const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
      const impressions = recordImpressions(el);
      expect(await onScreen(el)).to.be.true;
      el.remove();
      await pastImpressionDelay();
      expect(impressions).to.be.empty;
    });

    it('fires no impression for a banner the reader already dismissed', async () => {
      const el = await banner(html`<promo-banner href="/start" dismissible></promo-banner>`);
      const impressions = recordImpressions(el);
      part(el, 'dismiss')!.click();
      await pastImpressionDelay();
      expect(impressions).to.be.empty;
    });
  });

  it('fires promo-click with the link, and lets the link navigate when nobody cancels it', async () => {
    const el = await banner(html`<promo-banner preset="customized-treatment" href="/treatment" utm-campaign="acne"></promo-banner>`);
    const clicked = oneEvent(el, 'promo-click');
    let navigationAllowed: boolean | undefined;
    const stopNavigation = (event: Event) => {
      navigationAllowed = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', stopNavigation);
    try {
      await clickMiddleOf(part(el, 'cta')!);
    } finally {
      window.removeEventListener('click', stopNavigation);
    }
    const event = await clicked;
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(event.detail).to.deep.equal({
      id: 'customized-treatment',
      preset: 'customized-treatment',
      href: new URL('/treatment?utm_campaign=acne', document.baseURI).href,
      variant: 'bar',
      opens: 'this-tab',
      input: 'pointer',
    } satisfies PromoClickDetail);
    expect(navigationAllowed).to.be.true;
  });

  describe('every way of following the offer', () => {
    afterEach(async () => {
      await resetMouse();
    });

    const WAYS: { way: string; modifier?: string; button?: 'middle'; opens: PromoClickDetail['opens'] }[] = [
      { way: 'a click', opens: 'this-tab' },
      { way: 'a middle click', button: 'middle', opens: 'new-tab' },
      { way: 'a click with Ctrl', modifier: 'Control', opens: 'new-tab' },
      { way: 'a click with Shift', modifier: 'Shift', opens: 'new-window' },
    ];
    for (const { way, modifier, button, opens } of WAYS) {
      it(`sends promo-click once for ${way}, saying it opens in ${opens}, and a cancel stops the link`, async function () {
        if (button === 'middle' && engine === 'webkit') {
          skipHere(this, 'WebKitGTK\'s WebDriver delivers a middle press as a click of the main button (button 0, no auxclick)');
        }
        const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
        const sent: PromoClickDetail[] = [];
        el.addEventListener('promo-click', (event) => {
          sent.push(event.detail);
          event.preventDefault();
        });
        // The browser's own event for it, seen after the banner's listener: cancelled by then.
        const followed: MouseEvent[] = [];
        const record = (event: MouseEvent) => {
          if (event.composedPath().includes(part(el, 'cta')!)) followed.push(event);
        };
        window.addEventListener('click', record);
        window.addEventListener('auxclick', record);
        try {
          if (modifier) await sendKeys({ down: modifier });
          await clickMiddleOf(part(el, 'cta')!, button);
          if (modifier) await sendKeys({ up: modifier });
          await waitUntil(() => followed.length > 0, 'the browser sent its click');
        } finally {
          window.removeEventListener('click', record);
          window.removeEventListener('auxclick', record);
        }
        expect(sent.map(({ opens: where, input }) => ({ opens: where, input }))).to.deep.equal([{ opens, input: 'pointer' }]);
        expect(followed.map((event) => event.defaultPrevented)).to.deep.equal([true]);
      });
    }

    it('sends no promo-click for a right click, which opens the browser\'s menu, not the link', async function () {
      // MiniBrowser opens a native menu on a right click from its WebDriver, and the driver then stops answering.
      if (engine === 'webkit') skipHere(this, 'a right click through WebKitGTK\'s WebDriver opens a native menu that stops the driver');
      const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
      const sent: Event[] = [];
      el.addEventListener('promo-click', (event) => sent.push(event));
      const menu = (event: Event) => event.preventDefault();
      window.addEventListener('contextmenu', menu);
      try {
        await clickMiddleOf(part(el, 'cta')!, 'right');
      } finally {
        window.removeEventListener('contextmenu', menu);
      }
      expect(sent).to.deep.equal([]);
    });
  });

  it('does not navigate when the page cancels promo-click to route it itself', async () => {
    const wrapper = await page(html`<div><promo-banner href="/start"></promo-banner></div>`);
    const el = wrapper.querySelector('promo-banner')!;
    await el.updateComplete;
    wrapper.addEventListener('promo-click', (event) => event.preventDefault());
    let linkClick: MouseEvent | undefined;
    const record = (event: MouseEvent) => {
      linkClick = event;
      event.preventDefault();
    };
    window.addEventListener('click', record);
    const before = location.href;
    try {
      part(el, 'cta')!.click();
    } finally {
      window.removeEventListener('click', record);
    }
    expect(linkClick!.defaultPrevented).to.be.true;
    expect(location.href).to.equal(before);
  });

  it('is reached with Tab: the call to action, then the close button', async () => {
    const wrapper = await page(html`<div>
      <button id="before">Before</button>
      <promo-banner href="/start" dismissible></promo-banner>
    </div>`);
    const el = wrapper.querySelector('promo-banner')!;
    await el.updateComplete;
    await focusWindow();
    wrapper.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cta'));
    expect(getComputedStyle(part(el, 'cta')!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'dismiss'));
    expect(getComputedStyle(part(el, 'dismiss')!).outlineStyle).to.equal('solid');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cta'));
  });

  it('follows the call to action with Enter', async () => {
    const el = await banner(html`<promo-banner href="/start"></promo-banner>`);
    el.addEventListener('promo-click', (event) => event.preventDefault());
    await focusWindow();
    part(el, 'cta')!.focus();
    const clicked = oneEvent(el, 'promo-click');
    await sendKeys({ press: 'Enter' });
    const { detail } = await clicked;
    expect(detail.href).to.equal(new URL('/start', document.baseURI).href);
    expect([detail.opens, detail.input]).to.deep.equal(['this-tab', 'keyboard']);
  });

  it('closes with Enter or Space on the close button', async () => {
    for (const key of ['Enter', 'Space']) {
      const el = await banner(html`<promo-banner href="/start" dismissible></promo-banner>`);
      await focusWindow();
      part(el, 'dismiss')!.focus();
      const dismissed = oneEvent(el, 'promo-dismiss');
      await sendKeys({ press: key });
      await dismissed;
      await el.updateComplete;
      expect(part(el, 'base'), key).to.be.null;
    }
  });
});
