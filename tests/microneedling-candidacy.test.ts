import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { sendKeys } from './support/engine.js';
import '../src/define/microneedling-candidacy.js';
import type {
  CandidacyChangeDetail,
  MicroneedlingCandidacy,
} from '../src/microneedling-candidacy/microneedling-candidacy.js';
import { setLocale } from '../src/core/locale.js';
import { captureWarnings, part, shadowText } from './support/console.js';

const CONDITIONS = [
  'An active acne breakout',
  'Warts, herpes labialis or other local infection',
  'Skin conditions like moderate to severe eczema and psoriasis',
  'Current anticoagulant medications',
  'Patients with weak immune systems, including those undergoing chemotherapy',
];
const IDS = ['active-acne', 'local-infection', 'skin-condition', 'anticoagulants', 'weak-immune-system'];
const ADVICE =
  'You should talk to your healthcare provider or dermatologist before undergoing this form of treatment—especially if you’re going to try microneedling at home.';
const NOTHING_TICKED = 'None of the conditions the article lists is ticked.';
const SOME_RISK =
  'Though microneedling is generally recognized as safe for healthy individuals, it does come with some risk.';
const MAY_NOT_BE =
  'According to the article, you may not be a good candidate for microneedling if you have the following, which you ticked:';

const candidacy = () => fixture<MicroneedlingCandidacy>(html`<microneedling-candidacy></microneedling-candidacy>`);

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: MicroneedlingCandidacy, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const checkboxes = (el: MicroneedlingCandidacy) => all(el, 'checkbox') as HTMLInputElement[];
const result = (el: MicroneedlingCandidacy) => part(el, 'result')!;
const tickedInResult = (el: MicroneedlingCandidacy) => all(el, 'ticked-condition').map(text);

