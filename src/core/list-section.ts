import { html, type TemplateResult } from 'lit';
import type { HeadingLevel } from './attributes.js';
import { renderHeading } from './heading.js';

/**
 * A block of the article that is a heading, a lead-in of paragraphs and a list of items (the
 * prevention tips, the other treatments): the markup and parts they share, with the element's own
 * translated strings and items passed in. `listClass` names the list for the element's styles.
 */
export function renderListSection(options: {
  level: HeadingLevel;
  heading: string;
  leadIn: readonly string[];
  listClass: string;
  items: readonly TemplateResult[];
  /** After the list: the element's source line. */
  after?: unknown;
}) {
  return html`<div part="base" class="section">
    ${renderHeading(options.level, options.heading)}
    <div class="section">${options.leadIn.map((paragraph) => html`<p part="body">${paragraph}</p>`)}</div>
    <ul part="list" class="grid-list ${options.listClass}" role="list">
      ${options.items}
    </ul>
    ${options.after}
  </div>`;
}
