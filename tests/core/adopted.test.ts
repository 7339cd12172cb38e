/**
 * An element moved into another document and back (a CMS preview in a same-origin frame, a
 * drag between windows, `document.adoptNode`): the browser drops a shadow root's adopted style
 * sheets when it changes document, as a constructed sheet belongs to the document it was made in.
 * Every element, nested blocks included, keeps looking the same in the other document and once
 * back home.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/acne-scar-article.js';
import { WIDGET_TAGS } from '../../src/core/tags.js';
import { captureWarnings } from '../support/console.js';

const ATTRIBUTES: Record<string, Record<string, string>> = {
  'med-review': { reviewer: 'Kristin Hall', 'reviewer-credentials': 'FNP', author: 'Our Editorial Team', updated: '2021-03-11' },
  'promo-banner': { preset: 'new-customer', href: '/start', dismissible: '', variant: 'card' },
  'acne-scar-article': { 'promo-href': '/offer', 'editorial-href': '/standards' },
  'med-disclaimer': { 'editorial-href': '/standards' },
};

const PROPERTIES = ['display', 'font-weight', 'padding-top', 'border-top-style', 'color', 'gap'] as const;

/** What the reader sees of `element`'s styles: a few computed properties of it and of everything in its shadow roots. */
function looks(element: Element): string[] {
  const seen: string[] = [];
  const visit = (node: Element, path: string) => {
    const style = node.ownerDocument.defaultView!.getComputedStyle(node);
    seen.push(`${path}: ${PROPERTIES.map((name) => style.getPropertyValue(name)).join(' ')}`);
    const children = [...(node.shadowRoot?.querySelectorAll('*') ?? [])].filter((child) => child.localName !== 'style');
    children.forEach((child, index) => visit(child, `${path} > ${child.localName}[${index}]`));
  };
  visit(element, element.localName);
  return seen;
}

type Widget = Element & { updateComplete: Promise<unknown>; hasUpdated: boolean };

/** `element` and every widget in its shadow roots, however deep. */
function widgetsIn(element: Element): Widget[] {
  const found: Widget[] = [];
  const visit = (node: Element) => {
    if ('updateComplete' in node) found.push(node as Widget);
    for (const child of node.shadowRoot?.querySelectorAll('*') ?? []) visit(child);
  };
  visit(element);
  return found;
}

/** Waits for `element` and every widget inside it (the article's blocks render in tasks of their own) to have rendered. */
async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const widgets = widgetsIn(element);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (widgets.every((widget) => widget.hasUpdated) && widgetsIn(element).length === widgets.length) break;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('an element adopted into another document and back', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.title = 'another document of the same origin';
    Object.assign(frame.style, { width: '900px', height: '600px', border: '0' });
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.open();
    doc.write('<!doctype html><html lang="en"><body style="margin: 8px"><div id="home" style="width: 640px"></div></body></html>');
    doc.close();
  });
  afterEach(() => frame.remove());

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> keeps its styles there and once back`, async () => {
      const warnings = captureWarnings();
      const home = document.createElement('div');
      home.style.width = '640px';
      document.body.append(home);
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {})) element.setAttribute(name, value);
      home.append(element);
      await settled(element);
      const before = looks(element);
      expect(before.length, 'it rendered').to.be.greaterThan(1);

      frame.contentDocument!.getElementById('home')!.append(element);
      await settled(element);
      expect(element.ownerDocument).to.equal(frame.contentDocument);
      expect(looks(element), 'in the other document').to.deep.equal(before);

      home.append(element);
      await settled(element);
      expect(looks(element), 'back home').to.deep.equal(before);

      // Twice more, as a page that keeps moving it would: no sheet piles up.
      frame.contentDocument!.getElementById('home')!.append(element);
      home.append(element);
      await settled(element);
      expect(element.shadowRoot!.adoptedStyleSheets.length).to.equal((element.constructor as unknown as { elementStyles: unknown[] }).elementStyles.length);
      expect(looks(element), 'after moving again').to.deep.equal(before);
      home.remove();
      warnings.restore();
      expect(warnings.messages()).to.deep.equal([]);
    });
  }

  it('an element made here and first connected there renders styled, and keeps its styles once home', async () => {
    const warnings = captureWarnings();
    const reference = document.createElement('scar-types');
    const here = document.createElement('div');
    here.style.width = '640px';
    document.body.append(here);
    here.append(reference);
    await settled(reference);
    const element = document.createElement('scar-types');
    frame.contentDocument!.getElementById('home')!.append(element);
    await settled(element);
    expect(element.shadowRoot!.textContent).to.contain('Atrophic');
    expect(looks(element), 'there').to.deep.equal(looks(reference));
    here.append(element);
    await settled(element);
    expect(looks(element), 'home').to.deep.equal(looks(reference));
    here.remove();
    warnings.restore();
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('a document without a window (DOMParser) takes it without a throw, and home gives it its styles back', async () => {
    const element = document.createElement('med-review');
    for (const [name, value] of Object.entries(ATTRIBUTES['med-review'])) element.setAttribute(name, value);
    document.body.append(element);
    await settled(element);
    const before = looks(element);
    const other = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    other.body.append(element);
    document.body.append(element);
    await settled(element);
    expect(looks(element)).to.deep.equal(before);
    element.remove();
  });
});