/** Clicks the middle of `target` with the real mouse, after scrolling it into view. */
async function pointerClick(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<microneedling-candidacy>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await resetMouse();
    await setLocale(null);
  });

  it('lists the two advantages other studies suggest, then the article\'s own statement, as the article attributes them', async () => {
    const el = await candidacy();
    const list = part(el, 'advantages')!;
    expect(text(list.previousElementSibling)).to.equal(
      'Other studies suggest that microneedling has many advantages over other resurfacing procedures. For example, that:',
    );
    expect(all(el, 'advantage').map(text)).to.deep.equal([
      'it is safe on all skin types',
      'it comes with the lowest risk for post-inflammatory hyperpigmentation',
    ]);
    // Not one of the studies' findings: a paragraph of its own after the list, not an item of it.
    const own = list.nextElementSibling!;
    expect(own.localName).to.equal('p');
    expect(own.getAttribute('part')).to.equal('body');
    expect(text(own)).to.equal(
      'Microneedling doesn’t create a visible line between treated and untreated skin, and the recovery period is much shorter than most at just two to three days.',
    );
    expect(warnings.messages()).to.be.empty;
  });

  it('lists the five conditions with the article\'s caveat before them', async () => {
    const el = await candidacy();
    const list = part(el, 'conditions')!;
    expect(list.localName).to.equal('ul');
    expect([...list.children].map(text)).to.deep.equal(CONDITIONS);
    expect([...list.children].every((item) => item.localName === 'li')).to.be.true;
    expect(text(list.previousElementSibling)).to.equal(
      'Just because microneedling is generally recognized as safe, however, doesn’t mean that it is the right choice for everyone. You may not be a good candidate for microneedling if you have the following:',
    );
  });

  it('shows the possible side effects as the article words them', async () => {
    const el = await candidacy();
    expect(text(part(el, 'side-effects'))).to.equal(
      'There is always a risk for infection with any invasive procedure, as minimal as it may be. Microneedling may also contribute to minor adverse effects such as erythema and irritation, post-inflammatory pigmentation, hypersensitivity, allergic contact dermatitis and pain. For the most part, however, side effects are minor and dissipate within a few days.',
    );
  });

  it('starts with nothing ticked, without calling the reader a good candidate', async () => {
    const el = await candidacy();
    expect(checkboxes(el).map((box) => box.checked)).to.deep.equal([false, false, false, false, false]);
    expect(el.conditions).to.deep.equal([]);
    const shown = text(result(el));
    expect(shown).to.equal(`${NOTHING_TICKED} ${SOME_RISK} ${ADVICE}`);
    expect(shown).not.to.match(/\bare a good candidate|safe for you|you can\b/i);
  });

  it('offers the five conditions as native checkboxes in a fieldset with a legend', async () => {
    const el = await candidacy();
    const fieldset = part(el, 'fieldset')!;
    expect(fieldset.localName).to.equal('fieldset');
    expect(text(fieldset.querySelector('legend'))).to.equal('Which of these apply to you?');
    expect(checkboxes(el)).to.have.length(5);
    expect(all(el, 'label').map((label) => label.localName)).to.deep.equal(Array(5).fill('label'));
    expect(all(el, 'label').map(text)).to.deep.equal(CONDITIONS);
    for (const box of checkboxes(el)) {
      expect(box.type).to.equal('checkbox');
      expect(fieldset.contains(box)).to.be.true;
      expect(box.labels![0].getAttribute('part')).to.equal('label');
    }
  });

  it('ticks a condition when its checkbox is clicked, and says what the article says about it', async () => {
    const el = await candidacy();
    const changed = oneEvent(el, 'candidacy-change');
    await pointerClick(checkboxes(el)[3]);
    const event = (await changed) as CustomEvent<CandidacyChangeDetail>;
    expect(event.detail).to.deep.equal({ conditions: ['anticoagulants'], mayNotBeCandidate: true });
    await el.updateComplete;
    expect(checkboxes(el)[3].checked).to.be.true;
    expect(text(result(el))).to.equal(`${MAY_NOT_BE} Current anticoagulant medications ${ADVICE}`);
    expect(text(result(el))).not.to.contain(NOTHING_TICKED);
    expect(el.conditions).to.deep.equal(['anticoagulants']);
  });

  it('ticks a condition when its label text is clicked', async () => {
    const el = await candidacy();
    const changed = oneEvent(el, 'candidacy-change');
    await pointerClick(all(el, 'label')[1].querySelector('span')!);
    const event = (await changed) as CustomEvent<CandidacyChangeDetail>;
    expect(event.detail).to.deep.equal({ conditions: ['local-infection'], mayNotBeCandidate: true });
    await el.updateComplete;
    expect(checkboxes(el)[1].checked).to.be.true;
    expect(tickedInResult(el)).to.deep.equal(['Warts, herpes labialis or other local infection']);
  });

  it('ticks conditions from the keyboard with Tab and Space, showing a focus ring', async () => {
    const el = await candidacy();
    await sendKeys({ press: 'Tab' });
    const first = checkboxes(el)[0];
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');

    let changed = oneEvent(el, 'candidacy-change');
    await sendKeys({ press: 'Space' });
    let event = (await changed) as CustomEvent<CandidacyChangeDetail>;
    expect(event.detail).to.deep.equal({ conditions: ['active-acne'], mayNotBeCandidate: true });

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(checkboxes(el)[2]);
    changed = oneEvent(el, 'candidacy-change');
    await sendKeys({ press: 'Space' });
    event = (await changed) as CustomEvent<CandidacyChangeDetail>;
    expect(event.detail).to.deep.equal({ conditions: ['active-acne', 'skin-condition'], mayNotBeCandidate: true });
    await el.updateComplete;
    expect(tickedInResult(el)).to.deep.equal([CONDITIONS[0], CONDITIONS[2]]);
  });

  it('reports the ticked conditions in the article\'s order, whatever order they were ticked in', async () => {
    const el = await candidacy();
    const details: CandidacyChangeDetail[] = [];
    el.addEventListener('candidacy-change', (event) => details.push(event.detail));
    for (const index of [4, 0, 2]) checkboxes(el)[index].click();
    await el.updateComplete;
    expect(details.map((detail) => detail.conditions)).to.deep.equal([
      ['weak-immune-system'],
      ['active-acne', 'weak-immune-system'],
      ['active-acne', 'skin-condition', 'weak-immune-system'],
    ]);
    expect(el.conditions).to.deep.equal(['active-acne', 'skin-condition', 'weak-immune-system']);
    expect(tickedInResult(el)).to.deep.equal([CONDITIONS[0], CONDITIONS[2], CONDITIONS[4]]);
  });

  it('returns to the nothing-ticked text when everything is unticked', async () => {
    const el = await candidacy();
    checkboxes(el)[0].click();
    checkboxes(el)[4].click();
    await el.updateComplete;
    expect(tickedInResult(el)).to.have.length(2);

    checkboxes(el)[0].click();
    const changed = oneEvent(el, 'candidacy-change');
    checkboxes(el)[4].click();
    const event = (await changed) as CustomEvent<CandidacyChangeDetail>;
    expect(event.detail).to.deep.equal({ conditions: [], mayNotBeCandidate: false });
    await el.updateComplete;
    expect(text(result(el))).to.equal(`${NOTHING_TICKED} ${SOME_RISK} ${ADVICE}`);
    expect(el.conditions).to.deep.equal([]);
  });

  it('ends with the advice to talk to a healthcare provider or dermatologist whatever is ticked', async () => {
    const el = await candidacy();
    const advice = () => {
      const notes = all(el, 'note');
      expect(notes).to.have.length(1);
      expect(result(el).contains(notes[0])).to.be.true;
      expect(result(el).lastElementChild).to.equal(notes[0]);
      return text(notes[0]);
    };
    expect(advice(), 'none').to.equal(ADVICE);

    checkboxes(el)[2].click();
    await el.updateComplete;
    expect(advice(), 'one').to.equal(ADVICE);

    for (const box of checkboxes(el)) if (!box.checked) box.click();
    await el.updateComplete;
    expect(tickedInResult(el)).to.deep.equal(CONDITIONS);
    expect(advice(), 'all five').to.equal(ADVICE);
  });

  it('clears every answer with the Clear answers button', async () => {
    const el = await candidacy();
    checkboxes(el)[1].click();
    checkboxes(el)[3].click();
    await el.updateComplete;
    const button = part(el, 'button') as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(text(button)).to.equal('Clear answers');

    const changed = oneEvent(el, 'candidacy-change');
    await pointerClick(button);
    const event = (await changed) as CustomEvent<CandidacyChangeDetail>;
    expect(event.detail).to.deep.equal({ conditions: [], mayNotBeCandidate: false });
    await el.updateComplete;
    expect(checkboxes(el).some((box) => box.checked)).to.be.false;
    expect(text(result(el))).to.equal(`${NOTHING_TICKED} ${SOME_RISK} ${ADVICE}`);
  });

  it('fires no event when clearing answers that are already clear', async () => {
    const el = await candidacy();
    let fired = 0;
    el.addEventListener('candidacy-change', () => fired++);
    (part(el, 'button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('lets the page hear candidacy-change: it bubbles out of the shadow root and is composed', async () => {
    const el = await candidacy();
    const heard = oneEvent(document, 'candidacy-change');
    checkboxes(el)[0].click();
    const event = (await heard) as CustomEvent<CandidacyChangeDetail>;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.target).to.equal(el);
  });

  it('exposes the ticked conditions as a read-only conditions property', async () => {
    const el = await candidacy();
    checkboxes(el)[0].click();
    await el.updateComplete;
    const copy = el.conditions;
    copy.push('anticoagulants');
    expect(el.conditions).to.deep.equal(['active-acne']);
    expect(() => {
      (el as unknown as { conditions: string[] }).conditions = [...IDS];
    }).to.throw(TypeError);
    expect(el.conditions).to.deep.equal(['active-acne']);
  });

  it('announces the result politely from a live region that is there from the first render', async () => {
    const el = await candidacy();
    const region = result(el);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    checkboxes(el)[0].click();
    await el.updateComplete;
    expect(result(el)).to.equal(region);
    expect(text(region)).to.contain(MAY_NOT_BE);
    // Only the result is live: the text and the checkboxes are not announced as they change.
    expect(el.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(1);
    expect(region.contains(part(el, 'fieldset'))).to.be.false;
  });

  it('stores nothing: no localStorage, sessionStorage, cookies or network', async () => {
    const before = {
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
    };
    const calls: string[] = [];
    const originals = {
      setItem: Storage.prototype.setItem,
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      beacon: navigator.sendBeacon,
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
      calls.push(`setItem ${args[0]}`);
      return originals.setItem.apply(this, args);
    };
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0])}`);
      return originals.fetch(...args);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      calls.push('xhr');
      return (originals.open as (...a: unknown[]) => void).apply(this, args);
    };
    navigator.sendBeacon = (...args: Parameters<typeof navigator.sendBeacon>) => {
      calls.push('beacon');
      return originals.beacon.apply(navigator, args);
    };
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => cookie.get!.call(document),
      set: (value: string) => {
        calls.push(`cookie ${value}`);
        cookie.set!.call(document, value);
      },
    });
    try {
      const el = await candidacy();
      for (const box of checkboxes(el)) box.click();
      await el.updateComplete;
      checkboxes(el)[2].click();
      (part(el, 'button') as HTMLButtonElement).click();
      await el.updateComplete;
      checkboxes(el)[0].click();
      await el.updateComplete;
    } finally {
      Storage.prototype.setItem = originals.setItem;
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
      delete (document as unknown as { cookie?: string }).cookie;
    }
    expect(calls).to.deep.equal([]);
    expect(JSON.stringify({ ...localStorage })).to.equal(before.local);
    expect(JSON.stringify({ ...sessionStorage })).to.equal(before.session);
    expect(document.cookie).to.equal(before.cookie);
  });

  it('forgets the answers when the element is created again', async () => {
    const first = await candidacy();
    checkboxes(first)[0].click();
    await first.updateComplete;
    const second = await candidacy();
    expect(second.conditions).to.deep.equal([]);
    expect(checkboxes(second).some((box) => box.checked)).to.be.false;
  });

  it('exposes its parts', async () => {
    const el = await candidacy();
    checkboxes(el)[0].click();
    await el.updateComplete;
    for (const name of [
      'base', 'heading', 'subheading', 'body', 'list', 'item', 'card', 'label', 'button', 'note', 'result',
      'advantages', 'advantage', 'conditions', 'condition', 'side-effects', 'fieldset', 'legend', 'checkbox',
      'ticked', 'ticked-condition', 'privacy',
    ]) {
      expect(part(el, name), name).to.exist;
    }
    expect(all(el, 'list').map((list) => list.localName)).to.deep.equal(['ul', 'ul', 'ul']);
    expect(all(el, 'item').every((item) => item.localName === 'li')).to.be.true;
  });

  it('puts its heading at level 2 and its section headings at level 3 by default', async () => {
    const el = await candidacy();
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(text(heading)).to.equal('Is microneedling safe?');
    expect(all(el, 'subheading').map((sub) => `${sub.localName} ${text(sub)}`)).to.deep.equal([
      'h3 Advantages over other resurfacing procedures',
      'h3 Who may not be a good candidate',
      'h3 Possible side effects',
      'h3 Self-check',
    ]);
  });

  it('follows heading-level, including later changes', async () => {
    const el = await fixture<MicroneedlingCandidacy>(
      html`<microneedling-candidacy heading-level="4"></microneedling-candidacy>`,
    );
    expect(part(el, 'heading')!.localName).to.equal('h4');
    expect(all(el, 'subheading').map((sub) => sub.localName)).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h6');
    expect(all(el, 'subheading').map((sub) => sub.localName)).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
    expect(warnings.messages()).to.be.empty;
  });

  for (const bad of ['0', '7', 'two', '', '2.5']) {
    it(`falls back to level 2 for heading-level=${JSON.stringify(bad)} and warns once`, async () => {
      const el = await fixture<MicroneedlingCandidacy>(
        html`<microneedling-candidacy heading-level=${bad}></microneedling-candidacy>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'subheading')!.localName).to.equal('h3');
      checkboxes(el)[0].click();
      await el.updateComplete;
      el.requestUpdate('headingLevel');
      await el.updateComplete;
      const messages = warnings.messages();
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<microneedling-candidacy>').and.contain(`heading-level=${JSON.stringify(bad)}`);
    });
  }

  it('stacks the sections when narrow and sets the lists side by side when wide', async () => {
    const narrow = await fixture(html`<div style="width: 320px"><microneedling-candidacy></microneedling-candidacy></div>`);
    const narrowEl = narrow.querySelector('microneedling-candidacy')!;
    const [narrowAdvantages, narrowConditions] = [part(narrowEl, 'advantages')!, part(narrowEl, 'conditions')!];
    expect(narrowConditions.getBoundingClientRect().top).to.be.greaterThan(narrowAdvantages.getBoundingClientRect().bottom);

    const wide = await fixture(html`<div style="width: 1000px"><microneedling-candidacy></microneedling-candidacy></div>`);
    const wideEl = wide.querySelector('microneedling-candidacy')!;
    const [wideAdvantages, wideConditions] = [part(wideEl, 'advantages')!, part(wideEl, 'conditions')!];
    expect(wideConditions.getBoundingClientRect().left).to.be.greaterThan(wideAdvantages.getBoundingClientRect().right);
  });

  for (const width of [320, 1000]) {
    it(`passes axe at ${width}px, with nothing, one and every condition ticked`, async () => {
      const wrapper = await fixture(
        html`<div style=${`width: ${width}px`}><microneedling-candidacy></microneedling-candidacy></div>`,
      );
      const el = wrapper.querySelector('microneedling-candidacy')!;
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
      checkboxes(el)[0].click();
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
      for (const box of checkboxes(el)) if (!box.checked) box.click();
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  }

  it('shows the text, the self-check and its result in Spanish', async () => {
    const el = await candidacy();
    await setLocale('es');
    await el.updateComplete;
    expect(text(part(el, 'heading'))).to.equal('¿Es seguro el microneedling?');
    expect(all(el, 'condition').map(text)).to.deep.equal([
      'Un brote de acné activo',
      'Verrugas, herpes labial u otra infección local',
      'Afecciones cutáneas como el eccema moderado a grave y la psoriasis',
      'Tratamiento actual con medicamentos anticoagulantes',
      'Pacientes con el sistema inmunitario debilitado, incluidos quienes reciben quimioterapia',
    ]);
    expect(text(part(el, 'side-effects'))).to.contain('dermatitis alérgica de contacto');
    expect(text(part(el, 'legend'))).to.equal('¿Cuáles de estas situaciones se aplican a usted?');
    expect(text(part(el, 'note'))).to.contain('hablar con su profesional de la salud o su dermatólogo');
    expect(text(result(el))).to.contain('No ha marcado ninguna de las situaciones que enumera el artículo.');

    checkboxes(el)[4].click();
    await el.updateComplete;
    expect(text(result(el))).to.contain('Según el artículo, es posible que no sea buen candidato para el microneedling');
    expect(tickedInResult(el)).to.deep.equal([
      'Pacientes con el sistema inmunitario debilitado, incluidos quienes reciben quimioterapia',
    ]);
    expect(text(part(el, 'button'))).to.equal('Borrar respuestas');
    expect(shadowText(el)).not.to.contain('Clear answers');
  });

  it('keeps ticked answers when the language changes', async () => {
    const el = await candidacy();
    checkboxes(el)[1].click();
    await el.updateComplete;
    await setLocale('es');
    await el.updateComplete;
    expect(checkboxes(el)[1].checked).to.be.true;
    expect(el.conditions).to.deep.equal(['local-infection']);
    expect(tickedInResult(el)).to.deep.equal(['Verrugas, herpes labial u otra infección local']);
  });
});
