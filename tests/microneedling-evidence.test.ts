import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './support/engine.js';
import '../src/define/microneedling-evidence.js';
import type { MicroneedlingEvidence } from '../src/microneedling-evidence/microneedling-evidence.js';
import { setLocale } from '../src/core/locale.js';
import { part, shadowText, warningsOfEachTest } from './support/console.js';
import { itFallsBackForBadHeadingLevels } from './support/heading-level.js';

const evidence = () => fixture<MicroneedlingEvidence>(html`<microneedling-evidence></microneedling-evidence>`);

/** The element inside a wrapper of the given width, so container queries see that width. */
async function evidenceAtWidth(width: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><microneedling-evidence></microneedling-evidence></div>`,
  );
  const el = wrapper.querySelector('microneedling-evidence')!;
  await el.updateComplete;
  return el;
}

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What assistive technology reads of the figure: its text without the parts hidden from it. */
function figureTextAlternative(el: Element): string {
  const copy = part(el, 'figure')!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return collapse(copy.textContent);
}

const bar = (el: Element, key: string) => part(el, key)!.querySelector('svg')!;

describe('<microneedling-evidence>', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('renders the section heading and the 2020 review of 58 studies', async () => {
    const el = await evidence();
    expect(part(el, 'heading')!.textContent).to.equal('Does Microneedling Work for Acne Scars?');
    expect(shadowText(el)).to.contain(
      'According to a 2020 review of 58 comprehensive studies on the effectiveness of microneedling, the effects can be seen in a few weeks or months of regular treatment. Once the collagen has been deposited, the texture of the skin will continue to improve over the next 12 months.',
    );
    expect(warnings.messages()).to.be.empty;
  });

  it('renders the 2015 study of ten patients, its six sessions and its results', async () => {
    const el = await evidence();
    const text = shadowText(el);
    expect(text).to.contain(
      'consider the results of a 2015 study involving ten patients with different types of atrophic acne scars.',
    );
    expect(text).to.contain(
      'Over the course of three months, patients received microneedling treatments at two-week intervals for a total of six sessions.',
    );
    expect(text).to.contain(
      'Prior to the first treatment, patients were photographed, and skin biopsies were obtained (along with baseline information about each patient\'s collagen levels).',
    );
    expect(text).to.contain(
      'At the end of the study, all patients exhibited a noticeable clinical improvement in their acne scars as well as a statistically significant increase in their collagen production.',
    );
    expect(text).to.contain('Though this study only had ten participants, there are others to draw from.');
  });

  it('renders the International Journal of Women’s Dermatology review and its four findings as a list', async () => {
    const el = await evidence();
    expect(shadowText(el)).to.contain(
      'A review published in the International Journal of Women’s Dermatology covers a total of 19 articles and nine studies testing the effects of microneedling alone for acne scarring as well as microneedling in combination with other treatments.',
    );
    const list = part(el, 'findings')!;
    expect(list.localName).to.equal('ul');
    const findings = [...list.querySelectorAll(':scope > li')].map((item) => collapse(item.textContent));
    expect(findings).to.deep.equal([
      'Six studies measured the efficacy of microneedling alone as a treatment for acne scars, and all studies showed improvements in scar severity, and all but one reported statistical significance.',
      'A split-face trial conducted in the United States involved 20 participants randomly selected to receive topical anesthetic with or without skin needling on either side of the face. After six months, there was a statistically significant difference in the skin-needled side.',
      'An Italian group studied the combination of skin needling with the topical application of platelet-rich plasma (PRP) in a split-face trial and found that while all scores were reduced, the PRP group had a greater reduction in acne scar severity.',
      'A total of 18 patients out of 246 (over 10 studies) reported any adverse effects, the most common side effects being minor pain, a burning sensation, edema or bleeding.',
    ]);
  });

  it('closes with the article\'s own line and nothing stronger', async () => {
    const el = await evidence();
    expect(collapse(part(el, 'conclusion')!.textContent)).to.equal(
      'So, the science supports microneedling as a treatment for acne scars.',
    );
    const text = shadowText(el);
    for (const claim of ['proven', 'guarantee', 'cure', 'always works', 'safe']) {
      expect(text.toLowerCase(), claim).not.to.contain(claim);
    }
  });

  it('shows every number in the figure, both on screen and in its text alternative', async () => {
    const el = await evidence();
    const figure = part(el, 'figure')!;
    expect(figure.localName).to.equal('figure');
    expect(collapse(part(el, 'caption')!.textContent)).to.equal('The studies in numbers');
    expect(part(el, 'caption')!.localName).to.equal('figcaption');
    const sentences = [
      'The 2020 review 58 comprehensive studies on the effectiveness of microneedling',
      'The International Journal of Women’s Dermatology review 19 articles and 9 studies testing microneedling alone and in combination with other treatments',
      'The 2015 study 10 of 10 patients exhibited a noticeable clinical improvement in their acne scars',
      'The International Journal of Women’s Dermatology review 6 of 6 studies of microneedling alone showed improvements in scar severity',
      'The International Journal of Women’s Dermatology review 5 of 6 studies of microneedling alone reported statistical significance (all but one)',
      'The International Journal of Women’s Dermatology review 18 of 246 patients (over 10 studies) reported any adverse effects',
    ];
    const onScreen = parts(el, 'statement').map((label) => collapse(label.textContent));
    expect(onScreen).to.deep.equal(sentences);
    const alternative = figureTextAlternative(el);
    for (const sentence of sentences) expect(alternative, sentence).to.contain(sentence);
    expect(parts(el, 'value').map((value) => value.textContent)).to.deep.equal([
      '58',
      '19',
      '9',
      '10 of 10',
      '6 of 6',
      '5 of 6',
      '18 of 246',
    ]);
  });

  it('draws each proportion with the same numbers its sentence gives', async () => {
    const el = await evidence();
    const segmented: Array<[string, number, number]> = [
      ['improved', 10, 10],
      ['improvements', 6, 6],
      ['significance', 5, 6],
    ];
    for (const [key, count, total] of segmented) {
      const drawing = bar(el, key);
      expect(drawing.querySelectorAll('rect'), key).to.have.length(total);
      expect(drawing.querySelectorAll('rect.filled'), key).to.have.length(count);
      expect(part(el, key)!.textContent, key).to.contain(`${count} of ${total}`);
    }
    const adverse = bar(el, 'adverse-effects');
    const track = adverse.querySelector<SVGRectElement>('rect.empty')!;
    const filled = adverse.querySelector<SVGRectElement>('rect.filled')!;
    expect(filled.width.baseVal.value / track.width.baseVal.value).to.be.closeTo(18 / 246, 1e-9);
    expect(part(el, 'adverse-effects')!.textContent).to.contain('18 of 246');
  });

  it('keeps the bars out of the accessibility tree and out of the tab order', async () => {
    const el = await evidence();
    const bars = parts(el, 'bar');
    expect(bars).to.have.length(4);
    for (const drawing of bars) {
      expect(drawing.localName).to.equal('svg');
      expect(drawing.getAttribute('aria-hidden')).to.equal('true');
      expect(drawing.querySelector('a, [tabindex], foreignObject, [role], text')).to.be.null;
    }
    expect(el.shadowRoot!.querySelector('a, button, input, select, textarea, [tabindex]')).to.be.null;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.be.null;
  });

  it('colours the bars from the theme tokens', async () => {
    const el = await evidence();
    const filled = bar(el, 'improved').querySelector('rect.filled')!;
    const empty = bar(el, 'significance').querySelector('rect.empty')!;
    expect(getComputedStyle(filled).fill).to.equal('rgb(10, 107, 102)');
    el.style.setProperty('--asw-color-accent', 'rgb(200, 0, 0)');
    el.style.setProperty('--asw-color-border', 'rgb(0, 0, 200)');
    expect(getComputedStyle(filled).fill).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(empty).fill).to.equal('rgb(0, 0, 200)');
  });

  it('uses system colours for the bars in forced-colors mode', async () => {
    const el = await evidence();
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const filled = forced.find((rule) => rule.selectorText === '.filled')!;
    const empty = forced.find((rule) => rule.selectorText === '.empty')!;
    expect(filled.style.fill).to.equal('highlight');
    expect(filled.style.stroke).to.equal('canvastext');
    expect(empty.style.fill).to.equal('canvas');
    expect(empty.style.stroke).to.equal('canvastext');
  });

  it('stretches each bar across its row and stacks the sentence over it at 320px', async () => {
    const el = await evidenceAtWidth(320);
    for (const row of parts(el, 'proportion')) {
      const label = row.querySelector('[part~="statement"]')!.getBoundingClientRect();
      const drawing = row.querySelector('svg')!.getBoundingClientRect();
      expect(drawing.width).to.be.closeTo(row.getBoundingClientRect().width, 1);
      expect(drawing.top).to.be.at.least(label.bottom - 1);
    }
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('puts the sentence and the bar side by side at 1000px, the bar scaled up', async () => {
    const el = await evidenceAtWidth(1000);
    for (const row of parts(el, 'proportion')) {
      const label = row.querySelector('[part~="statement"]')!.getBoundingClientRect();
      const drawing = row.querySelector('svg')!.getBoundingClientRect();
      expect(drawing.left).to.be.at.least(label.right - 1);
      expect(drawing.width).to.be.greaterThan(300);
    }
    const [first, second] = parts(el, 'size').map((size) => size.getBoundingClientRect());
    expect(second.left).to.be.greaterThan(first.right - 1);
  });

  it('fills the bars from the start of the line in right-to-left text', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><microneedling-evidence></microneedling-evidence></div>`,
    );
    const rtl = wrapper.querySelector('microneedling-evidence')!;
    await rtl.updateComplete;
    const ltr = await evidence();
    expect(getComputedStyle(bar(rtl, 'significance')).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(bar(ltr, 'significance')).transform).to.equal('none');
  });

  it('exposes the parts a designer restyles', async () => {
    const el = await evidence();
    for (const name of ['base', 'heading', 'figure', 'caption', 'sizes', 'proportions', 'findings', 'conclusion']) {
      expect(parts(el, name), name).to.have.length(1);
    }
    expect(parts(el, 'card')).to.have.length(3);
    expect(parts(el, 'study')).to.have.length(3);
    expect(parts(el, 'subheading')).to.have.length(3);
    expect(parts(el, 'list')).to.have.length(3);
    expect(parts(el, 'item')).to.have.length(2 + 4 + 4);
    expect(parts(el, 'finding')).to.have.length(4);
    expect(parts(el, 'value')).to.have.length(7);
    expect(parts(el, 'statement')).to.have.length(6);
    expect(parts(el, 'note')).to.have.length(6);
    expect(parts(el, 'bar')).to.have.length(4);
    expect(parts(el, 'body').length).to.be.at.least(7);
    for (const list of parts(el, 'list')) expect(list.localName).to.equal('ul');
  });

  it('uses level 2 headings by default with level 3 for each study', async () => {
    const el = await evidence();
    expect(part(el, 'heading')!.localName).to.equal('h2');
    expect(parts(el, 'subheading').map((heading) => heading.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    expect(parts(el, 'subheading').map((heading) => heading.textContent)).to.deep.equal([
      'The 2020 review',
      'The 2015 study',
      'The International Journal of Women’s Dermatology review',
    ]);
    expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
  });

  for (const [level, sub] of [
    ['1', 'h2'],
    ['4', 'h5'],
    ['6', 'h6'],
  ]) {
    it(`starts its headings at heading-level ${level}`, async () => {
      const el = await fixture<MicroneedlingEvidence>(
        html`<microneedling-evidence heading-level=${level}></microneedling-evidence>`,
      );
      expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
      expect(parts(el, 'subheading').every((heading) => heading.localName === sub)).to.be.true;
      expect(warnings.messages()).to.be.empty;
    });
  }

  it('follows a change of heading-level', async () => {
    const el = await evidence();
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(part(el, 'subheading')!.localName).to.equal('h4');
  });

  itFallsBackForBadHeadingLevels('microneedling-evidence', ['0', '7', 'two', '2.5', ''], () => warnings.messages());

  it('passes axe at 320px', async () => {
    const el = await evidenceAtWidth(320);
    await expect(el).to.be.accessible();
  });

  it('passes axe at 1000px', async () => {
    const el = await evidenceAtWidth(1000);
    await expect(el).to.be.accessible();
  });

  it('shows the studies and the figure in Spanish, with the same numbers', async () => {
    const el = await evidence();
    await setLocale('es');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('¿Funciona el microneedling para las cicatrices de acné?');
    expect(collapse(part(el, 'caption')!.textContent)).to.equal('Los estudios en cifras');
    expect(parts(el, 'value').map((value) => value.textContent)).to.deep.equal([
      '58',
      '19',
      '9',
      '10 de 10',
      '6 de 6',
      '5 de 6',
      '18 de 246',
    ]);
    const alternative = figureTextAlternative(el);
    expect(alternative).to.contain('10 de 10 pacientes mostraron una mejoría clínica notable de sus cicatrices de acné');
    expect(alternative).to.contain('5 de 6 estudios de microneedling solo informaron significación estadística (todos menos uno)');
    expect(alternative).to.contain('18 de 246 pacientes (en 10 estudios) informaron algún efecto adverso');
    const text = shadowText(el);
    expect(text).to.contain('una revisión de 2020 de 58 estudios exhaustivos');
    expect(text).to.contain('un estudio de 2015 con diez pacientes');
    expect(text).to.contain('un total de 19 artículos y nueve estudios');
    expect(text).to.contain('Un total de 18 pacientes de 246 (en 10 estudios) informaron algún efecto adverso');
    expect(text).not.to.contain('Does Microneedling Work');
  });
});
