import { css } from 'lit';

/**
 * One column of cards on a narrow element, a grid of cards once the element itself is wide
 * enough. Inside each card the rows (label over value) keep the same order, so the options can be
 * compared at a glance.
 */
export const scarTreatmentsStyles = css`
  :host {
    container-type: inline-size;
  }


  .option {
    display: flex;
  }

  .card {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    border-block-start: 0.25rem solid var(--_color-accent);
  }

  .facts {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .fact {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  dt {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  dd {
    margin: 0;
  }

  @container (min-width: 40rem) {
    .options {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 60rem) {
    .options {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .card {
      border-block-start-color: CanvasText;
    }
    dt {
      color: CanvasText;
    }
  }
`;
