import { html, nothing, css } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WidgetElement } from '../core/widget-element.js';
import { parseIsoDate, type IsoDate } from '../core/attributes.js';
import { formatLongDate } from '../core/format.js';
import { MARKUP_PLACEHOLDER, withMarkup } from '../core/sentence.js';
import { translationReviewDate } from '../core/locale.js';

/**
 * The article's byline: who medically reviewed it, who wrote it, and when it was last updated.
 *
 * Each line shows only when its attribute is given. The date is formatted for the active locale
 * inside a `<time datetime>` element.
 *
 * @tag med-review
 * @summary Byline of a medically reviewed article: reviewer, author and last update.
 *
 * @example
 * <med-review reviewer="Kristin Hall" reviewer-credentials="FNP"
 *   author="Our Editorial Team" updated="2021-03-11"></med-review>
 *
 * @csspart base - The byline's container.
 * @csspart item - Each line of the byline.
 * @csspart reviewer - The "Medically reviewed by" line (also `item`).
 * @csspart author - The "Written by" line (also `item`).
 * @csspart updated - The "Last updated" line (also `item`).
 * @csspart date - The `<time>` element holding the formatted date.
 * @csspart translation - In a translation only: "Translated from English", and whether the translation has been medically reviewed (also `item`).
 *
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-muted] - Colour of the "Written by" and "Last updated" lines; defaults to the text colour at 72%.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the byline.
 * @cssprop [--asw-font-weight-strong=600] - Weight of the reviewer's line.
 * @cssprop [--asw-space-s=0.5rem] - Space between lines when they sit side by side.
 */
export class MedReview extends WidgetElement {
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

  private updatedDate?: IsoDate;

  static override styles = [
    ...WidgetElement.styles,
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
      .translation {
        color: var(--_color-muted);
      }
      @media (forced-colors: active) {
        .author,
        .updated,
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
    if ((changed.has('reviewer') || !this.hasUpdated) && !this.reviewer?.trim()) {
      this.warnInvalid(
        'reviewer',
        this.reviewer,
        'expected the reviewer\'s name; the "Medically reviewed by" line is left out.',
      );
    }
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
      ${this.renderReviewer()} ${this.renderAuthor()} ${this.renderUpdated()} ${this.renderTranslation()}
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
