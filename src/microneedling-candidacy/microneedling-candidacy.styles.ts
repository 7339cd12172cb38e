import { css } from 'lit';

/** Layout of `<microneedling-candidacy>`: the article's text, then the self-check card. */
export const candidacyStyles = css`
  :host {
    container-type: inline-size;
  }

  .overview {
    display: grid;
    gap: var(--_space-m);
  }

  .block {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .self-check {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: var(--_font-weight-strong);
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
    cursor: pointer;
  }

  .choice input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    margin-block-start: 0.125em;
    accent-color: var(--_color-accent);
    cursor: pointer;
  }

  .result {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block: var(--_space-s);
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_color-accent);
  }

  .note {
    font-weight: var(--_font-weight-strong);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  .privacy {
    font-size: var(--_font-size-small);
  }

  @container (min-width: 40rem) {
    .overview {
      grid-template-columns: 1fr 1fr;
      column-gap: var(--_space-l);
    }
    .overview > .side-effects {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .result {
      border-inline-start-color: CanvasText;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .choice input {
      accent-color: auto;
    }
  }
`;
