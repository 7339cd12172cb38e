import { css } from 'lit';

/**
 * Styles shared by the elements that show a block of the article: headings, paragraphs, lists and
 * the card surface. Spacing and colours come from the tokens; properties are logical, so the
 * layout mirrors in right-to-left locales.
 */
export const contentStyles = css`
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-family: var(--_font-family-heading);
    font-weight: var(--_font-weight-heading);
    line-height: var(--_line-height-heading);
  }

  .section > :is(h1, h2, h3, h4, h5, h6):not(.subheading) {
    font-size: var(--_font-size-heading);
  }

  .subheading {
    font-size: var(--_font-size-subheading);
  }

  p {
    margin: 0;
  }

  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .card {
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: var(--_shadow);
  }

  .muted {
    color: var(--_color-muted);
  }

  .figure-number {
    font-variant-numeric: tabular-nums;
  }

  /* A list of blocks (cards, tips, rows) in one column; an element widens it into more columns
     with its own container query once the element itself is wide enough. */
  .grid-list {
    list-style: none;
    padding-inline-start: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .muted {
      color: CanvasText;
    }
  }
`;

/**
 * The long blocks, each of which a page may place on its own: space below each, so that blocks
 * stacked on a page do not touch (`--asw-block-spacing`, 2rem by default, following
 * `--asw-space-xl`). Inside the article its own gap spaces them instead. Space is reserved while a
 * block loads (a screen's height), so this margin moves nothing the reader sees.
 */
export const blockStyles = css`
  :host {
    margin-block-end: var(--asw-block-spacing, var(--_space-xl));
  }
`;
