import { html, nothing, css } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { parseSafeUrl } from '../core/attributes.js';

/**
 * The article's closing disclaimer: the content is for informational purposes only, is not medical
 * advice, and readers should always talk to their doctor about the risks and benefits of any
 * treatment. Optionally links to the publisher's editorial standards.
 *
 * @tag med-disclaimer
 * @summary The medical disclaimer, with an optional link to the editorial standards.
 *
 * @example
 * <med-disclaimer editorial-href="/editorial-standards"></med-disclaimer>
 *
 * @csspart base - The disclaimer's container (a note).
 * @csspart body - The disclaimer's text.
 * @csspart link - The "Learn more about our editorial standards" link.
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-color-muted] - Text colour of the disclaimer; defaults to the text colour at 72%.
 * @cssprop [--asw-color-border] - Colour of the rule above the disclaimer.
 * @cssprop [--asw-color-link] - Colour of the link; defaults to the accent colour.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the disclaimer.
 * @cssprop [--asw-space-m=1rem] - Space above the text, inside the rule.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class MedDisclaimer extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'med-disclaimer';

  /**
   * Where the "Learn more about our editorial standards" link goes: an `http:`, `https:`,
   * `mailto:` or relative URL. Without it, or with any other scheme, there is no link.
   */
  @property({ attribute: 'editorial-href', reflect: true }) editorialHref?: string;

  private editorialUrl?: string;

  static override styles = [
    ...ContentElement.styles,
    css`
      .disclaimer {
        border-block-start: 1px solid var(--_color-border);
        padding-block-start: var(--_space-m);
        color: var(--_color-muted);
        font-size: var(--_font-size-small);
      }
      p {
        margin: 0;
      }
      @media (forced-colors: active) {
        .disclaimer {
          color: CanvasText;
          border-color: CanvasText;
        }
      }
    `,
  ];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('editorialHref')) {
      this.editorialUrl = parseSafeUrl(this.editorialHref);
      if (this.editorialHref != null && !this.editorialUrl) {
        this.warnInvalid(
          'editorial-href',
          this.editorialHref,
          'only http:, https:, mailto: and relative URLs are linked; the editorial standards link is left out.',
        );
      }
    }
  }

  override render() {
    const label = msg('Medical disclaimer', {
      desc: 'Accessible name of the disclaimer note, read by screen readers.',
    });
    const text = msg(
      'This article is for informational purposes only and does not constitute medical advice. The information contained herein is not a substitute for and should never be relied upon for professional medical advice. Always talk to your doctor about the risks and benefits of any treatment.',
      { desc: 'The closing medical disclaimer. Keep its legal meaning exactly.' },
    );
    const link = this.editorialUrl
      ? html` <a part="link" href=${this.editorialUrl}
          >${msg('Learn more about our editorial standards', {
            desc: 'Link after the disclaimer to the publisher\'s editorial standards page.',
          })}</a
        >`
      : nothing;
    return html`<div part="base" class="disclaimer" role="note" aria-label=${label}>
      <p part="body">${text}${link}</p>
      ${this.renderSource()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'med-disclaimer': MedDisclaimer;
  }
}
