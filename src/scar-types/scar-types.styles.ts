import { css } from 'lit';

/**
 * The comparison of the two scar types sits side by side from this inline size of the element
 * itself. `ScarTypes` uses the same value (`NARROW_BELOW_REM`) to decide when to render tabs, so
 * the CSS and the ARIA roles always agree.
 */
export const scarTypesStyles = css`
  :host {
    container-type: inline-size;
  }

  /* Measured by ScarTypes: as wide as the element's content box, and never any taller. */
  .width-probe {
    display: block;
    block-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* contentStyles sizes every heading directly in .section as the main one; keep sub-headings smaller. */
  .section > .subheading {
    font-size: var(--_font-size-subheading);
  }

  [hidden] {
    display: none !important;
  }

  .comparison {
    display: grid;
    gap: var(--_space-m);
  }

  @container (min-width: 36rem) {
    .comparison.columns {
      grid-template-columns: 1fr 1fr;
    }
  }

  .type-details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    row-gap: var(--_space-xs);
    margin: 0;
  }

  .facts dt {
    font-weight: var(--_font-weight-strong);
  }

  .facts dd {
    margin: 0;
  }

  .tabs {
    display: flex;
    flex-direction: column;
  }

  .tab-list {
    display: flex;
    gap: var(--_space-xs);
    border-block-end: 1px solid var(--_color-border);
  }

  /* The tabs share the row (their labels wrap inside them) rather than wrapping onto a second row,
     which would look like a second tab strip. */
  .tab {
    flex: 1 1 0;
    min-inline-size: 0;
    margin: 0;
    margin-block-end: -1px;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 1px solid transparent;
    border-block-start-width: 3px;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    border-color: var(--_color-border);
    border-block-start-color: var(--_color-accent);
    border-block-end-color: transparent;
    background: var(--_color-surface);
    color: var(--_color-accent);
    font-weight: var(--_font-weight-strong);
  }

  .tab-panel {
    border-block-start: none;
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }

  @media (forced-colors: active) {
    .tab {
      color: ButtonText;
      background: ButtonFace;
    }
    .tab[aria-selected='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .tab-list {
      border-color: CanvasText;
    }
  }
`;
