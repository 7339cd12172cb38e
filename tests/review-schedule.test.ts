import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define/med-review.js';
import '../src/define/acne-scar-article.js';
import type { MedReview } from '../src/med-review/med-review.js';
import type { AcneScarArticle } from '../src/acne-scar-article/acne-scar-article.js';
import { setLocale } from '../src/core/locale.js';
import { parseIsoDate } from '../src/core/attributes.js';
import { addInterval, hasPassed, parseReviewInterval } from '../src/core/review.js';
import { part, textOf, warningsOfEachTest } from './support/console.js';

/** The byline's lines, as a reader sees them. */
const lines = (el: MedReview) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((line) => textOf(line));

const byline = (attributes: { nextReview?: string; reviewInterval?: string; updated?: string } = {}) =>
  fixture<MedReview>(html`<med-review
    reviewer="Kristin Hall"
    reviewer-credentials="FNP"
    author="Our Editorial Team"
    updated=${attributes.updated ?? '2021-03-11'}
    next-review=${attributes.nextReview ?? nothing}
    review-interval=${attributes.reviewInterval ?? nothing}
  ></med-review>`);

/** A calendar date `days` from the reader's today, as an ISO date. */
function dayFromToday(days: number): string {
  const today = new Date();
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

describe('the review schedule: next-review and review-interval', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('changes nothing on a page that sets neither', async () => {
    const el = await byline();
    expect(lines(el)).to.deep.equal([
      'Medically reviewed by Kristin Hall, FNP',
      'Written by Our Editorial Team',
      'Last updated March 11, 2021',
    ]);
    expect(part(el, 'next-review')).to.be.null;
    expect(part(el, 'review-due')).to.be.null;
    expect(warnings.messages()).to.be.empty;
  });

  it('shows the next review as the NHS does, "Next review due", in a <time> element', async () => {
    const el = await byline({ nextReview: '2999-01-01' });
    const line = part(el, 'next-review')!;
    expect(line.textContent!.trim()).to.equal('Next review due January 1, 2999');
    expect(line.getAttribute('part')).to.equal('item next-review');
    const time = line.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2999-01-01');
    expect(time.getAttribute('part')).to.equal('date');
    expect(lines(el)).to.have.length(4);
    expect(part(el, 'review-due')).to.be.null;
    expect(warnings.messages()).to.be.empty;
  });

  it('once the day has passed, says politely that the article has been due for review since then', async () => {
    const el = await byline({ nextReview: '2024-03-11' });
    expect(part(el, 'next-review')).to.be.null;
    const notice = part(el, 'review-due')!;
    expect(textOf(notice)).to.equal('This article has been due for review since March 11, 2024.');
    expect(notice.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-11');
    // A notice, not an alarm: no live region or alert role, in the text colour rather than muted.
    expect(notice.getAttribute('role')).to.be.null;
    expect(el.shadowRoot!.querySelector('[aria-live], [role="alert"]')).to.be.null;
    expect(getComputedStyle(notice).color).to.equal(getComputedStyle(el).color);
    expect(warnings.messages()).to.be.empty;
  });

  it('is due on the day itself, and overdue only from the next day, in the reader\'s time zone', async () => {
    expect(part(await byline({ nextReview: dayFromToday(0) }), 'next-review')).to.exist;
    expect(part(await byline({ nextReview: dayFromToday(1) }), 'next-review')).to.exist;
    expect(part(await byline({ nextReview: dayFromToday(-1) }), 'review-due')).to.exist;
    const noon = new Date(2024, 2, 11, 12);
    const day = parseIsoDate('2024-03-11')!;
    expect(hasPassed(day, noon)).to.be.false;
    expect(hasPassed(day, new Date(2024, 2, 11, 23, 59))).to.be.false;
    expect(hasPassed(day, new Date(2024, 2, 12, 0, 1))).to.be.true;
    const instant = parseIsoDate('2024-03-11T09:30:00Z')!;
    expect(hasPassed(instant, new Date(Date.UTC(2024, 2, 11, 9, 29)))).to.be.false;
    expect(hasPassed(instant, new Date(Date.UTC(2024, 2, 11, 9, 31)))).to.be.true;
  });

  it('takes a review interval after the last update instead of a date', async () => {
    const el = await byline({ reviewInterval: 'P3Y' });
    const notice = part(el, 'review-due')!;
    expect(notice.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-11');
    expect(textOf(notice)).to.equal('This article has been due for review since March 11, 2024.');
    const ahead = await byline({ updated: dayFromToday(0), reviewInterval: 'P18M' });
    expect(part(ahead, 'next-review')).to.exist;
    expect(warnings.messages()).to.be.empty;
  });

  it('counts intervals in calendar months, weeks and days', () => {
    const from = (date: string, interval: string) => addInterval(parseIsoDate(date)!, parseReviewInterval(interval)!).datetime;
    expect(from('2021-03-11', 'P3Y')).to.equal('2024-03-11');
    expect(from('2021-01-31', 'P1M')).to.equal('2021-02-28');
    expect(from('2020-02-29', 'P1Y')).to.equal('2021-02-28');
    expect(from('2021-03-11', 'P1Y6M')).to.equal('2022-09-11');
    expect(from('2021-12-25', 'P2W')).to.equal('2022-01-08');
    expect(from('2021-03-11T23:30:00Z', 'P1D')).to.equal('2021-03-12');
    expect(from('0050-06-01', 'P1Y')).to.equal('0051-06-01');
    for (const bad of ['3y', 'P', 'P0D', 'PT12H', 'P11Y', 'P3654D', 'P1.5Y', 'P-1Y', 'P1M1Y', '']) {
      expect(parseReviewInterval(bad), bad).to.be.undefined;
    }
    expect(parseReviewInterval(' p10y ')).to.deep.equal({ years: 10, months: 0, days: 0 });
  });

  it('prefers next-review to review-interval, and warns that the interval is not used', async () => {
    const el = await byline({ nextReview: '2999-01-01', reviewInterval: 'P3Y' });
    expect(part(el, 'next-review')!.querySelector('time')!.getAttribute('datetime')).to.equal('2999-01-01');
    expect(warnings.messages()).to.deep.equal([
      '<med-review> review-interval="P3Y": next-review gives the date of the next review; the interval is not used.',
    ]);
  });

  const refusals: Array<[string, { nextReview?: string; reviewInterval?: string; updated?: string }, string]> = [
    ['a next-review that is not a date', { nextReview: 'soon' }, '<med-review> next-review="soon": expected an ISO 8601 date such as "2024-03-11"; the next review is not shown.'],
    ['a day that does not exist', { nextReview: '2025-02-30' }, '<med-review> next-review="2025-02-30": expected an ISO 8601 date such as "2024-03-11"; the next review is not shown.'],
    ['a next review before the last update', { nextReview: '2020-01-01' }, '<med-review> next-review="2020-01-01": is before the last update (updated); the next review is not shown.'],
    ['an interval that is not an ISO 8601 duration', { reviewInterval: '3 years' }, '<med-review> review-interval="3 years": expected an ISO 8601 duration from one day to ten years, such as "P3Y" or "P18M"; the next review is not shown.'],
    ['an interval longer than ten years', { reviewInterval: 'P20Y' }, '<med-review> review-interval="P20Y": expected an ISO 8601 duration from one day to ten years, such as "P3Y" or "P18M"; the next review is not shown.'],
    ['an interval with no last update to count from', { reviewInterval: 'P3Y', updated: 'last spring' }, '<med-review> review-interval="P3Y": counts from the last update, and updated is missing or invalid; the next review is not shown.'],
  ];
  for (const [what, attributes, warning] of refusals) {
    it(`leaves the line out for ${what}, with one warning naming the element and attribute`, async () => {
      const el = await byline(attributes);
      expect(part(el, 'next-review')).to.be.null;
      expect(part(el, 'review-due')).to.be.null;
      expect(lines(el)).to.include('Medically reviewed by Kristin Hall, FNP');
      const messages = warnings.messages().filter((message) => !message.startsWith('<med-review> updated='));
      expect(messages).to.deep.equal([warning]);
    });
  }

  it('follows a change of next-review, and a removal', async () => {
    const el = await byline({ nextReview: '2999-01-01' });
    el.setAttribute('next-review', '2022-01-01');
    await el.updateComplete;
    expect(part(el, 'review-due')!.querySelector('time')!.getAttribute('datetime')).to.equal('2022-01-01');
    expect(part(el, 'next-review')).to.be.null;
    el.removeAttribute('next-review');
    await el.updateComplete;
    expect(part(el, 'review-due')).to.be.null;
    expect(lines(el)).to.have.length(3);
  });

  it('says it in the reader\'s language, with the date formatted for it', async () => {
    await setLocale('es');
    const ahead = await byline({ nextReview: '2999-01-01' });
    expect(textOf(part(ahead, 'next-review')!)).to.equal('Próxima revisión prevista: 1 de enero de 2999');
    const due = await byline({ nextReview: '2024-03-11' });
    expect(textOf(part(due, 'review-due')!)).to.equal('Este artículo está pendiente de revisión desde el 11 de marzo de 2024.');
    await setLocale('de');
    await due.updateComplete;
    expect(textOf(part(due, 'review-due')!)).to.equal('Dieser Artikel ist seit dem 11. März 2024 zur Überprüfung fällig.');
    expect(warnings.messages()).to.be.empty;
  });

  it('passes axe with the next review and with the notice', async () => {
    await expect(await byline({ nextReview: '2999-01-01' })).to.be.accessible();
    await expect(await byline({ nextReview: '2024-03-11' })).to.be.accessible();
  });

  describe('in <acne-scar-article>', () => {
    const article = async (template: ReturnType<typeof html>) => {
      const el = await fixture<AcneScarArticle>(template);
      const review = el.shadowRoot!.querySelector('med-review')!;
      await review.updateComplete;
      return { el, review };
    };

    it('shows the next review in the article\'s byline, counted from its last update', async () => {
      const { el, review } = await article(html`<acne-scar-article review-interval="P3Y"></acne-scar-article>`);
      expect(textOf(part(review, 'review-due')!)).to.equal('This article has been due for review since March 11, 2024.');
      // Forwarded: the page styles it from outside.
      expect(el.shadowRoot!.querySelector('med-review')!.getAttribute('exportparts')).to.contain('review-due: med-review-review-due');
      expect(warnings.messages()).to.be.empty;
    });

    it('takes a date too, and checks it itself: a warning names the article, and the byline gets nothing', async () => {
      const { review } = await article(html`<acne-scar-article next-review="2999-01-01"></acne-scar-article>`);
      expect(textOf(part(review, 'next-review')!)).to.equal('Next review due January 1, 2999');
      const bad = await article(html`<acne-scar-article next-review="2019-05-01"></acne-scar-article>`);
      expect(bad.review.hasAttribute('next-review')).to.be.false;
      expect(part(bad.review, 'review-due')).to.be.null;
      expect(warnings.messages()).to.deep.equal([
        '<acne-scar-article> next-review="2019-05-01": is before the last update (updated); the next review is not shown.',
      ]);
    });
  });
});
