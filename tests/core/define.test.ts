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
