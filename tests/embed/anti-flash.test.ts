/**
 * The site owners' optional anti-flash rule ("Content without JavaScript") hides a widget's fallback
 * for 1.5 s while the script loads. When the script arrives first, the widget shows as soon as it
 * has rendered. WebKit lets an animation that a `:not(:defined)` rule started run on after the
 * element is defined, which kept the rendered byline hidden until the 1.5 s were up; the library
 * stops such animations when an element first renders.
 */
import { expect } from '@open-wc/testing';
import { publishedCss, SITE_OWNERS_PAGE } from '../../bench/pages.mjs';
import { openFrame, type FramePage } from '../support/frame.js';

describe('the site owners\' anti-flash rule, when the script arrives within 1.5 s', () => {
  let page: FramePage | undefined;
  afterEach(() => page?.remove());

  it('shows the rendered byline at once, not when the 1.5 s are up', async () => {
    const css = publishedCss(await (await fetch(`/${SITE_OWNERS_PAGE}`)).text(), 'Content without JavaScript');
    expect(css).to.contain('asw-fallback-reveal');
    page = await openFrame({
      width: 800,
      css,
      body: `<med-review reviewer="Kristin Hall" reviewer-credentials="FNP" author="Our Editorial Team" updated="2021-03-11">
        <p>Medically reviewed by Kristin Hall, FNP</p>
      </med-review>`,
    });
    const review = page.document.querySelector('med-review')!;
    const elapsed = page.document.timeline.currentTime as number;
    expect(elapsed, 'rendered before the 1.5 s are up').to.be.below(1400);
    expect(review.shadowRoot!.textContent).to.contain('Medically reviewed by');
    expect(page.window.getComputedStyle(review).visibility).to.equal('visible');
    expect(review.getAnimations().map((animation) => (animation as CSSAnimation).animationName)).to.deep.equal([]);
  });
});
