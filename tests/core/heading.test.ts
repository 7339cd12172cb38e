import { expect, fixture, html } from '@open-wc/testing';
import { renderHeading, subLevel } from '../../src/core/heading.js';
import { render } from 'lit';

describe('headings', () => {
  it('renders a real heading element at the level asked for, with the heading part', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const level of [1, 2, 3, 4, 5, 6] as const) {
      render(renderHeading(level, 'What Causes Acne Scars?'), host);
      const heading = host.querySelector(`h${level}`)!;
      expect(heading.textContent).to.equal('What Causes Acne Scars?');
      expect(heading.getAttribute('part')).to.equal('heading');
    }
  });

  it('never nests sub-headings deeper than h6', () => {
    expect(subLevel(2)).to.equal(3);
    expect(subLevel(5, 2)).to.equal(6);
    expect(subLevel(6)).to.equal(6);
  });
});
