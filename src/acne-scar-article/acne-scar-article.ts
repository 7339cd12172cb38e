import { html, css, isServer, nothing, type ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import { parseIsoDate, parseSafeUrl, type HeadingLevelValue, type IsoDate } from '../core/attributes.js';
import { scheduledReview } from '../core/review.js';
import { articleTitle, BYLINE } from '../core/article.js';

/**
 * Each block's parts, forwarded from the article as `<tag>-<part>` (see `exportParts`). The
 * manifest's analyzer documents the forwarded names from each block's own parts and fails the
 * build when this table and a block's documented parts disagree; the parts test checks that every
 * forwarded name renders. The blocks' source lines (`source`, `source-link`) are not forwarded:
 * inside the article no block shows one, the article shows its own.
 */
const BLOCK_PARTS: Record<string, readonly string[]> = {
  'med-review': ['base', 'item', 'reviewer', 'author', 'updated', 'next-review', 'review-due', 'date', 'translation'],
  'promo-banner': [
    'base', 'label', 'headline', 'price', 'body', 'countdown', 'note', 'cta', 'link',
    'dismiss', 'button', 'icon',
  ],
  'scar-types': [
    'base', 'heading', 'subheading', 'body', 'list', 'risk-factors', 'item', 'comparison',
    'card', 'atrophic', 'hypertrophic', 'facts', 'label', 'value', 'tab-list', 'tab',
    'tab-selected', 'tab-panel',
  ],
  'microneedling-facts': [
    'base', 'heading', 'body', 'definition', 'list', 'cards', 'item', 'card', 'uses',
    'roller', 'layers', 'healing', 'aftercare', 'results', 'subheading', 'facts', 'label',
    'value', 'timeline', 'step', 'recovery',
  ],
  'microneedling-evidence': [
    'base', 'heading', 'figure', 'caption', 'list', 'sizes', 'proportions', 'item', 'size',
    'proportion', 'improved', 'improvements', 'significance', 'adverse-effects', 'statement',
    'note', 'value', 'bar', 'card', 'study', 'subheading', 'body', 'findings', 'finding',
    'conclusion',
  ],
  'microneedling-candidacy': [
    'base', 'heading', 'subheading', 'body', 'list', 'item', 'advantages', 'advantage',
    'conditions', 'condition', 'side-effects', 'card', 'fieldset', 'legend', 'label',
    'checkbox', 'result', 'ticked', 'ticked-condition', 'note', 'button', 'privacy',
  ],
  'scar-treatments': [
    'base', 'heading', 'body', 'list', 'item', 'scar-types', 'hyaluronic-acid', 'laser',
    'retinoids', 'chemical-peel', 'card', 'subheading', 'tip', 'facts', 'label', 'value',
    'why', 'effect', 'limits', 'where',
  ],
  'scar-prevention': [
    'base', 'heading', 'body', 'list', 'item', 'treat-promptly', 'reduce-inflammation',
    'leave-it-alone', 'see-provider', 'icon', 'subheading',
  ],
  'med-disclaimer': ['base', 'body', 'link'],
};

/** The `exportparts` value that forwards a block's parts under its tag's prefix. */
function exportParts(tag: string): string {
  return (BLOCK_PARTS[tag] ?? []).map((part) => `${part}: ${tag}-${part}`).join(', ');
}

/**
 * The whole article, "Does Microneedling Work to Reduce Acne Scars?", in the article's order:
 * the first offer, the title and byline, the introduction, what causes acne scars, the second
 * offer, what microneedling is, the evidence, who it suits, the other treatments, prevention, the
 * third offer, the conclusion and the disclaimer. Each block is the library's own element, so the
 * article looks and behaves exactly like the blocks embedded one by one.
 *
 * Defining `<acne-scar-article>` (through the bundle or `acne-scar-widgets/acne-scar-article.js`)
 * also defines every element it is made of.
 *
 * Every part of every block is forwarded as `<tag>-<part>`, so a page styles the blocks inside
 * the article as it styles them on their own: `acne-scar-article::part(scar-types-card)` is
 * `scar-types::part(card)`.
 *
 * The blocks' events bubble out of the article (they are composed), so a listener on it hears
 * every offer and every reader's choice; outside the article their `target` is the article.
 *
 * @tag acne-scar-article
 * @summary The whole article, composed from every element in the article's order.
 *
 * @example
 * <acne-scar-article heading-level="1" promo-href="https://example.com/start"
 *   editorial-href="/editorial-standards"></acne-scar-article>
 *
 * @fires {CustomEvent<PromoImpressionDetail>} promo-impression - From one of the article's offers: once, when a reader could see it for one second (half of it on screen and drawn, as `<promo-banner>` says).
 * @fires {CustomEvent<PromoClickDetail>} promo-click - From one of the article's offers: its call to action was followed (a click, a middle click, a modifier click or Enter; `detail.opens` and `detail.input` as `<promo-banner>` says). Cancelable: `preventDefault()` stops the navigation.
 * @fires {CustomEvent<ScarTypesTabChangeDetail>} scar-types-tab-change - From the scar types block, when the reader selects the other scar type's tab (the block shows tabs when it is narrower than 36rem).
 * @fires {CustomEvent<CandidacyChangeDetail>} candidacy-change - From the self-check, when the reader ticks or unticks a condition, or clears the answers.
 *
 * @csspart base - The `<article>` element.
 * @csspart heading - The article's title.
 * @csspart body - Each paragraph of the introduction and the conclusion.
 * @csspart introduction - The introduction's paragraphs.
 * @csspart conclusion - The conclusion's paragraphs.
 * @csspart section - Every block of the article (each one of the library's elements).
 * @csspart promo - Each offer (`<promo-banner>`), also `section`.
 * @csspart source - The source line under the byline, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-space-l=1.5rem] - Space between the article's blocks.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the title and every heading.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class AcneScarArticle extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'acne-scar-article';

  /**
   * The level of the article's title (1–6); each block's heading is one level below. Default 2.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  /** Leaves the article's three offers out, even when `promo-href` is given. */
  @property({ attribute: 'hide-promos', type: Boolean, reflect: true }) hidePromos = false;

  /**
   * Where the offers' calls to action lead (`http:`, `https:` or relative). The article's three
   * offers appear only with it: an offer that cannot be acted on is left out.
   */
  @property({ attribute: 'promo-href', reflect: true }) promoHref?: string;

  /** Where the disclaimer's "Learn more about our editorial standards" link leads. */
  @property({ attribute: 'editorial-href', reflect: true }) editorialHref?: string;

  /**
   * When the article's next medical review is due (ISO 8601 date), shown in the byline as
   * `<med-review>` shows it: "Next review due", then once the day has passed, that the article has
   * been due for review since then.
   */
  @property({ attribute: 'next-review', reflect: true }) nextReview?: string;

  /**
   * Instead of `next-review`: the time from the article's last update (11 March 2021) to its next
   * review, as an ISO 8601 duration (`P3Y`, `P18M`), as `<med-review>` takes it.
   */
  @property({ attribute: 'review-interval', reflect: true }) reviewInterval?: string;

  /**
   * Whether every block has rendered (see `.pending`). True from the start on a server, and when
   * taking over server-rendered HTML (a shadow root before the first render): that arrives whole.
   */
  @state() private blocksRendered = isServer || this.shadowRoot !== null;

  private promoUrl?: string;
  private editorialUrl?: string;
  /** The next review, checked here (a warning names the article), given to the byline as a date. */
  private nextReviewDate?: IsoDate;

  static override styles = [
    ...ContentElement.styles,
    contentStyles,
    css`
      article {
        display: flex;
        flex-direction: column;
        gap: var(--_space-l);
      }
      /* Until every block has rendered (each in a task of its own), the article is neither laid
         out nor painted, and holds at least a screen's height: it then appears whole, in one
         frame, rather than growing block by block under the reader's eyes. Skipping its layout
         (content-visibility) also spares the frames in between, and gives the reveal no earlier
         positions to shift from; an engine without it lays the hidden article out. */
      article.pending {
        visibility: hidden;
        content-visibility: hidden;
        min-block-size: 100vh;
      }
      /* The article's gap spaces its blocks, not their own spacing for a page. */
      [part~='section'] {
        margin-block-end: 0;
      }
      .source-line {
        margin-block-start: 0;
      }
      .title {
        font-size: 2em;
      }
      .body {
        display: flex;
        flex-direction: column;
        gap: var(--_space-m);
      }
    `,
  ];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Checked here as well as in the blocks, so a warning names the attribute the author wrote.
    if (changed.has('editorialHref')) {
      this.editorialUrl = parseSafeUrl(this.editorialHref);
      if (this.editorialHref != null && !this.editorialUrl) {
        this.warnInvalid(
          'editorial-href',
          this.editorialHref,
          'only http:, https:, mailto: and relative URLs are linked; the disclaimer shows no editorial standards link.',
        );
      }
    }
    if (changed.has('nextReview') || changed.has('reviewInterval')) {
      this.nextReviewDate = scheduledReview(this.nextReview, this.reviewInterval, parseIsoDate(BYLINE.updated), this.warnInvalid.bind(this));
    }
    if (changed.has('promoHref')) {
      this.promoUrl = parseSafeUrl(this.promoHref, ['http:', 'https:']);
      if (this.promoHref != null && !this.promoUrl) {
        this.warnInvalid(
          'promo-href',
          this.promoHref,
          'only http:, https: and relative URLs are linked; the offers are left out.',
        );
      }
    }
  }

  protected override firstUpdated(): void {
    if (this.blocksRendered) return;
    const blocks = [...this.renderRoot.querySelectorAll<ReactiveElement>('[exportparts]')];
    void Promise.allSettled(blocks.map((block) => block.updateComplete)).then(() => {
      this.blocksRendered = true;
    });
  }

  private renderPromo(preset: string) {
    if (this.hidePromos || !this.promoUrl) return nothing;
    return html`<promo-banner
      part="section promo"
      exportparts=${exportParts('promo-banner')}
      preset=${preset}
      variant=${preset === 'new-customer' ? 'bar' : 'inline'}
      href=${this.promoUrl}
    ></promo-banner>`;
  }

  private renderIntroduction() {
    return html`<div part="introduction" class="body">
      <p part="body">
        ${msg(
          'All you have to do is scroll through your Instagram feed to see the results of microneedling.',
          { desc: 'Article introduction, paragraph 1.' },
        )}
      </p>
      <p part="body">
        ${msg(
          'This minimally invasive cosmetic procedure has been made popular by celebrities like Kim Kardashian, but the truth is that it is accessible and beneficial for the everyday woman as well.',
          { desc: 'Article introduction, paragraph 2.' },
        )}
      </p>
      <p part="body">
        ${msg(
          'Though the idea of pricking your skin with hundreds of tiny needles may not be your idea of fun, it could very well be the secret to resolving long-standing skin issues—even stubborn acne scars.',
          { desc: 'Article introduction, paragraph 3.' },
        )}
      </p>
      <p part="body">
        ${msg(
          'Acne scars can be more than just unsightly; they can destroy your confidence and provoke you to hide from the world under layers of heavy makeup.',
          { desc: 'Article introduction, paragraph 4.' },
        )}
      </p>
      <p part="body">
        ${msg(
          'If you’re tired of hiding and you want to get rid of your acne scars once and for all, microneedling may be the solution you’ve been looking for. Keep reading to learn more about what causes acne scars and how microneedling can help.',
          { desc: 'Article introduction, paragraph 5.' },
        )}
      </p>
    </div>`;
  }

  private renderConclusion() {
    return html`<div part="conclusion" class="body">
      <p part="body">
        ${msg(
          'Though microneedling is generally recognized as safe for healthy individuals, it does come with some risk.',
          { desc: 'Article conclusion, paragraph 1.' },
        )}
      </p>
      <p part="body">
        ${msg(
          'As such, you should talk to your healthcare provider or dermatologist before undergoing this form of treatment—especially if you’re going to try microneedling at home.',
          { desc: 'Article conclusion, paragraph 2.' },
        )}
      </p>
      <p part="body">
        ${msg(
          'If you’ve tried everything in the book to reduce your acne scars and nothing has worked, microneedling might just be the solution you’ve been looking for.',
          { desc: 'Article conclusion, paragraph 3.' },
        )}
      </p>
    </div>`;
  }

  override render() {
    const level = this.headingLevelFrom(this.headingLevel);
    const sectionLevel = String(subLevel(level));
    const title = articleTitle();
    return html`<article part="base" class=${this.blocksRendered ? nothing : 'pending'} aria-labelledby="title">
      ${this.renderPromo('new-customer')}
      ${renderHeading(level, title, { id: 'title', className: 'title' })}
      <med-review
        part="section"
        exportparts=${exportParts('med-review')}
        reviewer=${BYLINE.reviewer}
        reviewer-credentials=${BYLINE.reviewerCredentials}
        author=${BYLINE.author}
        updated=${BYLINE.updated}
        next-review=${this.nextReviewDate?.datetime ?? nothing}
      ></med-review>
      ${this.renderSource()}
      ${this.renderIntroduction()}
      <scar-types part="section" exportparts=${exportParts('scar-types')} heading-level=${sectionLevel}></scar-types>
      ${this.renderPromo('adult-acne')}
      <microneedling-facts part="section" exportparts=${exportParts('microneedling-facts')} heading-level=${sectionLevel}></microneedling-facts>
      <microneedling-evidence part="section" exportparts=${exportParts('microneedling-evidence')} heading-level=${sectionLevel}></microneedling-evidence>
      <microneedling-candidacy part="section" exportparts=${exportParts('microneedling-candidacy')} heading-level=${sectionLevel}></microneedling-candidacy>
      <scar-treatments part="section" exportparts=${exportParts('scar-treatments')} heading-level=${sectionLevel}></scar-treatments>
      <scar-prevention part="section" exportparts=${exportParts('scar-prevention')} heading-level=${sectionLevel}></scar-prevention>
      ${this.renderPromo('customized-treatment')}
      ${this.renderConclusion()}
      <med-disclaimer part="section" exportparts=${exportParts('med-disclaimer')} editorial-href=${this.editorialUrl ?? nothing}></med-disclaimer>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acne-scar-article': AcneScarArticle;
  }
}
