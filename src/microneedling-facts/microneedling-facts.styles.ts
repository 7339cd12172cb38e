import { css } from 'lit';

/**
 * The definition on top, then the fact cards: one column on a narrow element, two once the element
 * itself is wide enough (six cards, three even rows). Key figures (label over value) sit at the top
 * of a card so they can be taken in at a glance; the recovery period closes the results card.
 */
export const microneedlingFactsStyles = css`
  :host {
    container-type: inline-size;
  }

  .definition {
    font-size: 1.125em;
  }


  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    border-block-start: 0.25rem solid var(--_color-accent);
  }

  .figures {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
  }

  .figure {
    display: flex;
    flex-direction: column;
  }

  .label {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  .value {
    margin: 0;
    font-size: 1.25em;
    font-weight: var(--_font-weight-strong);
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }

  .recovery-figures {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
  }

  .timeline {
    list-style: none;
    padding-inline-start: 0;
    gap: var(--_space-m);
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.25rem solid var(--_color-border);
  }

  .step .label {
    color: inherit;
    font-size: inherit;
    font-weight: var(--_font-weight-strong);
  }

  @container (min-width: 40rem) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .card {
      border-block-start-color: CanvasText;
    }
    .step,
    .recovery-figures {
      border-color: CanvasText;
    }
    .label {
      color: CanvasText;
    }
  }
`;
