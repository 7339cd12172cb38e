import { css } from 'lit';

/**
 * The figure first (the numbers at a glance), then one card per study. On a narrow element each
 * figure row stacks its sentence over its bar; once the element itself is wide enough the
 * sentence and the bar sit side by side and the review sizes sit in two columns.
 */
export const microneedlingEvidenceStyles = css`
  :host {
    container-type: inline-size;
  }

  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  /* A sub-heading of the figure, in the headings' font like the others. */
  .caption {
    font-family: var(--_font-family-heading);
    font-weight: var(--_font-weight-strong);
  }


  .size,
  .proportion {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .source {
    display: block;
    font-size: var(--_font-size-small);
    color: var(--_color-muted);
  }

  .value {
    font-size: 1.35em;
    font-weight: var(--_font-weight-strong);
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    color: var(--_color-accent);
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1rem;
    overflow: visible;
  }

  /* The bars fill from the start of the line, which is the right in right-to-left text. */
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }

  .filled {
    fill: var(--_color-accent);
    stroke: var(--_color-accent);
  }

  .empty {
    fill: var(--_color-border);
    stroke: var(--_color-muted);
  }

  .studies {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .study {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .conclusion {
    font-weight: var(--_font-weight-strong);
  }

  @container (min-width: 40rem) {
    .sizes {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .proportion {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: center;
      column-gap: var(--_space-l);
    }
  }

  @media (forced-colors: active) {
    .source,
    .value {
      color: CanvasText;
    }
    .filled {
      fill: Highlight;
      stroke: CanvasText;
    }
    .empty {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
