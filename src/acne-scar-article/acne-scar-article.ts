import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { WidgetElement } from '../core/widget-element.js';
import { contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import { parseSafeUrl } from '../core/attributes.js';

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
 * @cssprop [--asw-space-l=1.5rem] - Space between the article's blocks.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the title and every heading.
 */
export class AcneScarArticle extends WidgetElement {
  /** The level of the article's title (1–6); each block's heading is one level below. Default 2. */
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
        reviewer=${BYLINE.reviewer}
        reviewer-credentials=${BYLINE.reviewerCredentials}
        author=${BYLINE.author}
        updated=${BYLINE.updated}
      ></med-review>
      ${this.renderIntroduction()}
      <scar-types part="section" heading-level=${sectionLevel}></scar-types>
      ${this.renderPromo('adult-acne')}
      <microneedling-facts part="section" heading-level=${sectionLevel}></microneedling-facts>
      <microneedling-evidence part="section" heading-level=${sectionLevel}></microneedling-evidence>
      <microneedling-candidacy part="section" heading-level=${sectionLevel}></microneedling-candidacy>
      <scar-treatments part="section" heading-level=${sectionLevel}></scar-treatments>
      <scar-prevention part="section" heading-level=${sectionLevel}></scar-prevention>
      ${this.renderPromo('customized-treatment')}
      ${this.renderConclusion()}
      <med-disclaimer part="section" editorial-href=${this.editorialUrl ?? nothing}></med-disclaimer>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acne-scar-article': AcneScarArticle;
  }
}
