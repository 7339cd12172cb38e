import { expect } from '@open-wc/testing';
import { defineElement, LIBRARY_MARK } from '../../src/core/define.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { VERSION } from '../../src/core/version.js';
import { captureWarnings } from '../support/console.js';

let unique = 0;
const freshTag = () => `asw-define-test-${++unique}`;

describe('safe registration', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('defines a tag once; defining it again is silent', () => {
    const tag = freshTag();
    class First extends WidgetElement {}
    defineElement(tag, First);
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages()).to.be.empty;
  });

  it('keeps the first copy of the library silently when the same version loads twice', () => {
    const tag = freshTag();
    class First extends WidgetElement {}
    class SecondCopy extends WidgetElement {}
    defineElement(tag, First);
    expect(() => defineElement(tag, SecondCopy)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages()).to.be.empty;
  });

  it('warns once when another version of the library came first', () => {
    class OlderCopy extends HTMLElement {
      static [LIBRARY_MARK] = '0.0.1';
    }
    const [a, b] = [freshTag(), freshTag()];
    customElements.define(a, OlderCopy);
    customElements.define(b, class extends OlderCopy {});
    defineElement(a, class extends WidgetElement {});
    defineElement(b, class extends WidgetElement {});
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('0.0.1').and.contain(VERSION);
  });

  it('warns once, naming the tag, when another script owns it', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    defineElement(tag, class extends WidgetElement {});
    defineElement(tag, class extends WidgetElement {});
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain(`<${tag}> is already defined by another script`);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('registration in a browser that lacks what the widgets need', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const realSupports = CSS.supports;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    CSS.supports = realSupports;
    warnings.restore();
  });

  /** CSS.supports as an older browser answers it: no to whatever `lacks` matches. */
  const lacking = (lacks: RegExp) => {
    const supports = realSupports as (...condition: string[]) => boolean;
    CSS.supports = ((...condition: string[]) => !lacks.test(condition.join(' ')) && supports.apply(CSS, condition)) as typeof CSS.supports;
  };

  for (const [lacks, feature] of [
    [/:state\(/, ':state()'],
    [/light-dark\(/, 'light-dark()'],
  ] as const) {
    it(`defines nothing without ${feature}, so the page's fallback stays, and says why once`, () => {
      lacking(lacks);
      const [a, b] = [freshTag(), freshTag()];
      expect(() => defineElement(a, class extends WidgetElement {})).not.to.throw();
      defineElement(b, class extends WidgetElement {});
      expect(customElements.get(a)).to.equal(undefined);
      expect(customElements.get(b)).to.equal(undefined);
      expect(warnings.messages()).to.deep.equal([
        `acne-scar-widgets: no element is defined: this browser lacks ${feature}, so the page's own content stays.`,
      ]);
    });
  }

  it('defines the element where CSS.supports is broken by the page (it throws): the features are assumed', () => {
    CSS.supports = (() => {
      throw new Error('broken by the page');
    }) as typeof CSS.supports;
    const tag = freshTag();
    defineElement(tag, class extends WidgetElement {});
    expect(customElements.get(tag)).to.exist;
    expect(warnings.messages()).to.be.empty;
  });
});
