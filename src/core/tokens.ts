import { css } from 'lit';

/**
 * The shared design tokens. Page authors set the public `--asw-*` custom properties anywhere
 * above a widget (or link one of the themes in `dist/themes/`); elements read the private `--_*`
 * aliases, which hold each token's default.
 *
 * Defaults inherit the host page's font and text colour, and derive muted and border colours from
 * the text colour. The other colours are `light-dark()` pairs: the widget shows the second (dark)
 * value when the page, or an ancestor of the widget, declares `color-scheme: dark` (or
 * `light dark` while the reader's system is dark), so a widget on a dark page keeps its contrast
 * without a theme. The dark values reach 4.5:1 on backgrounds up to `#2a2a2a`.
 */
export const tokens = css`
  /* What inherits the page's own (text colour, fonts, weight): set once, on the host. */
  :host {
    /* Body text: the page's. */
    --_color-text: var(--asw-color-text, inherit);
    /* Font of everything: the page's. */
    --_font-family: var(--asw-font-family, inherit);
    /* Font of headings: the widget's font. */
    --_font-family-heading: var(--asw-font-family-heading, inherit);
    /* Body text: the page's. */
    --_font-weight-normal: var(--asw-font-weight-normal, inherit);
  }

  /* Every other token is read again on each element inside, so that a token set on a part
     (microneedling-evidence::part(bar) { --asw-color-accent: … }) applies there and below. */
  :host,
  * {
    /* Colours. */
    /* Secondary text (byline, labels, disclaimer): the text colour at 72%. */
    --_color-muted: var(--asw-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    /* Background of cards, tab panels and the selected tab. */
    --_color-surface: var(--asw-color-surface, transparent);
    /* Card borders and rules: the text colour at 22% (decorative; not text). */
    --_color-border: var(--asw-color-border, color-mix(in srgb, currentColor 22%, transparent));
    /* Highlights drawn as text or marks: figures, the selected tab, card rules, icons, checkboxes. */
    --_color-accent: var(--asw-color-accent, light-dark(#0a6b66, #5cc8be));
    /* Text or icons drawn on a fill of the accent colour (for themes that fill with it). */
    --_color-accent-contrast: var(--asw-color-accent-contrast, light-dark(#ffffff, #0b1f1e));
    /* Links: the accent colour. */
    --_color-link: var(--asw-color-link, var(--_color-accent));
    /* The keyboard focus ring. */
    --_color-focus: var(--asw-color-focus, light-dark(#1a5fd0, #8ab4f8));

    /* Typography. */
    /* The widget's base size; the other sizes are relative to it. */
    --_font-size: var(--asw-font-size, 1em);
    /* Byline, labels, notes, the disclaimer and the offer bar. */
    --_font-size-small: var(--asw-font-size-small, 0.875em);
    /* An element's own heading. */
    --_font-size-heading: var(--asw-font-size-heading, 1.5em);
    /* Sub-headings: cards, tips, studies. */
    --_font-size-subheading: var(--asw-font-size-subheading, 1.15em);
    /* Emphasis: figures, labels, the reviewer, calls to action. */
    --_font-weight-strong: var(--asw-font-weight-strong, 600);
    /* Headings and sub-headings. */
    --_font-weight-heading: var(--asw-font-weight-heading, var(--_font-weight-strong));
    --_line-height: var(--asw-line-height, 1.5);
    --_line-height-heading: var(--asw-line-height-heading, 1.25);

    /* Spacing scale: gaps inside a block (xs, s), between blocks and card padding (m), between
       columns (l); xl is free for themes and page layouts. */
    --_space-xs: var(--asw-space-xs, 0.25rem);
    --_space-s: var(--asw-space-s, 0.5rem);
    --_space-m: var(--asw-space-m, 1rem);
    --_space-l: var(--asw-space-l, 1.5rem);
    --_space-xl: var(--asw-space-xl, 2rem);

    /* Corners of cards, tabs and buttons; the cards' shadow. */
    --_radius: var(--asw-radius, 0.5rem);
    --_shadow: var(--asw-shadow, none);
  }
`;

/**
 * What every element starts from: a block box that inherits the page's font and colour, honours
 * `hidden`, and draws a visible focus ring on keyboard focus.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: var(--_font-weight-normal);
    line-height: var(--_line-height);
    /* Reflow (WCAG 1.4.10): a word longer than the line (a German compound, "microagulhamento" in
       a heading at 320px with a large font) breaks rather than pushing the page sideways; as
       anywhere rather than break-word, so grid and flex tracks may shrink below it too. */
    overflow-wrap: anywhere;
  }

  /* Where long words meet narrow boxes, break them with a hyphen where the engine has the
     language's hyphenation (the reader's language: the page's lang, which the widgets follow). */
  :is(h1, h2, h3, h4, h5, h6, dt, dd, button) {
    hyphens: auto;
  }

  /* Important, so that no display the page forces on the tag (a utility class, a reset) shows a
     widget the page has hidden: an inner !important beats every outer rule. */
  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_color-link);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
