import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { WidgetElement } from '../core/widget-element.js';
import { contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import { parseSafeUrl } from '../core/attributes.js';

/**
 * Each block's parts, forwarded from the article as `<tag>-<part>` (see `exportParts`). The parts
 * test checks that every forwarded name is documented above and rendered.
 */
const BLOCK_PARTS: Record<string, readonly string[]> = {
  'med-review': ['base', 'item', 'reviewer', 'author', 'updated', 'date'],
  'promo-banner': [
    'base', 'label', 'headline', 'price', 'body', 'countdown', 'note', 'cta', 'link',
    'dismiss', 'button', 'icon',
  ],
  'scar-types': [
    'base', 'heading', 'subheading', 'body', 'list', 'risk-factors', 'item', 'comparison',
    'card', 'atrophic', 'hypertrophic', 'facts', 'label', 'value', 'tab-list', 'tab',
    'tab-panel',
  ],
  'microneedling-facts': [
    'base', 'heading', 'body', 'definition', 'list', 'facts', 'item', 'card', 'uses',
    'roller', 'layers', 'healing', 'aftercare', 'results', 'subheading', 'figures', 'label',
    'value', 'timeline', 'step', 'recovery',
  ],
  'microneedling-evidence': [
    'base', 'heading', 'figure', 'caption', 'list', 'sizes', 'proportions', 'item', 'size',
    'proportion', 'improved', 'improvements', 'significance', 'adverse-effects', 'label',
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
    'leave-it-alone', 'see-provider', 'icon', 'subheading', 'text',
  ],
  'med-disclaimer': ['base', 'body', 'link'],
};

/** The `exportparts` value that forwards a block's parts under its tag's prefix. */
function exportParts(tag: string): string {
  return (BLOCK_PARTS[tag] ?? []).map((part) => `${part}: ${tag}-${part}`).join(', ');
}

/** The article's byline, as published. */
const BYLINE = {
  reviewer: 'Kristin Hall',
  reviewerCredentials: 'FNP',
  author: 'Our Editorial Team',
  updated: '2021-03-11',
} as const;

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
 * @tag acne-scar-article
 * @summary The whole article, composed from every element in the article's order.
 *
 * @example
 * <acne-scar-article heading-level="1" promo-href="https://example.com/start"
 *   editorial-href="/editorial-standards"></acne-scar-article>
 *
 * @csspart base - The `<article>` element.
 * @csspart heading - The article's title.
 * @csspart body - The introduction and the conclusion.
 * @csspart section - Every block of the article (each one of the library's elements).
 * @csspart promo - Each offer (`<promo-banner>`), also `section`.
 *
 * Every part of every block is forwarded as `<tag>-<part>`, so a page styles the blocks inside
 * the article as it styles them on their own: `acne-scar-article::part(scar-types-card)` is
 * `scar-types::part(card)`.
 * @csspart med-review-base - In the article's <med-review>: the byline's container.
 * @csspart med-review-item - In the article's <med-review>: each line of the byline.
 * @csspart med-review-reviewer - In the article's <med-review>: the "Medically reviewed by" line (also `item`).
 * @csspart med-review-author - In the article's <med-review>: the "Written by" line (also `item`).
 * @csspart med-review-updated - In the article's <med-review>: the "Last updated" line (also `item`).
 * @csspart med-review-date - In the article's <med-review>: the `<time>` element holding the formatted date.
 * @csspart promo-banner-base - In the article's <promo-banner>: the banner: a region named "Advertisement".
 * @csspart promo-banner-label - In the article's <promo-banner>: the visible "Ad" tag.
 * @csspart promo-banner-headline - In the article's <promo-banner>: the headline.
 * @csspart promo-banner-price - In the article's <promo-banner>: the formatted price.
 * @csspart promo-banner-body - In the article's <promo-banner>: the text under the headline.
 * @csspart promo-banner-countdown - In the article's <promo-banner>: the "Offer ends in …" line (also `note`).
 * @csspart promo-banner-note - In the article's <promo-banner>: the countdown line.
 * @csspart promo-banner-cta - In the article's <promo-banner>: the call-to-action link (also `link`).
 * @csspart promo-banner-link - In the article's <promo-banner>: the call-to-action link.
 * @csspart promo-banner-dismiss - In the article's <promo-banner>: the close button (also `button`).
 * @csspart promo-banner-button - In the article's <promo-banner>: the close button.
 * @csspart promo-banner-icon - In the article's <promo-banner>: the close button's icon.
 * @csspart scar-types-base - In the article's <scar-types>: the element's container.
 * @csspart scar-types-heading - In the article's <scar-types>: the heading "What Causes Acne Scars?".
 * @csspart scar-types-subheading - In the article's <scar-types>: the sub-heading "What Causes Acne Scars to Form?" and each card's heading.
 * @csspart scar-types-body - In the article's <scar-types>: each paragraph of text.
 * @csspart scar-types-list - In the article's <scar-types>: the list of risk factors (also `risk-factors`).
 * @csspart scar-types-risk-factors - In the article's <scar-types>: the list of risk factors.
 * @csspart scar-types-item - In the article's <scar-types>: each risk factor.
 * @csspart scar-types-comparison - In the article's <scar-types>: the container of the two scar types, cards or tabs.
 * @csspart scar-types-card - In the article's <scar-types>: each scar type's card in the side-by-side layout (also `atrophic` or `hypertrophic`).
 * @csspart scar-types-atrophic - In the article's <scar-types>: the atrophic scar's card, tab and tab panel.
 * @csspart scar-types-hypertrophic - In the article's <scar-types>: the hypertrophic scar's card, tab and tab panel.
 * @csspart scar-types-facts - In the article's <scar-types>: the short comparison (appearance, collagen) of one scar type.
 * @csspart scar-types-label - In the article's <scar-types>: a label in that comparison ("Appearance", "Collagen").
 * @csspart scar-types-value - In the article's <scar-types>: a value in that comparison ("Pitted", "Too much"…).
 * @csspart scar-types-tab-list - In the article's <scar-types>: the row of tabs in the narrow layout.
 * @csspart scar-types-tab - In the article's <scar-types>: each tab (a button).
 * @csspart scar-types-tab-panel - In the article's <scar-types>: each tab's panel (also `card`, like the cards of the side-by-side layout).
 * @csspart microneedling-facts-base - In the article's <microneedling-facts>: the element's container.
 * @csspart microneedling-facts-heading - In the article's <microneedling-facts>: the heading "What Exactly is Microneedling?".
 * @csspart microneedling-facts-body - In the article's <microneedling-facts>: every paragraph of text.
 * @csspart microneedling-facts-definition - In the article's <microneedling-facts>: the opening definition (also `body`).
 * @csspart microneedling-facts-list - In the article's <microneedling-facts>: every list: the cards, the uses, the skin layers and the results timeline.
 * @csspart microneedling-facts-facts - In the article's <microneedling-facts>: the list of fact cards (also `list`).
 * @csspart microneedling-facts-item - In the article's <microneedling-facts>: every list item, cards included.
 * @csspart microneedling-facts-card - In the article's <microneedling-facts>: each fact card (also `item`).
 * @csspart microneedling-facts-uses - In the article's <microneedling-facts>: the card on what microneedling is used for (also `card`).
 * @csspart microneedling-facts-roller - In the article's <microneedling-facts>: the card on the roller and its needle sizes (also `card`).
 * @csspart microneedling-facts-layers - In the article's <microneedling-facts>: the card on the skin's three layers (also `card`).
 * @csspart microneedling-facts-healing - In the article's <microneedling-facts>: the card on the healing response (also `card`).
 * @csspart microneedling-facts-aftercare - In the article's <microneedling-facts>: the card on the topical product applied afterwards (also `card`).
 * @csspart microneedling-facts-results - In the article's <microneedling-facts>: the card on when results show (also `card`).
 * @csspart microneedling-facts-subheading - In the article's <microneedling-facts>: each card's heading.
 * @csspart microneedling-facts-figures - In the article's <microneedling-facts>: a card's key figures, a description list of labels and values.
 * @csspart microneedling-facts-label - In the article's <microneedling-facts>: the label of a key figure, or the time of a step in the results timeline.
 * @csspart microneedling-facts-value - In the article's <microneedling-facts>: the value of a key figure, e.g. "0.5 mm to 2.5 mm".
 * @csspart microneedling-facts-timeline - In the article's <microneedling-facts>: the ordered list of when results show (also `list`).
 * @csspart microneedling-facts-step - In the article's <microneedling-facts>: each step of the results timeline (also `item`).
 * @csspart microneedling-facts-recovery - In the article's <microneedling-facts>: the recovery period's key figure.
 * @csspart microneedling-evidence-base - In the article's <microneedling-evidence>: the section's container.
 * @csspart microneedling-evidence-heading - In the article's <microneedling-evidence>: the section's heading, "Does Microneedling Work for Acne Scars?".
 * @csspart microneedling-evidence-figure - In the article's <microneedling-evidence>: the figure of the numbers (a `<figure>`).
 * @csspart microneedling-evidence-caption - In the article's <microneedling-evidence>: the figure's caption.
 * @csspart microneedling-evidence-list - In the article's <microneedling-evidence>: the figure's two lists (`sizes`, `proportions`) and the list of the review's findings (`findings`).
 * @csspart microneedling-evidence-sizes - In the article's <microneedling-evidence>: the list of the reviews' sizes (also `list`).
 * @csspart microneedling-evidence-proportions - In the article's <microneedling-evidence>: the list of proportion rows (also `list`).
 * @csspart microneedling-evidence-item - In the article's <microneedling-evidence>: each entry of a list: a review size, a proportion row or a finding.
 * @csspart microneedling-evidence-size - In the article's <microneedling-evidence>: a review's size in the figure (also `item`).
 * @csspart microneedling-evidence-proportion - In the article's <microneedling-evidence>: a proportion row in the figure: its sentence and its bar (also `item`).
 * @csspart microneedling-evidence-improved - In the article's <microneedling-evidence>: the row of the 2015 study's patients who improved, 10 of 10 (also `proportion`).
 * @csspart microneedling-evidence-improvements - In the article's <microneedling-evidence>: the row of the review's studies that showed improvements, 6 of 6 (also `proportion`).
 * @csspart microneedling-evidence-significance - In the article's <microneedling-evidence>: the row of the review's studies that reported statistical significance, 5 of 6 (also `proportion`).
 * @csspart microneedling-evidence-adverse-effects - In the article's <microneedling-evidence>: the row of the review's patients who reported adverse effects, 18 of 246 (also `proportion`).
 * @csspart microneedling-evidence-label - In the article's <microneedling-evidence>: the sentence of a figure entry, with its source.
 * @csspart microneedling-evidence-note - In the article's <microneedling-evidence>: the source of a figure entry, e.g. "2015 study".
 * @csspart microneedling-evidence-value - In the article's <microneedling-evidence>: a number in the figure, e.g. "58" or "18 of 246".
 * @csspart microneedling-evidence-bar - In the article's <microneedling-evidence>: the proportion bar of a row, an `<svg>` that scales with the element's width.
 * @csspart microneedling-evidence-card - In the article's <microneedling-evidence>: each study's card (also `study`).
 * @csspart microneedling-evidence-study - In the article's <microneedling-evidence>: each study's card.
 * @csspart microneedling-evidence-subheading - In the article's <microneedling-evidence>: each study's heading.
 * @csspart microneedling-evidence-body - In the article's <microneedling-evidence>: each paragraph of prose.
 * @csspart microneedling-evidence-findings - In the article's <microneedling-evidence>: the list of the review's findings (also `list`).
 * @csspart microneedling-evidence-finding - In the article's <microneedling-evidence>: each finding of the review (also `item`).
 * @csspart microneedling-evidence-conclusion - In the article's <microneedling-evidence>: the closing line, "So, the science supports microneedling as a treatment for acne scars." (also `body`).
 * @csspart microneedling-candidacy-base - In the article's <microneedling-candidacy>: the element's container.
 * @csspart microneedling-candidacy-heading - In the article's <microneedling-candidacy>: the element's heading, "Is microneedling safe?".
 * @csspart microneedling-candidacy-subheading - In the article's <microneedling-candidacy>: each section's heading (advantages, candidates, side effects, self-check).
 * @csspart microneedling-candidacy-body - In the article's <microneedling-candidacy>: each paragraph of text.
 * @csspart microneedling-candidacy-list - In the article's <microneedling-candidacy>: each list: the advantages, the conditions, and the ticked conditions in the result.
 * @csspart microneedling-candidacy-item - In the article's <microneedling-candidacy>: each list item.
 * @csspart microneedling-candidacy-advantages - In the article's <microneedling-candidacy>: the list of advantages (also `list`).
 * @csspart microneedling-candidacy-advantage - In the article's <microneedling-candidacy>: each advantage (also `item`).
 * @csspart microneedling-candidacy-conditions - In the article's <microneedling-candidacy>: the list of conditions (also `list`).
 * @csspart microneedling-candidacy-condition - In the article's <microneedling-candidacy>: each condition (also `item`).
 * @csspart microneedling-candidacy-side-effects - In the article's <microneedling-candidacy>: the paragraph on side effects (also `body`).
 * @csspart microneedling-candidacy-card - In the article's <microneedling-candidacy>: the self-check.
 * @csspart microneedling-candidacy-fieldset - In the article's <microneedling-candidacy>: the group of checkboxes.
 * @csspart microneedling-candidacy-legend - In the article's <microneedling-candidacy>: the question that names the group of checkboxes.
 * @csspart microneedling-candidacy-label - In the article's <microneedling-candidacy>: each checkbox's label, which wraps the checkbox and the condition.
 * @csspart microneedling-candidacy-checkbox - In the article's <microneedling-candidacy>: each checkbox.
 * @csspart microneedling-candidacy-result - In the article's <microneedling-candidacy>: the result of the self-check, announced politely when the reader changes an answer.
 * @csspart microneedling-candidacy-ticked - In the article's <microneedling-candidacy>: the list of ticked conditions in the result (also `list`).
 * @csspart microneedling-candidacy-ticked-condition - In the article's <microneedling-candidacy>: each ticked condition in the result (also `item`).
 * @csspart microneedling-candidacy-note - In the article's <microneedling-candidacy>: the advice to talk to a healthcare provider or dermatologist, in every result.
 * @csspart microneedling-candidacy-button - In the article's <microneedling-candidacy>: the "Clear answers" button.
 * @csspart microneedling-candidacy-privacy - In the article's <microneedling-candidacy>: the line saying that answers are not saved or sent (also `body`).
 * @csspart scar-treatments-base - In the article's <scar-treatments>: the element's container.
 * @csspart scar-treatments-heading - In the article's <scar-treatments>: the element's heading.
 * @csspart scar-treatments-body - In the article's <scar-treatments>: the introduction below the heading.
 * @csspart scar-treatments-list - In the article's <scar-treatments>: the list of options (a `<ul>`).
 * @csspart scar-treatments-item - In the article's <scar-treatments>: each option's list item; also named after the option: `scar-types`, `hyaluronic-acid`, `laser`, `retinoids`, `chemical-peel`.
 * @csspart scar-treatments-scar-types - In the article's <scar-treatments>: the item of the tip on knowing the two types of acne scars (also `item`).
 * @csspart scar-treatments-hyaluronic-acid - In the article's <scar-treatments>: the hyaluronic acid option's item (also `item`).
 * @csspart scar-treatments-laser - In the article's <scar-treatments>: the laser skin treatments option's item (also `item`).
 * @csspart scar-treatments-retinoids - In the article's <scar-treatments>: the retinoids option's item (also `item`).
 * @csspart scar-treatments-chemical-peel - In the article's <scar-treatments>: the chemical peel option's item (also `item`).
 * @csspart scar-treatments-card - In the article's <scar-treatments>: each option's card.
 * @csspart scar-treatments-subheading - In the article's <scar-treatments>: each option's name.
 * @csspart scar-treatments-tip - In the article's <scar-treatments>: the article's tip that opens each card.
 * @csspart scar-treatments-facts - In the article's <scar-treatments>: the rows of each card (a `<dl>`).
 * @csspart scar-treatments-label - In the article's <scar-treatments>: each row's label, e.g. "What it does"; also named `why`, `effect`, `limits` or `where`.
 * @csspart scar-treatments-value - In the article's <scar-treatments>: each row's text; also named `why`, `effect`, `limits` or `where`.
 * @csspart scar-treatments-why - In the article's <scar-treatments>: the label and the text of a "Why it matters" row (also `label` or `value`).
 * @csspart scar-treatments-effect - In the article's <scar-treatments>: the label and the text of a "What it does" row (also `label` or `value`).
 * @csspart scar-treatments-limits - In the article's <scar-treatments>: the label and the text of a "Limits" row (also `label` or `value`).
 * @csspart scar-treatments-where - In the article's <scar-treatments>: the label and the text of a "Where to get it" row (also `label` or `value`).
 * @csspart scar-prevention-base - In the article's <scar-prevention>: the element's container.
 * @csspart scar-prevention-heading - In the article's <scar-prevention>: the element's heading.
 * @csspart scar-prevention-body - In the article's <scar-prevention>: the lead-in below the heading.
 * @csspart scar-prevention-list - In the article's <scar-prevention>: the list of tips (a `<ul>`).
 * @csspart scar-prevention-item - In the article's <scar-prevention>: each tip; also named after the tip: `treat-promptly`, `reduce-inflammation`, `leave-it-alone`, `see-provider`.
 * @csspart scar-prevention-treat-promptly - In the article's <scar-prevention>: the tip "Treat acne promptly" (also `item`).
 * @csspart scar-prevention-reduce-inflammation - In the article's <scar-prevention>: the tip "Reduce inflammation" (also `item`).
 * @csspart scar-prevention-leave-it-alone - In the article's <scar-prevention>: the tip "Leave it alone" (also `item`).
 * @csspart scar-prevention-see-provider - In the article's <scar-prevention>: the tip "See your healthcare provider" (also `item`).
 * @csspart scar-prevention-icon - In the article's <scar-prevention>: the decorative icon beside each tip (hidden from assistive technology).
 * @csspart scar-prevention-subheading - In the article's <scar-prevention>: each tip's title.
 * @csspart scar-prevention-text - In the article's <scar-prevention>: each tip's text.
 * @csspart med-disclaimer-base - In the article's <med-disclaimer>: the disclaimer's container (a note).
 * @csspart med-disclaimer-body - In the article's <med-disclaimer>: the disclaimer's text.
 * @csspart med-disclaimer-link - In the article's <med-disclaimer>: the "Learn more about our editorial standards" link.
 *
 * @cssprop [--asw-space-l=1.5rem] - Space between the article's blocks.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the title and every heading.
 */
export class AcneScarArticle extends WidgetElement {
  /**
   * The level of the article's title (1–6); each block's heading is one level below. Default 2.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: string;

  /** Leaves the article's three offers out, even when `promo-href` is given. */
  @property({ attribute: 'hide-promos', type: Boolean, reflect: true }) hidePromos = false;

  /**
   * Where the offers' calls to action lead (`http:`, `https:` or relative). The article's three
   * offers appear only with it: an offer that cannot be acted on is left out.
   */
  @property({ attribute: 'promo-href', reflect: true }) promoHref?: string;

  /** Where the disclaimer's "Learn more about our editorial standards" link leads. */
  @property({ attribute: 'editorial-href', reflect: true }) editorialHref?: string;

  private promoUrl?: string;
  private editorialUrl?: string;

  static override styles = [
    ...WidgetElement.styles,
    contentStyles,
    css`
      article {
        display: flex;
        flex-direction: column;
        gap: var(--_space-l);
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
    return html`<div part="body" class="body">
      <p>
        ${msg(
          'All you have to do is scroll through your Instagram feed to see the results of microneedling.',
          { desc: 'Article introduction, paragraph 1.' },
        )}
      </p>
      <p>
        ${msg(
          'This minimally invasive cosmetic procedure has been made popular by celebrities like Kim Kardashian, but the truth is that it is accessible and beneficial for the everyday woman as well.',
          { desc: 'Article introduction, paragraph 2.' },
        )}
      </p>
      <p>
        ${msg(
          'Though the idea of pricking your skin with hundreds of tiny needles may not be your idea of fun, it could very well be the secret to resolving long-standing skin issues—even stubborn acne scars.',
          { desc: 'Article introduction, paragraph 3.' },
        )}
      </p>
      <p>
        ${msg(
          'Acne scars can be more than just unsightly; they can destroy your confidence and provoke you to hide from the world under layers of heavy makeup.',
          { desc: 'Article introduction, paragraph 4.' },
        )}
      </p>
      <p>
        ${msg(
          'If you’re tired of hiding and you want to get rid of your acne scars once and for all, microneedling may be the solution you’ve been looking for. Keep reading to learn more about what causes acne scars and how microneedling can help.',
          { desc: 'Article introduction, paragraph 5.' },
        )}
      </p>
    </div>`;
  }

  private renderConclusion() {
    return html`<div part="body" class="body">
      <p>
        ${msg(
          'Though microneedling is generally recognized as safe for healthy individuals, it does come with some risk.',
          { desc: 'Article conclusion, paragraph 1.' },
        )}
      </p>
      <p>
        ${msg(
          'As such, you should talk to your healthcare provider or dermatologist before undergoing this form of treatment—especially if you’re going to try microneedling at home.',
          { desc: 'Article conclusion, paragraph 2.' },
        )}
      </p>
      <p>
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
    const title = msg('Does Microneedling Work to Reduce Acne Scars?', {
      desc: 'The article\'s title.',
    });
    return html`<article part="base" aria-labelledby="title">
      ${this.renderPromo('new-customer')}
      ${renderHeading(level, title, { id: 'title', className: 'title' })}
      <med-review
        part="section"
        exportparts=${exportParts('med-review')}
        reviewer=${BYLINE.reviewer}
        reviewer-credentials=${BYLINE.reviewerCredentials}
        author=${BYLINE.author}
        updated=${BYLINE.updated}
      ></med-review>
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
