import { html, isServer, nothing, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { parseIsoDate, type IsoDate } from '../core/attributes.js';
import { formatLongDate } from '../core/format.js';
import { MARKUP_PLACEHOLDER, withMarkup } from '../core/sentence.js';
import { translationReviewDate } from '../core/locale.js';
import { hasPassed, scheduledReview } from '../core/review.js';

/**
 * The article's byline: who medically reviewed it, who wrote it, when it was last updated, and
 * when its next review is due.
 *
 * Each line shows only when its attribute is given. Dates are formatted for the active locale
 * inside `<time datetime>` elements.
 *
 * The next review (`next-review`, or `review-interval` after `updated`) shows as "Next review due
 * 11 March 2024", as the NHS website shows it. Once that day has passed for the reader, the line
 * says instead that the article has been due for review since then. A page that sets neither
 * shows no such line.
 *
 * @tag med-review
 * @summary Byline of a medically reviewed article: reviewer, author, last update and next review.
 *
 * @example
 * <med-review reviewer="Kristin Hall" reviewer-credentials="FNP"
 *   author="Our Editorial Team" updated="2021-03-11" review-interval="P3Y"></med-review>
 *
 * @csspart base - The byline's container.
 * @csspart item - Each line of the byline.
 * @csspart reviewer - The "Medically reviewed by" line (also `item`).
 * @csspart author - The "Written by" line (also `item`).
 * @csspart updated - The "Last updated" line (also `item`).
 * @csspart next-review - The "Next review due" line (also `item`), while that day has not passed.
 * @csspart review-due - Once the next review's day has passed: the line saying the article has been due for review since then (also `item`).
 * @csspart date - The `<time>` element holding a formatted date (last updated, next review).
 * @csspart translation - In a translation only: "Translated from English", and whether the translation has been medically reviewed (also `item`).
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-muted] - Colour of the "Written by" and "Last updated" lines; defaults to the text colour at 72%.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the byline.
 * @cssprop [--asw-font-weight-strong=600] - Weight of the reviewer's line.
 * @cssprop [--asw-space-s=0.5rem] - Space between lines when they sit side by side.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class MedReview extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'med-review';

  /** The medical reviewer's name, e.g. "Kristin Hall". Without it the reviewer line is left out (with a warning). */
  @property({ reflect: true }) reviewer?: string;

  /** The reviewer's credentials, shown after the name, e.g. "FNP". */
  @property({ attribute: 'reviewer-credentials', reflect: true }) reviewerCredentials?: string;

  /** Who wrote the article, e.g. "Our Editorial Team". Without it the "Written by" line is left out. */
  @property({ reflect: true }) author?: string;

  /**
   * When the article was last updated: an ISO 8601 date (`2021-03-11`) or date-time. A missing or
   * invalid value leaves the "Last updated" line out, with a warning.
   */
  @property({ attribute: 'updated', reflect: true }) lastUpdated?: string;

  /**
   * When the article's next medical review is due: an ISO 8601 date (`2024-03-11`). Until that day
   * has passed, the byline says "Next review due"; after it, that the article has been due for
   * review since then. An invalid value leaves the line out, with a warning.
   */
  @property({ attribute: 'next-review', reflect: true }) nextReview?: string;

  /**
   * Instead of `next-review`: the time from the last update (`updated`) to the next review, as an
   * ISO 8601 duration of years, months, weeks or days (`P3Y`, `P18M`, `P1Y6M`), from one day to ten
   * years. `next-review` wins when both are given.
   */
  @property({ attribute: 'review-interval', reflect: true }) reviewInterval?: string;

  private updatedDate?: IsoDate;
  private nextReviewDate?: IsoDate;

  /**
   * Whether the byline says the article is due for review. Taking over server-rendered HTML, the
   * first render says what the server wrote (hydration must find its own markup), and the reader's
   * clock decides right after (`firstUpdated`).
   */
  @state() private reviewDue = false;
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  static override styles = [
    ...ContentElement.styles,
    css`
      .byline {
        display: flex;
        flex-wrap: wrap;
        column-gap: var(--_space-m);
        row-gap: var(--_space-xs);
        font-size: var(--_font-size-small);
      }
      p {
        margin: 0;
      }
      .reviewer {
        font-weight: var(--_font-weight-strong);
      }
      .author,
      .updated,
      .next-review,
      .translation {
        color: var(--_color-muted);
      }
      /* A notice, not a warning: the text colour, on a line of its own. */
      .review-due,
      .source-line {
        flex-basis: 100%;
      }
      .source-line {
        margin-block-start: 0;
      }
      @media (forced-colors: active) {
        .author,
        .updated,
        .next-review,
        .translation {
          color: CanvasText;
        }
      }
    `,
  ];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lastUpdated') || !this.hasUpdated) {
      this.updatedDate = parseIsoDate(this.lastUpdated);
      if (!this.updatedDate) {
        this.warnInvalid(
          'updated',
          this.lastUpdated,
          'expected an ISO 8601 date such as "2021-03-11"; the "Last updated" line is left out.',
        );
      }
    }
    if (changed.has('nextReview') || changed.has('reviewInterval') || changed.has('lastUpdated') || !this.hasUpdated) {
      this.nextReviewDate = scheduledReview(this.nextReview, this.reviewInterval, this.updatedDate, this.warnInvalid.bind(this));
      this.reviewDue =
        !this.hasUpdated && this.serverRendered
          ? this.renderRoot.querySelector('.review-due') !== null
          : this.nextReviewDate !== undefined && hasPassed(this.nextReviewDate);
    }
    if ((changed.has('reviewer') || !this.hasUpdated) && !this.reviewer?.trim()) {
      this.warnInvalid(
        'reviewer',
        this.reviewer,
        'expected the reviewer\'s name; the "Medically reviewed by" line is left out.',
      );
    }
  }

  protected override firstUpdated(): void {
    if (this.serverRendered) this.reviewDue = this.nextReviewDate !== undefined && hasPassed(this.nextReviewDate);
  }

  private renderReviewer() {
    const name = this.reviewer?.trim();
    if (!name) return nothing;
    const credentials = this.reviewerCredentials?.trim();
    const nameWithCredentials = credentials
      ? msg(str`${name}, ${credentials}`, {
          desc: 'A medical reviewer\'s name followed by their credentials, e.g. "Kristin Hall, FNP".',
        })
      : name;
    const sentence = msg(str`Medically reviewed by ${nameWithCredentials}`, {
      desc: 'Byline. The placeholder is the reviewer\'s name, possibly with credentials.',
    });
    return html`<p part="item reviewer" class="reviewer">${sentence}</p>`;
  }

  private renderAuthor() {
    const author = this.author?.trim();
    if (!author) return nothing;
    const sentence = msg(str`Written by ${author}`, {
      desc: 'Byline. The placeholder is the author, a person or a team such as "Our Editorial Team".',
    });
    return html`<p part="item author" class="author">${sentence}</p>`;
  }

  private renderUpdated() {
    const updated = this.updatedDate;
    if (!updated) return nothing;
    const date = MARKUP_PLACEHOLDER;
    const sentence = msg(str`Last updated ${date}`, {
      desc: 'Byline. The placeholder is the date of the last update, already formatted for the locale.',
    });
    const time = html`<time part="date" datetime=${updated.datetime}>${formatLongDate(updated)}</time>`;
    return html`<p part="item updated" class="updated">${withMarkup(sentence, time)}</p>`;
  }

  /** "Next review due …", or once that day has passed, that the article has been due for review since. */
  private renderNextReview() {
    const due = this.nextReviewDate;
    if (!due) return nothing;
    const date = MARKUP_PLACEHOLDER;
    const time = html`<time part="date" datetime=${due.datetime}>${formatLongDate(due)}</time>`;
    if (this.reviewDue) {
      const sentence = msg(str`This article has been due for review since ${date}.`, {
        id: 'med-review.review-due',
        desc: 'Byline, once the date of the article\'s next scheduled medical review has passed. The placeholder is that date, already formatted for the locale. A polite notice, not an alarm.',
      });
      return html`<p part="item review-due" class="review-due">${withMarkup(sentence, time)}</p>`;
    }
    const sentence = msg(str`Next review due ${date}`, {
      id: 'med-review.next-review',
      desc: 'Byline, after "Last updated": when the article\'s next medical review is scheduled. The placeholder is the date, already formatted for the locale.',
    });
    return html`<p part="item next-review" class="next-review">${withMarkup(sentence, time)}</p>`;
  }

  /**
   * In a translation, that it is one, and whether a medical reviewer has checked it (the locale
   * files carry the review, from xliff/reviews.json). Nothing in English.
   */
  private renderTranslation() {
    const reviewed = translationReviewDate();
    if (reviewed === undefined) return nothing;
    const reviewDate = reviewed === null ? undefined : parseIsoDate(reviewed);
    if (!reviewDate) {
      const sentence = msg('Translated from English; not yet medically reviewed', {
        id: 'med-review.translation-unreviewed',
        desc: 'Byline, shown only in a translation: the article was written in English, and no medical reviewer has checked this translation yet ("not yet medically reviewed" is said of the translation). Keep it short: it shares the byline\'s lines.',
      });
      return html`<p part="item translation" class="translation">${sentence}</p>`;
    }
    const date = MARKUP_PLACEHOLDER;
    const sentence = msg(str`Translated from English; medically reviewed ${date}`, {
      id: 'med-review.translation-reviewed',
      desc: 'Byline, shown only in a translation: the article was written in English, and a medical reviewer checked this translation ("medically reviewed" is said of the translation). The placeholder is the date of that review, already formatted for the locale (as in "Last updated"). Keep it short: it shares the byline\'s lines.',
    });
    const time = html`<time datetime=${reviewDate.datetime}>${formatLongDate(reviewDate)}</time>`;
    return html`<p part="item translation" class="translation">${withMarkup(sentence, time)}</p>`;
  }

  override render() {
    return html`<div part="base" class="byline">
      ${this.renderReviewer()} ${this.renderAuthor()} ${this.renderUpdated()} ${this.renderNextReview()}
      ${this.renderTranslation()} ${this.renderSource()}
    </div>`;
  }
}

/*
 * React 19 and Preact set a prop as a property when the element has a member of that name, and
 * every Lit element has `updated()`: `<med-review updated="2021-03-11">` in JSX would replace that
 * lifecycle method with a string and break the element. Here reading `updated` still gives the
 * method, and assigning it a value sets the date, exactly as the attribute does.
 */
const lifecycleUpdated = (MedReview.prototype as unknown as { updated: unknown }).updated;
Object.defineProperty(MedReview.prototype, 'updated', {
  configurable: true,
  get() {
    return lifecycleUpdated;
  },
  set(this: MedReview, value: unknown) {
    this.lastUpdated = value == null ? undefined : String(value);
  },
});

declare global {
  interface HTMLElementTagNameMap {
    'med-review': MedReview;
  }
}
