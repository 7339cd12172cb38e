import { css } from 'lit';

/**
 * The shared design tokens. Page authors set the public `--asw-*` custom properties anywhere
 * above a widget; elements read the private `--_*` aliases, which hold each token's default.
 * Defaults inherit the host page's font and text colour, and derive muted and border colours from
 * the text colour so they suit light and dark pages alike.
 */
export const tokens = css`
  :host {
    --_color-text: var(--asw-color-text, inherit);
    --_color-muted: var(--asw-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_color-surface: var(--asw-color-surface, transparent);
    --_color-border: var(--asw-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_color-accent: var(--asw-color-accent, #0a6b66);
    --_color-accent-contrast: var(--asw-color-accent-contrast, #ffffff);
    --_color-focus: var(--asw-color-focus, #1a5fd0);
    --_color-link: var(--asw-color-link, var(--_color-accent));
    --_font-family: var(--asw-font-family, inherit);
    --_font-family-heading: var(--asw-font-family-heading, inherit);
    --_font-size: var(--asw-font-size, 1em);
    --_font-size-small: var(--asw-font-size-small, 0.875em);
    --_font-weight-strong: var(--asw-font-weight-strong, 600);
    --_line-height: var(--asw-line-height, 1.5);
    --_space-xs: var(--asw-space-xs, 0.25rem);
    --_space-s: var(--asw-space-s, 0.5rem);
    --_space-m: var(--asw-space-m, 1rem);
    --_space-l: var(--asw-space-l, 1.5rem);
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
    line-height: var(--_line-height);
  }

  :host([hidden]) {
    display: none;
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
