import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from './attributes.js';

const HEADING_TAGS: Record<HeadingLevel, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The level below `level`, for sub-headings; stays at 6, the deepest HTML has. */
export function subLevel(level: HeadingLevel, depth = 1): HeadingLevel {
  return Math.min(6, level + depth) as HeadingLevel;
}

/**
 * Renders a real heading element (`<h1>`…`<h6>`) at `level`, so headings fit the host page's
 * outline. The tag comes from a fixed table of literals, never from page input.
 */
export function renderHeading(
  level: HeadingLevel,
  text: unknown,
  options: { part?: string; id?: string; className?: string } = {},
) {
  const tag = HEADING_TAGS[level];
  return html`<${tag}
    part=${options.part ?? 'heading'}
    id=${options.id ?? nothing}
    class=${options.className ?? nothing}
    >${text}</${tag}
  >`;
}
