import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/core/locale.js';
import { warningsOfEachTest } from '../support/console.js';
import { parseBound } from '../../src/promo-banner/schedule.js';
import { banner, daysFromNow, html, isShown, localToday, part, seenText } from './support.js';

const HOUR_MS = 3_600_000;

describe('<promo-banner> schedule', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('renders nothing before starts', async () => {
    const el = await banner(html`<promo-banner href="/start" starts=${daysFromNow(1)}></promo-banner>`);
    expect(isShown(el)).to.be.false;
    expect(el.shadowRoot!.children.length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows between starts and ends', async () => {
    const el = await banner(html`<promo-banner href="/start" starts=${daysFromNow(-1)} ends=${daysFromNow(1)}></promo-banner>`);
    expect(isShown(el)).to.be.true;
  });

  it('renders nothing after ends', async () => {
    const el = await banner(html`<promo-banner href="/start" ends=${daysFromNow(-1)}></promo-banner>`);
    expect(isShown(el)).to.be.false;
  });

  it('shows all of the day a date-only ends names, and from the start of the day starts names', async () => {
    const el = await banner(html`<promo-banner href="/start" starts=${localToday()} ends=${localToday()}></promo-banner>`);
    expect(isShown(el)).to.be.true;
  });

  it('appears when its window is moved to include now', async () => {
    const el = await banner(html`<promo-banner href="/start" ends="2001-01-01"></promo-banner>`);
    expect(isShown(el)).to.be.false;
    el.ends = daysFromNow(3);
    await el.updateComplete;
    expect(isShown(el)).to.be.true;
  });

  for (const [attribute, value] of [
    ['starts', 'next Monday'],
    ['starts', '2025-02-30'],
    // A start that cannot be read must not open the offer now, nor an end that cannot be read
    // keep it open for ever.
    ['starts', '2099-02-30'],
    ['ends', '2020-06-31'],
    ['ends', '31/12/2030'],
    ['ends', '2030-12-31T25:00'],
    ['ends', ''],
  ]) {
    it(`does not show a limited-time offer with ${attribute}="${value}", and warns once naming ${attribute}`, async () => {
      const el = await banner(html`<promo-banner href="/start" .starts=${attribute === 'starts' ? value : undefined} .ends=${attribute === 'ends' ? value : undefined}></promo-banner>`);
      expect(isShown(el)).to.be.false;
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.requestUpdate(attribute);
      await el.updateComplete;
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.contain(`<promo-banner> ${attribute}=${JSON.stringify(value)}`);
      expect(warnings.messages()[0]).to.contain('the offer is not shown');
    });
  }

  it('shows the offer once an unreadable end is corrected', async () => {
    const el = await banner(html`<promo-banner href="/start" ends="2020-06-31"></promo-banner>`);
    expect(isShown(el)).to.be.false;
    el.ends = daysFromNow(3);
    await el.updateComplete;
    expect(isShown(el)).to.be.true;
  });

  it('reads the years 0001 to 0099 as written, not as 19xx', () => {
    const local = new Date(0);
    local.setFullYear(100, 0, 1);
    expect(parseBound('0099-12-31', 'ends')!.at, 'the end of 31 December 99').to.equal(local.setHours(0, 0, 0, 0));
    expect(new Date(parseBound('0050-06-01', 'starts')!.at).getFullYear()).to.equal(50);
  });

  it('warns when ends is not after starts', async () => {
    const el = await banner(html`<promo-banner href="/start" starts="2030-05-02" ends="2030-05-01T00:00:00Z"></promo-banner>`);
    expect(isShown(el)).to.be.false;
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<promo-banner> ends=');
  });

  it('counts down to ends in words, in a <time>, without a live region', async () => {
    const ends = new Date(Date.now() + 2 * 24 * HOUR_MS + HOUR_MS).toISOString();
    const el = await banner(html`<promo-banner href="/start" countdown ends=${ends}></promo-banner>`);
    const countdown = part(el, 'countdown')!;
    expect(seenText(countdown)).to.equal('Offer ends in 2 days');
    expect(countdown.querySelector('time')!.getAttribute('datetime')).to.equal(ends);
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="timer"], [role="alert"]')).to.be.null;
  });

  it('counts down in hours and minutes as the end nears', async () => {
    const hours = await banner(html`<promo-banner href="/start" countdown ends=${new Date(Date.now() + 5.5 * HOUR_MS).toISOString()}></promo-banner>`);
    expect(seenText(part(hours, 'countdown'))).to.equal('Offer ends in 5 hours');
    const minutes = await banner(html`<promo-banner href="/start" countdown ends=${new Date(Date.now() + 12 * 60_000 - 1000).toISOString()}></promo-banner>`);
    expect(seenText(part(minutes, 'countdown'))).to.equal('Offer ends in 12 minutes');
  });

  it('counts down in Spanish', async () => {
    await setLocale('es');
    const el = await banner(html`<promo-banner href="/start" countdown ends=${new Date(Date.now() + 2 * 24 * HOUR_MS + HOUR_MS).toISOString()}></promo-banner>`);
    expect(seenText(part(el, 'countdown'))).to.equal('La oferta termina dentro de 2 días');
  });

  it('says the offer has ended when the end passes while it is on screen, instead of vanishing', async () => {
    const el = await banner(html`<promo-banner href="/start" countdown ends=${new Date(Date.now() + 30_000).toISOString()}></promo-banner>`);
    expect(seenText(part(el, 'countdown'))).to.equal('Offer ends in 1 minute');
    const realNow = Date.now;
    Date.now = () => realNow() + 60_000;
    try {
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      Date.now = realNow;
    }
    expect(isShown(el)).to.be.true;
    expect(seenText(part(el, 'countdown'))).to.equal('This offer has ended');
  });

  it('shows no countdown without countdown, and warns when countdown has no ends', async () => {
    const quiet = await banner(html`<promo-banner href="/start" ends=${daysFromNow(2)}></promo-banner>`);
    expect(part(quiet, 'countdown')).to.be.null;
    const el = await banner(html`<promo-banner href="/start" countdown></promo-banner>`);
    expect(part(el, 'countdown')).to.be.null;
    expect(warnings.messages()).to.have.length(1);
    expect(warnings.messages()[0]).to.contain('<promo-banner> countdown=""');
  });
});
