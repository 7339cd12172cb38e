/**
 * Properties a page or a framework sets before the library's script has defined the element
 * (`document.createElement('med-review')`, then `reviewer`, `updated`…, then the script): once the
 * element upgrades it shows exactly what it shows when they are set afterwards, for every element
 * and every attribute in custom-elements.json, under the property's name and under the
 * attribute's own name where that is a plain name (`updated`).
 */
import { expect } from '@open-wc/testing';
import * as library from '../../src/index.js';
import { captureWarnings } from '../support/console.js';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface ManifestElement {
  name: string;
  tagName: string;
  attributes?: ManifestAttribute[];
}

/** Values a page would give, where the manifest's type does not say one. */
const SAMPLES: Record<string, string> = {
  reviewer: 'Kristin Hall',
  'reviewer-credentials': 'FNP',
  author: 'Our Editorial Team',
  updated: '2021-03-11',
  href: '/start',
  'promo-href': '/start',
  'editorial-href': '/standards',
  'cta-label': 'See the offer',
  headline: 'A headline of its own',
  body: 'A body of its own',
  'price-amount': '15',
  'price-currency': 'EUR',
  'dismiss-key': 'upgrade-test',
  'dismiss-days': '7',
  starts: '2020-01-01',
  ends: '2099-12-31',
  'promo-id': 'upgrade-test',
};

/** A value for an attribute: a sample, a listed value other than the default, or true. */
function valueFor(attribute: ManifestAttribute): unknown {
  if (attribute.name in SAMPLES) return SAMPLES[attribute.name];
  const type = attribute.type?.text ?? '';
  if (type === 'boolean') return true;
  const listed = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  if (listed.length) return listed[Math.min(2, listed.length - 1)];
  return 'utm-value';
}

let unique = 0;

/** A tag of its own for a copy of `element`'s class: each test defines the element anew. */
function freshCopy(element: ManifestElement): string {
  const tag = `${element.tagName}-upgrade-${++unique}`;
  const base = (library as unknown as Record<string, CustomElementConstructor>)[element.name];
  customElements.define(tag, class extends base {});
  return tag;
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The element's shadow root as markup, without Lit's markers (their numbers differ from render to render). */
const rendered = (element: Element) =>
  element.shadowRoot!.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '').replace(/\s+/g, ' ');
const reflected = (element: Element) => element.getAttributeNames().sort().map((name) => `${name}=${element.getAttribute(name)}`);

describe('properties set before the element is defined', () => {
  let manifestElements: ManifestElement[] = [];
  let warnings: ReturnType<typeof captureWarnings>;
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    manifestElements = manifest.modules.flatMap((module: { declarations?: ManifestElement[] }) => module.declarations ?? []).filter((declaration: ManifestElement) => declaration.tagName);
    expect(manifestElements).to.have.length(10);
  });
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    document.querySelectorAll('[data-upgrade-test]').forEach((element) => element.remove());
  });

  /** Sets `values` on an element of `tag`, before or after it is defined, and resolves once it has rendered. */
  async function render(element: ManifestElement, values: Record<string, unknown>, when: 'before' | 'after'): Promise<Updatable> {
    const tag = `${element.tagName}-upgrade-${unique + 1}`;
    const created = document.createElement(tag) as Updatable;
    created.dataset.upgradeTest = '';
    const set = () => Object.entries(values).forEach(([name, value]) => ((created as unknown as Record<string, unknown>)[name] = value));
    if (when === 'before') set();
    expect(freshCopy(element)).to.equal(tag);
    document.body.append(created);
    if (when === 'after') set();
    await created.updateComplete;
    await created.updateComplete;
    return created;
  }

  for (const naming of ['property', 'attribute'] as const) {
    it(`every element takes every value set under its ${naming}'s name before the script, as if set after`, async () => {
      let compared = 0;
      for (const element of manifestElements) {
        const values: Record<string, unknown> = {};
        for (const attribute of element.attributes ?? []) {
          const name = naming === 'property' ? attribute.fieldName : attribute.name;
          // Only plain names can be set as properties (`heading-level` cannot).
          if (name && /^[a-z][a-zA-Z0-9]*$/.test(name)) values[name] = valueFor(attribute);
        }
        if (Object.keys(values).length === 0) continue;
        const before = await render(element, values, 'before');
        const after = await render(element, values, 'after');
        expect(rendered(before), `<${element.tagName}> ${Object.keys(values).join(', ')}`).to.equal(rendered(after));
        expect(reflected(before), `<${element.tagName}> attributes`).to.deep.equal(reflected(after));
        expect(rendered(before).length, `<${element.tagName}> rendered`).to.be.above(0);
        compared += 1;
      }
      expect(compared).to.be.at.least(naming === 'property' ? 10 : 3);
    });
  }

  it('takes the byline\'s date set as `updated` before the script, and keeps Lit\'s hook of that name', async () => {
    const byline = manifestElements.find((element) => element.tagName === 'med-review')!;
    const element = await render(byline, { reviewer: 'Kristin Hall', updated: '2021-03-11' }, 'before');
    expect(element.shadowRoot!.textContent).to.contain('March 11, 2021');
    expect(element.getAttribute('updated')).to.equal('2021-03-11');
    expect((element as unknown as { lastUpdated: string }).lastUpdated).to.equal('2021-03-11');
    expect(typeof (element as unknown as { updated: unknown }).updated).to.equal('function');
    // And set afterwards, by a framework that sets what the element has (React, Preact).
    (element as unknown as { updated: string }).updated = '2020-01-02';
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('January 2, 2020');
    expect(warnings.messages()).to.deep.equal([]);
  });
});
