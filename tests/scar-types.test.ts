import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { focusWindow, sendKeys } from './support/engine.js';
import type { TemplateResult } from 'lit';
import '../src/define/scar-types.js';
import type { ScarTypes, ScarTypesTabChangeDetail } from '../src/scar-types/scar-types.js';
import { setLocale } from '../src/core/locale.js';
import { part, shadowText, warningsOfEachTest } from './support/console.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Lets the ResizeObserver report the element's width and the element re-render. */
async function settle(el: ScarTypes): Promise<void> {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Renders `template` (one `<scar-types>`) inside a container `width` pixels wide. */
async function atWidth(width: number, template: TemplateResult): Promise<ScarTypes> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('scar-types')!;
  await settle(el);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const tabs = (el: ScarTypes) => all(el, '[role="tab"]');
const panels = (el: ScarTypes) => all(el, '[role="tabpanel"]');
const selectedTab = (el: ScarTypes) => el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
const visiblePanels = (el: ScarTypes) => panels(el).filter((panel) => panel.checkVisibility());
const focused = (el: ScarTypes) => el.shadowRoot!.activeElement;

/** Focuses the selected tab the way a keyboard user does: Tab from before the element. */
async function tabIntoTabList(el: ScarTypes): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  await focusWindow();
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

describe('<scar-types>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  describe('the article\'s facts', () => {
    it('shows the skin facts with the article\'s figures', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      const text = shadowText(el);
      expect(text).to.contain('Your skin is stronger than you may realize.');
      expect(text).to.contain(
        'Even though it’s very thin (just a few millimeters thick at max), it still makes up about 1/7th of your body’s total surface, and can weigh anywhere between 7.5 pounds and 22 pounds, depending on the person.',
      );
      const paragraphs = [...el.shadowRoot!.querySelectorAll('p[part~="body"]')].map((p) => p.textContent!.trim());
      const weight = paragraphs.findIndex((p) => p.startsWith('Even though it’s very thin'));
      expect(paragraphs.slice(weight + 1, weight + 5)).to.deep.equal([
        'Your skin performs a variety of different functions, but the most important is acting as a barrier to protect you from harmful substances—everything from cold and moisture to germs, UV rays and environmental toxins.',
        'Simply looking at a person’s skin can tell you a lot about their health.',
        'So, what do your acne scars say about you?',
        'The skin is constantly renewing itself, so any time it sustains some kind of damage or injury, new cells move to the surface to start the reparative process.',
      ]);
      expect(warnings.messages()).to.be.empty;
    });

    it('says what causes acne scars and where they occur', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      const text = shadowText(el);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('What Causes Acne Scars?');
      expect(text).to.contain(
        'Acne scars are a type of atrophic scar—an indented scar that heals below the top layer of skin. These scars form when the skin is unable to regenerate tissue.',
      );
      expect(text).to.contain('What Causes Acne Scars to Form?');
      expect(text).to.contain(
        'Generally speaking, an acne scar is the result of deep trauma to the skin caused by acne. Additional factors like picking at the blemish can traumatize the skin and drive pus and bacteria deeper under the surface, causing a scar to form.',
      );
      expect(text).to.contain(
        'Acne scars usually take the form of areas of raised or pitted skin and, while most common on the face, they can occur anywhere on the body.',
      );
      expect(text).to.contain('Whether you develop a scar or not depends on how much collagen your body produces.');
      expect(text).to.contain(
        'Collagen plays an essential role in the healing process, helping to regenerate skin cells.',
      );
    });

    it('compares atrophic (pitted, too little collagen, most common) and hypertrophic (raised, too much collagen) scars', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      const atrophic = el.shadowRoot!.querySelector('[part~="card"][part~="atrophic"]')!;
      const hypertrophic = el.shadowRoot!.querySelector('[part~="card"][part~="hypertrophic"]')!;
      const facts = (card: Element) =>
        [...card.querySelectorAll('dt')].map((dt) => `${dt.textContent!.trim()}: ${dt.nextElementSibling!.textContent!.trim()}`);
      expect(atrophic.querySelector('[part~="subheading"]')!.textContent!.trim()).to.equal('Atrophic scars');
      expect(facts(atrophic)).to.deep.equal(['Appearance: Pitted', 'Collagen: Underproduction']);
      expect(atrophic.textContent).to.contain('Underproduction of collagen typically results in a pitted acne scar.');
      expect(atrophic.textContent).to.contain('Atrophic scars are the most common.');
      expect(hypertrophic.querySelector('[part~="subheading"]')!.textContent!.trim()).to.equal('Hypertrophic scars');
      expect(facts(hypertrophic)).to.deep.equal(['Appearance: Raised', 'Collagen: Too much']);
      expect(hypertrophic.textContent).to.contain(
        'If the skin produces too much collagen, it results in a raised acne scar.',
      );
    });

    it('lists the risk factors in a real list', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ul');
      expect(list.previousElementSibling!.textContent).to.equal(
        'Factors like these may increase your risk of developing a scar:',
      );
      const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(['Genetics', 'Non-treatment', 'Picking or touching the blemish']);
      expect(list.querySelectorAll('[part~="item"]')).to.have.length(3);
    });
  });

  describe('headings and parts', () => {
    it('uses h2 for its heading, h3 below it and h4 for the cards by default', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(all(el, 'h3').map((h) => h.textContent!.trim())).to.deep.equal(['What Causes Acne Scars to Form?']);
      expect(all(el, 'h4').map((h) => h.textContent!.trim())).to.deep.equal(['Atrophic scars', 'Hypertrophic scars']);
    });

    it('starts its headings at heading-level, never going deeper than h6', async () => {
      const el = await atWidth(1000, html`<scar-types heading-level="4"></scar-types>`);
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(all(el, 'h5')).to.have.length(1);
      expect(all(el, 'h6')).to.have.length(2);

      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect(all(el, 'h1, h2, h3, h4, h5')).to.be.empty;
      expect(all(el, 'h6')).to.have.length(4);
      expect(warnings.messages()).to.be.empty;
    });

    it('exposes its parts in the side-by-side layout', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      for (const name of ['base', 'heading', 'subheading', 'body', 'list', 'item', 'comparison', 'card', 'facts', 'label', 'value']) {
        expect(part(el, name), name).to.exist;
      }
      expect(all(el, '[part~="card"]')).to.have.length(2);
    });

    it('exposes tab-list, tab, tab-selected and tab-panel parts in the tab layout', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      for (const name of ['base', 'heading', 'subheading', 'body', 'list', 'item', 'comparison', 'tab-list', 'tab', 'tab-panel']) {
        expect(part(el, name), name).to.exist;
      }
      expect(all(el, '[part~="tab"]')).to.have.length(2);
      expect(all(el, '[part~="tab-panel"]')).to.have.length(2);
    });

    it('moves the tab-selected part with the reader\'s choice', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      const selectedParts = () => all(el, '[part~="tab-selected"]').map((tab) => tab.textContent!.trim());
      expect(selectedParts()).to.deep.equal(['Atrophic scars']);
      tabs(el)[1].click();
      await el.updateComplete;
      expect(selectedParts()).to.deep.equal(['Hypertrophic scars']);
      expect(all(el, '[part~="tab-selected"]')[0].getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('layout', () => {
    it('shows the two scar types side by side as cards in a wide container', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      expect(tabs(el)).to.be.empty;
      expect(el.shadowRoot!.querySelector('[role="tablist"], [role="tabpanel"]')).to.be.null;
      const [atrophic, hypertrophic] = all(el, '[part~="card"]');
      expect(atrophic.getBoundingClientRect().top).to.equal(hypertrophic.getBoundingClientRect().top);
      expect(atrophic.getBoundingClientRect().right).to.be.at.most(hypertrophic.getBoundingClientRect().left);
    });

    it('shows the two scar types as tabs in a narrow container', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      expect(part(el, 'tab-list')!.getAttribute('role')).to.equal('tablist');
      expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal(['Atrophic scars', 'Hypertrophic scars']);
      expect(all(el, '[part~="card"]:not([role])')).to.be.empty;
    });

    it('switches between cards and tabs when its own width changes, not the viewport\'s', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      const wrapper = el.parentElement!;
      expect(tabs(el)).to.be.empty;

      wrapper.style.width = '320px';
      await settle(el);
      expect(tabs(el)).to.have.length(2);

      wrapper.style.width = '575px';
      await settle(el);
      expect(tabs(el), 'just below 36rem').to.have.length(2);

      wrapper.style.width = '576px';
      await settle(el);
      expect(tabs(el), 'at 36rem').to.be.empty;
    });

    it('keeps the tab the reader chose when the layout switches back to tabs', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      tabs(el)[1].click();
      await el.updateComplete;
      const wrapper = el.parentElement!;
      wrapper.style.width = '1000px';
      await settle(el);
      wrapper.style.width = '320px';
      await settle(el);
      expect(selectedTab(el).textContent!.trim()).to.equal('Hypertrophic scars');
    });

    it('shows tabs in a wide container with layout="tabs"', async () => {
      const el = await atWidth(1000, html`<scar-types layout="tabs"></scar-types>`);
      expect(tabs(el)).to.have.length(2);
      expect(all(el, 'h4')).to.be.empty;
    });

    it('shows cards, stacked, in a narrow container with layout="columns"', async () => {
      const el = await atWidth(320, html`<scar-types layout="columns"></scar-types>`);
      expect(tabs(el)).to.be.empty;
      const [atrophic, hypertrophic] = all(el, '[part~="card"]');
      expect(hypertrophic.getBoundingClientRect().top).to.be.at.least(atrophic.getBoundingClientRect().bottom);
      expect(atrophic.checkVisibility() && hypertrophic.checkVisibility()).to.be.true;
    });

    it('follows its width again when layout is removed', async () => {
      const el = await atWidth(320, html`<scar-types layout="columns"></scar-types>`);
      el.removeAttribute('layout');
      await el.updateComplete;
      expect(tabs(el)).to.have.length(2);
      expect(warnings.messages()).to.be.empty;
    });

    it('stops observing its size when removed from the page, and observes again when put back', async () => {
      const original = window.ResizeObserver;
      let observing = 0;
      window.ResizeObserver = class extends original {
        override observe(target: Element, options?: ResizeObserverOptions) {
          observing++;
          super.observe(target, options);
        }
        override disconnect() {
          observing--;
          super.disconnect();
        }
      };
      try {
        const el = await atWidth(1000, html`<scar-types></scar-types>`);
        const wrapper = el.parentElement!;
        expect(observing).to.equal(1);
        el.remove();
        expect(observing).to.equal(0);

        wrapper.style.width = '320px';
        wrapper.append(el);
        await settle(el);
        expect(observing).to.equal(1);
        expect(tabs(el)).to.have.length(2);
        el.remove();
        expect(observing).to.equal(0);
      } finally {
        window.ResizeObserver = original;
      }
    });
  });

  describe('tabs', () => {
    it('follows the WAI-ARIA tabs pattern', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      expect(part(el, 'tab-list')!.getAttribute('aria-label')).to.equal('Types of acne scars');
      const [atrophicTab, hypertrophicTab] = tabs(el);
      const [atrophicPanel, hypertrophicPanel] = panels(el);
      expect(atrophicTab.localName).to.equal('button');
      expect(atrophicTab.getAttribute('aria-selected')).to.equal('true');
      expect(hypertrophicTab.getAttribute('aria-selected')).to.equal('false');
      expect(atrophicTab.tabIndex).to.equal(0);
      expect(hypertrophicTab.tabIndex).to.equal(-1);
      expect(atrophicTab.getAttribute('aria-controls')).to.equal(atrophicPanel.id);
      expect(hypertrophicTab.getAttribute('aria-controls')).to.equal(hypertrophicPanel.id);
      expect(atrophicPanel.getAttribute('aria-labelledby')).to.equal(atrophicTab.id);
      expect(hypertrophicPanel.getAttribute('aria-labelledby')).to.equal(hypertrophicTab.id);
      expect(atrophicPanel.tabIndex).to.equal(0);
      expect(hypertrophicPanel.tabIndex).to.equal(0);
      expect(visiblePanels(el)).to.deep.equal([atrophicPanel]);
      expect(atrophicPanel.textContent).to.contain('Atrophic scars are the most common.');
    });

    it('moves focus and selection with the arrow keys, Home and End', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      const [atrophicTab, hypertrophicTab] = tabs(el);
      const [atrophicPanel, hypertrophicPanel] = panels(el);
      await tabIntoTabList(el);
      expect(focused(el)).to.equal(atrophicTab);

      const expectSelected = (tab: HTMLElement, panel: HTMLElement, step: string) => {
        expect(focused(el), step).to.equal(tab);
        expect(tab.getAttribute('aria-selected'), step).to.equal('true');
        expect(tab.tabIndex, step).to.equal(0);
        expect(tabs(el).filter((other) => other !== tab).map((other) => other.getAttribute('aria-selected')), step).to.deep.equal(['false']);
        expect(visiblePanels(el), step).to.deep.equal([panel]);
      };

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expectSelected(hypertrophicTab, hypertrophicPanel, 'ArrowRight');
      expect(hypertrophicPanel.textContent).to.contain('If the skin produces too much collagen');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expectSelected(atrophicTab, atrophicPanel, 'ArrowRight wraps to the first tab');

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expectSelected(hypertrophicTab, hypertrophicPanel, 'ArrowLeft wraps to the last tab');

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expectSelected(atrophicTab, atrophicPanel, 'ArrowLeft');

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expectSelected(hypertrophicTab, hypertrophicPanel, 'End');

      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expectSelected(atrophicTab, atrophicPanel, 'Home');
    });

    it('mirrors the arrow keys in right-to-left text', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" style="width: 320px"><scar-types></scar-types></div>`,
      );
      const el = wrapper.querySelector('scar-types')!;
      await settle(el);
      const [atrophicTab, hypertrophicTab] = tabs(el);
      await tabIntoTabList(el);

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal(hypertrophicTab);
      expect(hypertrophicTab.getAttribute('aria-selected')).to.equal('true');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(atrophicTab);
      expect(atrophicTab.getAttribute('aria-selected')).to.equal('true');
    });

    it('goes from the selected tab to its panel with Tab, showing a focus ring on both', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      await tabIntoTabList(el);
      const [atrophicTab] = tabs(el);
      expect(getComputedStyle(atrophicTab).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      const [atrophicPanel] = panels(el);
      expect(focused(el)).to.equal(atrophicPanel);
      expect(getComputedStyle(atrophicPanel).outlineStyle).to.equal('solid');
    });

    it('selects a tab by click and fires scar-types-tab-change', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      const [atrophicTab, hypertrophicTab] = tabs(el);
      setTimeout(() => hypertrophicTab.click());
      const event = (await oneEvent(el, 'scar-types-tab-change')) as CustomEvent<ScarTypesTabChangeDetail>;
      expect(event.detail).to.deep.equal({ type: 'hypertrophic' });
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(hypertrophicTab.getAttribute('aria-selected')).to.equal('true');
      expect(atrophicTab.getAttribute('aria-selected')).to.equal('false');
      expect(visiblePanels(el)).to.deep.equal([panels(el)[1]]);

      const fired: string[] = [];
      el.addEventListener('scar-types-tab-change', (e) => fired.push(e.detail.type));
      hypertrophicTab.click();
      atrophicTab.click();
      await el.updateComplete;
      expect(fired, 'only a change of tab fires').to.deep.equal(['atrophic']);
      expect(visiblePanels(el)).to.deep.equal([panels(el)[0]]);
    });
  });

  describe('accessibility', () => {
    for (const width of [320, 1000]) {
      for (const layout of ['auto', 'tabs', 'columns']) {
        it(`passes axe at ${width}px with layout="${layout}"`, async () => {
          const el = await atWidth(width, html`<scar-types layout=${layout}></scar-types>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe with the second tab selected', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      tabs(el)[1].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('warns once about an unknown layout and follows its width instead', async () => {
      const el = await atWidth(320, html`<scar-types layout="grid"></scar-types>`);
      expect(tabs(el)).to.have.length(2);
      el.parentElement!.style.width = '1000px';
      await settle(el);
      expect(tabs(el)).to.be.empty;
      el.requestUpdate('layout');
      await el.updateComplete;
      const messages = warnings.messages();
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<scar-types> layout="grid"').and.contain('auto');
    });

    it('accepts a layout written in capitals', async () => {
      const el = await atWidth(1000, html`<scar-types layout="TABS"></scar-types>`);
      expect(tabs(el)).to.have.length(2);
      expect(warnings.messages()).to.be.empty;
    });

    for (const bad of ['7', '0', 'two', '', '2.5']) {
      it(`warns once about heading-level=${JSON.stringify(bad)} and uses h2`, async () => {
        const el = await atWidth(1000, html`<scar-types heading-level=${bad}></scar-types>`);
        expect(part(el, 'heading')!.localName).to.equal('h2');
        expect(all(el, 'h3')).to.have.length(1);
        el.requestUpdate();
        await el.updateComplete;
        const messages = warnings.messages();
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`<scar-types> heading-level=${JSON.stringify(bad)}`);
      });
    }
  });

  describe('in Spanish', () => {
    it('shows the facts in Spanish with the weights formatted for Spanish', async () => {
      const el = await atWidth(1000, html`<scar-types></scar-types>`);
      await setLocale('es');
      await el.updateComplete;
      const text = shadowText(el);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('¿Qué causa las cicatrices de acné?');
      expect(text).to.contain('1/7 de la superficie total de su cuerpo');
      expect(text).to.contain('puede pesar entre 7,5 libras (3,4 kg) y 22 libras (10 kg), según la persona.');
      expect(text).to.contain('Las cicatrices atróficas son las más frecuentes.');
      expect(all(el, 'h4').map((h) => h.textContent!.trim())).to.deep.equal(['Cicatrices atróficas', 'Cicatrices hipertróficas']);
      expect([...part(el, 'list')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Genética',
        'Falta de tratamiento',
        'Pellizcar o tocar la lesión',
      ]);
    });

    it('names the tabs in Spanish', async () => {
      const el = await atWidth(320, html`<scar-types></scar-types>`);
      await setLocale('es');
      await el.updateComplete;
      expect(part(el, 'tab-list')!.getAttribute('aria-label')).to.equal('Tipos de cicatrices de acné');
      expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal(['Cicatrices atróficas', 'Cicatrices hipertróficas']);
    });
  });
});
