import { html, type TemplateResult } from 'lit';

/**
 * Stands in for the nth piece of markup inside a translated sentence (n from 0). Translations stay
 * plain text (so translation files need no template library), and the translator still decides
 * where in the sentence each piece goes. Private-use characters never occur in real text.
 */
export function markupPlaceholder(index: number): string {
  return String.fromCharCode(0xe000 + index);
}

/** The placeholder for a sentence's only (or first) piece of markup. */
export const MARKUP_PLACEHOLDER = markupPlaceholder(0);

/**
 * Renders a translated `sentence` with `markups[n]` where the sentence holds
 * `markupPlaceholder(n)`, in whatever order the translator put them; e.g. a `<time>` inside
 * "Last updated {date}". A translation that lost a placeholder still shows that markup, after
 * the sentence.
 */
export function withMarkup(sentence: string, ...markups: TemplateResult[]): TemplateResult {
  const placed = new Set<number>();
  const pieces = sentence.split(/([\uE000-\uE0FF])/).map((piece) => {
    const index = piece.length === 1 ? piece.charCodeAt(0) - 0xe000 : -1;
    if (index < 0 || index >= markups.length) return piece;
    placed.add(index);
    return markups[index];
  });
  const lost = markups.filter((_, index) => !placed.has(index)).map((markup) => html` ${markup}`);
  return html`${pieces}${lost}`;
}
