/**
 * Hydration of a server-rendered page. The pages in this folder are served as the server render
 * (`renderHtml` from dist/ssr/) makes them (see web-test-runner.config.mjs), so each arrives with
 * every element's shadow root already in the HTML and no element defined. This module records that
 * page, then loads the hydrate bundle, and checks that it took the page over: no mismatch error or
 * warning, the same shadow DOM as before, the same as a render in the browser, and interactive.
 */
import { expect } from '@esm-bundle/chai';
import { WIDGET_TAGS } from '/dist/core/tags.js';

const TAGS = WIDGET_TAGS;
const isWidget = (element) => TAGS.includes(element.localName);

/** Every element of the library in `root`, shadow roots included, outermost first. */
function widgetsIn(root) {
  const found = [];
  for (const element of root.querySelectorAll('*')) {
    if (isWidget(element)) found.push(element);
    if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

/** Attributes that hydration itself removes: markers of the server render, not content. */
const HYDRATION_ATTRIBUTES = /^(defer-hydration|hydrate-internals-.*)$/;

/**
 * A node as a reader and the DOM see it: elements with their attributes, text, and shadow roots,
 * without Lit's comment markers or the styles (a server render writes a <style>, a browser render
 * adopts style sheets).
 */
function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (node.localName === 'style') return '';
  const children = [...node.childNodes].map(serialize).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const attributes = [...node.attributes]
    .filter((attribute) => !HYDRATION_ATTRIBUTES.test(attribute.name))
    .map((attribute) => ` ${attribute.name}="${attribute.value}"`)
    .sort()
    .join('');
  const shadow = node.shadowRoot ? `#shadow(${serialize(node.shadowRoot)})` : '';
  return `<${node.localName}${attributes}>${shadow}${children}</${node.localName}>`;
}

/** The text of an element's shadow root and of the shadow roots inside it, white space collapsed. */
function text(element) {
  const pieces = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) pieces.push(child.data);
      else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until every element on the page, nested ones included, is defined and has rendered. */
async function settleAll() {
  for (let round = 0; round < 20; round += 1) {
    const elements = widgetsIn(document);
    await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
    await Promise.all(elements.map((element) => element.updateComplete));
    if (elements.every((element) => element.hasUpdated) && widgetsIn(document).length === elements.length) {
      return elements;
    }
  }
  throw new Error('the elements did not settle');
}

/**
 * Compares serialized elements one by one, reporting where the first difference is with some
 * context around it (a whole article does not fit in a readable failure message).
 */
function expectSameMarkup(actual, expected) {
  expect(actual.length).to.equal(expected.length);
  actual.forEach((markup, index) => {
    if (markup === expected[index]) return;
    let at = 0;
    while (markup[at] === expected[index][at]) at += 1;
    const around = (value) => value.slice(Math.max(0, at - 160), at + 160);
    expect(around(markup), `element ${index + 1} differs at character ${at}`).to.equal(around(expected[index]));
  });
}

const topLevel = () => [...document.body.children].filter(isWidget);

// Recorded now, before any script of the library runs: the page exactly as the server sent it.
const beforeScripts = {
  defined: TAGS.filter((tag) => customElements.get(tag)),
  shadowRoots: topLevel().map((element) => element.shadowRoot !== null),
  serialized: topLevel().map(serialize),
  texts: topLevel().map(text),
  nested: widgetsIn(document).length,
  // Nodes the server wrote, deep in the page: hydration adopts them rather than rendering new ones.
  nodes: widgetsIn(document).map((element) => element.shadowRoot.querySelector('[part]')),
};

const hydrated = import('/dist/acne-scar-widgets-hydrate.js').then(() => settleAll());

/**
 * The tests for one page. `expected.article` is text the article must show in the page's
 * language; `expected.direction` its writing direction.
 */
export function describeHydration(expected) {
  describe(`a server-rendered page in ${document.documentElement.lang}`, () => {
    it('arrives with every element already rendered, before any script defines them', () => {
      expect(beforeScripts.defined).to.deep.equal([]);
      expect(beforeScripts.shadowRoots).to.not.be.empty;
      expect(beforeScripts.shadowRoots.every(Boolean)).to.be.true;
      // The article's twelve blocks with their own shadow roots, plus the elements beside it.
      expect(beforeScripts.nested).to.be.at.least(12);
      const article = beforeScripts.texts[0];
      for (const piece of expected.article) expect(article).to.contain(piece);
    });

    it('is taken over by the hydrate bundle without an error or a warning', async () => {
      const elements = await hydrated;
      expect(elements.length).to.equal(beforeScripts.nested);
      expect(window.recorded.errors).to.deep.equal([]);
      expect(window.recorded.warnings).to.deep.equal([]);
    });

    it('keeps the very nodes, shadow DOM and text it arrived with', async () => {
      await hydrated;
      expectSameMarkup(topLevel().map(serialize), beforeScripts.serialized);
      const nodesNow = widgetsIn(document).map((element) => element.shadowRoot.querySelector('[part]'));
      expect(nodesNow.every((node, index) => node === beforeScripts.nodes[index])).to.be.true;
      expect(topLevel().map(text)).to.deep.equal(beforeScripts.texts);
    });

    it('shows exactly what the browser renders on its own from the same attributes', async () => {
      await hydrated;
      const container = document.createElement('div');
      const fresh = topLevel().map((element) => element.cloneNode(false));
      container.append(...fresh);
      document.body.append(container);
      try {
        await settleAll();
        expectSameMarkup(fresh.map(serialize), topLevel().map(serialize));
      } finally {
        container.remove();
      }
    });

    it(`lays the article out ${expected.direction === 'rtl' ? 'right to left' : 'left to right'}`, async () => {
      await hydrated;
      const article = document.querySelector('acne-scar-article');
      expect(getComputedStyle(article).direction).to.equal(expected.direction);
      expect(getComputedStyle(article.shadowRoot.querySelector('scar-types')).direction).to.equal(expected.direction);
    });

    it('ticks the self-check inside the article after hydration', async () => {
      await hydrated;
      const candidacy = document.querySelector('acne-scar-article').shadowRoot.querySelector('microneedling-candidacy');
      const checkbox = candidacy.shadowRoot.querySelectorAll('[part~="checkbox"]')[3];
      const label = checkbox.closest('label').textContent.replace(/\s+/g, ' ').trim();
      const changed = new Promise((resolve) => document.addEventListener('candidacy-change', resolve, { once: true }));
      checkbox.click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ conditions: ['anticoagulants'], mayNotBeCandidate: true });
      await candidacy.updateComplete;
      const ticked = [...candidacy.shadowRoot.querySelectorAll('[part~="ticked-condition"]')].map((item) => item.textContent.trim());
      expect(ticked).to.deep.equal([label]);
    });

    it('switches tabs of a server-rendered tab set after hydration', async () => {
      await hydrated;
      const types = document.querySelector('scar-types[layout="tabs"]');
      const tabs = [...types.shadowRoot.querySelectorAll('[role="tab"]')];
      expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
      const changed = new Promise((resolve) => types.addEventListener('scar-types-tab-change', resolve, { once: true }));
      tabs[1].click();
      expect((await changed).detail).to.deep.equal({ type: 'hypertrophic' });
      await types.updateComplete;
      const selected = [...types.shadowRoot.querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('aria-selected'));
      expect(selected).to.deep.equal(['false', 'true']);
    });

    it('still has no error or warning after the reader used it', async () => {
      await hydrated;
      expect(window.recorded.errors).to.deep.equal([]);
      expect(window.recorded.warnings).to.deep.equal([]);
    });
  });
}
