import { css } from 'lit';

/**
 * The banner's three layouts. The bar's `min-block-size` values are the ones the host page
 * reserves before the element upgrades (the `:not(:defined)` rule in the class JSDoc): change
 * them together.
 */
export const promoBannerStyles = css`
  :host {
    --_color-promo: var(--asw-color-promo, light-dark(#7b2d6e, #a0438f));
    --_color-promo-contrast: var(--asw-color-promo-contrast, #ffffff);
    container-type: inline-size;
  }

  /* Important: a dismissed or unscheduled banner leaves no gap, whatever display the page forces. */
  :host(:state(inactive)) {
    display: none !important;
  }

  :host(:not([variant])),
  :host([variant='bar' i]) {
    min-block-size: 3rem;
  }
  @media (max-width: 74.99rem) {
    :host(:not([variant])),
    :host([variant='bar' i]) {
      min-block-size: 4.5rem;
    }
  }
  @media (max-width: 39.99rem) {
    :host(:not([variant])),
    :host([variant='bar' i]) {
      min-block-size: 5.5rem;
    }
  }
  @media (max-width: 29.99rem) {
    :host(:not([variant])),
    :host([variant='bar' i]) {
      min-block-size: 8rem;
    }
  }

  .promo {
    position: relative;
    display: flex;
    align-items: center;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m) calc(2.5rem + var(--_space-s));
  }

  .content {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  .message {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    align-self: stretch;
  }

  p {
    margin: 0;
  }

  [hidden] {
    display: none !important;
  }

  .headline,
  .price {
    font-weight: var(--_font-weight-strong);
  }

  .price {
    white-space: nowrap;
  }

  .label {
    align-self: flex-start;
    padding-inline: 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    font-size: 0.75em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .countdown {
    font-size: var(--_font-size-small);
  }

  .cta {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 2px solid var(--_color-promo);
    border-radius: var(--_radius);
    background: var(--_color-promo);
    color: var(--_color-promo-contrast);
    font-weight: var(--_font-weight-strong);
    text-decoration: none;
    transition: background-color 0.15s ease-in-out, color 0.15s ease-in-out;
  }

  .cta:hover {
    background: transparent;
    color: inherit;
    text-decoration: underline;
  }

  .dismiss {
    position: absolute;
    inset-block-start: var(--_space-xs);
    inset-inline-end: var(--_space-xs);
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .dismiss:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }

  .dismiss svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* bar: a slim strip in the promotion colour; its pieces flow as one line of text, wrapping on narrow screens. */
  .bar {
    min-block-size: inherit;
    background: var(--_color-promo);
    color: var(--_color-promo-contrast);
    font-size: var(--_font-size-small);
    line-height: 1.4;
  }
  .bar .content,
  .bar .message,
  .bar .message > * {
    display: inline;
  }
  .bar .content {
    text-align: start;
  }
  .bar .label {
    display: inline-block;
    line-height: 1.3;
  }
  .bar .cta {
    display: inline-block;
    min-block-size: 0;
    margin-inline-start: var(--_space-xs);
    padding-block: 0.125rem;
    padding-inline: var(--_space-s);
    border-color: currentColor;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    text-decoration: underline;
  }
  .bar .cta:hover {
    background: var(--_color-promo-contrast);
    color: var(--_color-promo);
  }
  .bar ::slotted(a) {
    color: inherit;
  }
  .bar :focus-visible {
    outline-color: var(--_color-promo-contrast);
  }
  .bar .dismiss {
    inset-block: 0;
    margin-block: auto;
  }
  @container (min-width: 40rem) {
    .bar .content {
      text-align: center;
    }
  }

  /* card: a boxed offer; the call to action sits beside the text where there is room. */
  .card {
    padding: var(--_space-m);
    padding-inline-end: calc(2.5rem + var(--_space-s));
  }
  .card .message {
    gap: var(--_space-s);
  }
  .card .headline {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .card .label,
  .inline .label {
    color: var(--_color-muted);
  }

  /* inline: a block in the flow of an article, marked by a rule at its start. */
  .inline {
    border-inline-start: 0.25rem solid var(--_color-promo);
  }

  @container (min-width: 36rem) {
    .card .content,
    .inline .content {
      flex-direction: row;
      align-items: center;
    }
    .card .message,
    .inline .message {
      flex: 1 1 auto;
    }
    .card .cta,
    .inline .cta {
      flex: none;
    }
  }

  @media (forced-colors: active) {
    .promo {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .cta,
    .bar .cta {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
    .dismiss {
      border: 1px solid ButtonText;
      color: ButtonText;
    }
  }
`;
