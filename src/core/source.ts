import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { parseSafeUrl } from './attributes.js';
import { articleTitle } from './article.js';
import { MARKUP_PLACEHOLDER, withMarkup } from './sentence.js';
import { WidgetElement } from './widget-element.js';

/**
 * The source line's styles. Designers restyle it through `::part(source)` and `::part(source-link)`
 * (colour, font, spacing, borders), but a rule that would hide it (`display: none`, `visibility`,
 * `opacity`, `clip-path`) does not apply: an inner `!important` beats every outer rule. A page that
 * must hide it says so in its CSS with `--asw-source-display: none`.
 */
export const sourceStyles = css`
  .source-line {
    display: var(--asw-source-display, block) !important;
    visibility: visible !important;
    opacity: 1 !important;
    clip-path: none !important;
    margin: 0;
    margin-block-start: var(--_space-s);
    font-size: var(--_font-size-small);
    color: var(--_color-muted);
  }
  .source-line cite {
    font-style: inherit;
  }
  @media (forced-colors: active) {
    .source-line {
      color: CanvasText;
    }
  }
`;

/**
 * The base of every element that shows the article's content (not the offers): where that content
 * comes from, for pages that republish it. Syndication terms ask for visible attribution with a
 * link back to the source.
 */
export class ContentElement extends WidgetElement {
  static override styles = [...WidgetElement.styles, sourceStyles];

  /**
   * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
   * relative). With it (or `publisher`), the element ends with a source line naming the publisher
   * and the article's title, linked here. Other schemes are refused, with a warning.
   */
  @property({ attribute: 'source-href', reflect: true }) sourceHref?: string;

  /** The publisher of the article, named in the source line, e.g. "Example Health". */
  @property({ reflect: true }) publisher?: string;

  /**
   * The source line ("Source: Example Health, “Does Microneedling Work to Reduce Acne Scars?”"),
   * or nothing without `source-href` and `publisher`.
   */
  protected renderSource() {
    const publisher = this.publisher?.trim();
    if (this.sourceHref == null && !publisher) return nothing;
    const url = parseSafeUrl(this.sourceHref, ['http:', 'https:']);
    if (this.sourceHref != null && !url) {
      this.warnInvalid(
        'source-href',
        this.sourceHref,
        'only http:, https: and relative URLs are linked; the source line names the article without a link.',
      );
    }
    const title = MARKUP_PLACEHOLDER;
    const sentence = publisher
      ? msg(str`Source: ${publisher}, “${title}”`, {
          id: 'source.with-publisher',
          desc: 'Attribution line under republished content. First placeholder: the publisher\'s name as the site owner wrote it; second: the article\'s title (a link to it). Use your language\'s quotation marks.',
        })
      : msg(str`Source: “${title}”`, {
          id: 'source.title-only',
          desc: 'Attribution line under republished content, when the site owner names no publisher. The placeholder is the article\'s title (a link to it). Use your language\'s quotation marks.',
        });
    const link = url
      ? html`<a part="source-link" href=${url}>${articleTitle()}</a>`
      : html`<cite>${articleTitle()}</cite>`;
    return html`<p part="source" class="source-line">${withMarkup(sentence, link)}</p>`;
  }
}
