import { html, nothing } from 'lit';
import type { HeadingLevel } from './attributes.js';

/** The level below `level`, for sub-headings; stays at 6, the deepest HTML has. */
export function subLevel(level: HeadingLevel, depth = 1): HeadingLevel {
  return Math.min(6, level + depth) as HeadingLevel;
}

/**
 * Renders a real heading element (`<h1>`…`<h6>`) at `level`, so headings fit the host page's
 * outline. Six plain templates rather than a tag name spliced in with lit's static-html, which
 * would add its own module to every page for this one use.
 */
export function renderHeading(
  level: HeadingLevel,
  text: unknown,
  options: { part?: string; id?: string; className?: string } = {},
) {
  const part = options.part ?? 'heading';
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id} class=${className}>${text}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} class=${className}>${text}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} class=${className}>${text}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} class=${className}>${text}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} class=${className}>${text}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} class=${className}>${text}</h6>`;
  }
}
