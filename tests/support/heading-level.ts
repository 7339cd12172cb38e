import { expect, fixture, html } from '@open-wc/testing';
import { part } from './console.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * The heading-level contract for bad values, shared by the elements with a heading and
 * sub-headings: each value falls back to level 2 (an `<h2>` and `<h3>` sub-headings) and warns
 * once, naming the element and the attribute, even when the element renders again.
 */
export function itFallsBackForBadHeadingLevels(tag: string, badValues: readonly string[], warningMessages: () => string[]) {
  for (const bad of badValues) {
    it(`falls back to level 2 for heading-level=${JSON.stringify(bad)} and warns once`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as Updatable;
      el.setAttribute('heading-level', bad);
      wrapper.append(el);
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'subheading')!.localName).to.equal('h3');
      (el as Updatable & { requestUpdate(): void }).requestUpdate();
      await el.updateComplete;
      const messages = warningMessages();
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(`<${tag}> heading-level=${JSON.stringify(bad)}`);
    });
  }
}
