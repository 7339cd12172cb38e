import { html, type TemplateResult } from 'lit';

/**
 * Stands in for a piece of markup inside a translated sentence. Translations stay plain text (so
 * translation files need no template library), and the translator still decides where in the
 * sentence the piece goes. A private-use character never occurs in real text.
 */
export const MARKUP_PLACEHOLDER = '\uE000';

/**
 * Renders a translated `sentence` with `markup` where the sentence holds `MARKUP_PLACEHOLDER`,
 * e.g. a `<time>` inside "Last updated {date}". A translation that lost the placeholder still
 * shows the markup, after the sentence.
 */
export function withMarkup(sentence: string, markup: TemplateResult): TemplateResult {
  const at = sentence.indexOf(MARKUP_PLACEHOLDER);
  if (at === -1) return html`${sentence} ${markup}`;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + MARKUP_PLACEHOLDER.length);
  return html`${before}${markup}${after}`;
}
