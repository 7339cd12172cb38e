import { html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { blockStyles, contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import type { HeadingLevel, HeadingLevelValue } from '../core/attributes.js';
import { formatNumber } from '../core/format.js';
import { MARKUP_PLACEHOLDER, markupPlaceholder, withMarkup } from '../core/sentence.js';
import { microneedlingEvidenceStyles } from './microneedling-evidence.styles.js';

/** Up to this many, a bar draws one segment per patient or study; beyond it, a continuous bar. */
const MAX_SEGMENTS = 20;
const BAR_WIDTH = 1000;
const BAR_HEIGHT = 24;

/** A count out of a total that the article gives, drawn as a proportion bar. */
interface Proportion {
  /** Also a part name of the row (`part="item proportion improved"`). */
  key: 'improved' | 'improvements' | 'significance' | 'adverse-effects';
  source: string;
  count: number;
  total: number;
  /** The sentence with `MARKUP_PLACEHOLDER` where "count of total" goes. */
  sentence: string;
}

/**
 * The evidence section of the article, "Does Microneedling Work for Acne Scars?": the 2020 review
 * of 58 studies, the 2015 study of ten patients, and the International Journal of Women’s
 * Dermatology review with its findings, including the adverse effects (18 of 246 patients over 10
 * studies).
 *
 * A figure opens the section so a reader takes in the numbers at a glance: the sizes of the two
 * reviews, then proportion bars (one segment per patient or study where there are few). Every
 * number in the bars is also written out in the row's sentence, which is the figure's text
 * alternative; the bars themselves are hidden from assistive technology and hold nothing
 * focusable. Numbers in the figure are formatted for the active locale.
 *
 * @tag microneedling-evidence
 * @summary What the studies found about microneedling for acne scars, with a figure of the numbers.
 *
 * @example
 * <microneedling-evidence heading-level="2"></microneedling-evidence>
 *
 * @csspart base - The section's container.
 * @csspart heading - The section's heading, "Does Microneedling Work for Acne Scars?".
 * @csspart figure - The figure of the numbers (a `<figure>`).
 * @csspart caption - The figure's caption.
 * @csspart list - The figure's two lists (`sizes`, `proportions`) and the list of the review's findings (`findings`).
 * @csspart sizes - The list of the reviews' sizes (also `list`).
 * @csspart proportions - The list of proportion rows (also `list`).
 * @csspart item - Each entry of a list: a review size, a proportion row or a finding.
 * @csspart size - A review's size in the figure (also `item`).
 * @csspart proportion - A proportion row in the figure: its sentence and its bar (also `item`).
 * @csspart improved - The row of the 2015 study's patients who improved, 10 of 10 (also `proportion`).
 * @csspart improvements - The row of the review's studies that showed improvements, 6 of 6 (also `proportion`).
 * @csspart significance - The row of the review's studies that reported statistical significance, 5 of 6 (also `proportion`).
 * @csspart adverse-effects - The row of the review's patients who reported adverse effects, 18 of 246 (also `proportion`).
 * @csspart statement - The sentence of a figure entry, with its source.
 * @csspart note - The source of a figure entry, e.g. "2015 study".
 * @csspart value - A number in the figure, e.g. "58" or "18 of 246".
 * @csspart bar - The proportion bar of a row, an `<svg>` that scales with the element's width.
 * @csspart card - Each study's card (also `study`).
 * @csspart study - Each study's card.
 * @csspart subheading - Each study's heading.
 * @csspart body - Each paragraph of prose.
 * @csspart findings - The list of the review's findings (also `list`).
 * @csspart finding - Each finding of the review (also `item`).
 * @csspart conclusion - The closing line, "So, the science supports microneedling as a treatment for acne scars." (also `body`).
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-block-spacing=var(--asw-space-xl, 2rem)] - Space below the block where it stands on its own on a page (inside `<acne-scar-article>`, the article spaces its blocks).
 * @cssprop [--asw-color-accent=light-dark(#0a6b66, #5cc8be)] - Filled segments of the bars, and the figure's numbers.
 * @cssprop [--asw-color-border] - Empty segments of the bars and the cards' borders; defaults to the text colour at 22%.
 * @cssprop [--asw-color-muted] - Outline of the empty segments and the sources' text; defaults to the text colour at 72%.
 * @cssprop [--asw-color-surface=transparent] - Background of the cards.
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the headings.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the sources in the figure.
 * @cssprop [--asw-font-weight-strong=600] - Weight of headings, numbers and the closing line.
 * @cssprop [--asw-radius=0.5rem] - Corner radius of the cards.
 * @cssprop [--asw-shadow=none] - Shadow of the cards.
 * @cssprop [--asw-space-xs=0.25rem] - Space between a figure entry's sentence and its bar.
 * @cssprop [--asw-space-s=0.5rem] - Space between paragraphs in a card.
 * @cssprop [--asw-space-m=1rem] - Space between blocks and inside cards.
 * @cssprop [--asw-space-l=1.5rem] - Space between a sentence and its bar when they sit side by side.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class MicroneedlingEvidence extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'microneedling-evidence';

  /**
   * The level of the section's heading, 1 to 6 (default 2); each study's heading is one level
   * below. Any other value uses 2, with a warning.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  static override styles = [...ContentElement.styles, contentStyles, blockStyles, microneedlingEvidenceStyles];


  private sources() {
    return {
      review2020: msg('The 2020 review', {
        desc: 'Microneedling evidence: heading of the card about a 2020 review of 58 studies, and the source of its number in the figure.',
      }),
      study2015: msg('The 2015 study', {
        desc: 'Microneedling evidence: heading of the card about a 2015 study of ten patients, and the source of its number in the figure.',
      }),
      womensDermatology: msg('The International Journal of Women’s Dermatology review', {
        desc: 'Microneedling evidence: heading of the card about a review published in the International Journal of Women’s Dermatology (a journal title), and the source of its numbers in the figure.',
      }),
    };
  }

  private proportions(): Proportion[] {
    const source = this.sources();
    const proportion = MARKUP_PLACEHOLDER;
    const studies = formatNumber(10);
    return [
      {
        key: 'improved',
        source: source.study2015,
        count: 10,
        total: 10,
        sentence: msg(str`${proportion} patients exhibited a noticeable clinical improvement in their acne scars`, {
          desc: 'Microneedling evidence figure, 2015 study. The placeholder is "10 of 10" (all ten patients).',
        }),
      },
      {
        key: 'improvements',
        source: source.womensDermatology,
        count: 6,
        total: 6,
        sentence: msg(str`${proportion} studies of microneedling alone showed improvements in scar severity`, {
          desc: 'Microneedling evidence figure, review finding. The placeholder is "6 of 6" (all six studies).',
        }),
      },
      {
        key: 'significance',
        source: source.womensDermatology,
        count: 5,
        total: 6,
        sentence: msg(str`${proportion} studies of microneedling alone reported statistical significance (all but one)`, {
          desc: 'Microneedling evidence figure, review finding. The placeholder is "5 of 6"; keep "all but one".',
        }),
      },
      {
        key: 'adverse-effects',
        source: source.womensDermatology,
        count: 18,
        total: 246,
        sentence: msg(str`${proportion} patients (over ${studies} studies) reported any adverse effects`, {
          desc: 'Microneedling evidence figure, review finding. The first placeholder is "18 of 246"; the second is the number of studies, 10.',
        }),
      },
    ];
  }

  private renderValue(text: string) {
    return html`<strong part="value" class="value">${text}</strong>`;
  }

  private renderSizes() {
    const source = this.sources();
    const reviewStudies = MARKUP_PLACEHOLDER;
    const review2020 = msg(str`${reviewStudies} comprehensive studies on the effectiveness of microneedling`, {
      desc: 'Microneedling evidence figure: size of the 2020 review. The placeholder is the number of studies, 58.',
    });
    const articles = MARKUP_PLACEHOLDER;
    const studies = markupPlaceholder(1);
    const womensDermatology = msg(
      str`${articles} articles and ${studies} studies testing microneedling alone and in combination with other treatments`,
      {
        desc: 'Microneedling evidence figure: size of the International Journal of Women’s Dermatology review. The placeholders are the numbers of articles (19) and studies (9).',
      },
    );
    return html`<ul part="list sizes" class="grid-list sizes">
      <li part="item size" class="size">
        <p part="statement">
          <span part="note" class="source">${source.review2020}</span>
          ${withMarkup(review2020, this.renderValue(formatNumber(58)))}
        </p>
      </li>
      <li part="item size" class="size">
        <p part="statement">
          <span part="note" class="source">${source.womensDermatology}</span>
          ${withMarkup(
            womensDermatology,
            this.renderValue(formatNumber(19)),
            this.renderValue(formatNumber(9)),
          )}
        </p>
      </li>
    </ul>`;
  }

  /** One segment per patient or study while they are few enough to count by eye. */
  private renderBar({ count, total }: Proportion) {
    let shapes;
    if (total <= MAX_SEGMENTS) {
      const slot = BAR_WIDTH / total;
      const gap = Math.min(slot * 0.2, 16);
      shapes = Array.from(
        { length: total },
        (_, index) => svg`<rect
          class=${index < count ? 'filled' : 'empty'}
          x=${index * slot + gap / 2}
          y="1"
          width=${slot - gap}
          height=${BAR_HEIGHT - 2}
          vector-effect="non-scaling-stroke"
        ></rect>`,
      );
    } else {
      shapes = svg`<rect class="empty" x="1" y="1" width=${BAR_WIDTH - 2} height=${BAR_HEIGHT - 2}
          vector-effect="non-scaling-stroke"></rect>
        <rect class="filled" x="1" y="1" width=${((BAR_WIDTH - 2) * count) / total} height=${BAR_HEIGHT - 2}
          vector-effect="non-scaling-stroke"></rect>`;
    }
    return html`<svg
      part="bar"
      class="bar"
      viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}"
      preserveAspectRatio="none"
      width="100%"
      aria-hidden="true"
      focusable="false"
      data-count=${count}
      data-total=${total}
    >
      ${shapes}
    </svg>`;
  }

  private renderProportions() {
    const rows = this.proportions().map((row) => {
      const count = formatNumber(row.count);
      const total = formatNumber(row.total);
      const proportion = msg(str`${count} of ${total}`, {
        desc: 'Microneedling evidence figure: a count out of a total, e.g. "18 of 246" (patients or studies), shown in bold inside a sentence.',
      });
      return html`<li part="item proportion ${row.key}" class="proportion">
        <p part="statement">
          <span part="note" class="source">${row.source}</span>
          ${withMarkup(row.sentence, this.renderValue(proportion))}
        </p>
        ${this.renderBar(row)}
      </li>`;
    });
    return html`<ul part="list proportions" class="grid-list proportions">
      ${rows}
    </ul>`;
  }

  private renderFigure() {
    return html`<figure part="figure" class="figure card">
      <figcaption part="caption" class="caption">
        ${msg('The studies in numbers', {
          desc: 'Microneedling evidence: caption of the figure summing up the numbers of the studies.',
        })}
      </figcaption>
      ${this.renderSizes()} ${this.renderProportions()}
    </figure>`;
  }

  private renderStudies(level: HeadingLevel) {
    const source = this.sources();
    const subheading = (text: string) => renderHeading(level, text, { part: 'subheading', className: 'subheading' });
    const paragraph = (text: string) => html`<p part="body">${text}</p>`;
    const findings = [
      msg(
        'Six studies measured the efficacy of microneedling alone as a treatment for acne scars, and all studies showed improvements in scar severity, and all but one reported statistical significance.',
        { desc: 'Microneedling evidence: first finding of the International Journal of Women’s Dermatology review.' },
      ),
      msg(
        'A split-face trial conducted in the United States involved 20 participants randomly selected to receive topical anesthetic with or without skin needling on either side of the face. After six months, there was a statistically significant difference in the skin-needled side.',
        { desc: 'Microneedling evidence: second finding of the review. A split-face trial treats each half of the face differently.' },
      ),
      msg(
        'An Italian group studied the combination of skin needling with the topical application of platelet-rich plasma (PRP) in a split-face trial and found that while all scores were reduced, the PRP group had a greater reduction in acne scar severity.',
        { desc: 'Microneedling evidence: third finding of the review.' },
      ),
      msg(
        'A total of 18 patients out of 246 (over 10 studies) reported any adverse effects, the most common side effects being minor pain, a burning sensation, edema or bleeding.',
        { desc: 'Microneedling evidence: fourth finding of the review, on adverse effects. Keep the figures.' },
      ),
    ];
    return html`<div class="studies">
      <div part="card study" class="card study">
        ${subheading(source.review2020)}
        ${paragraph(
          msg(
            'According to a 2020 review of 58 comprehensive studies on the effectiveness of microneedling, the effects can be seen in a few weeks or months of regular treatment. Once the collagen has been deposited, the texture of the skin will continue to improve over the next 12 months.',
            { desc: 'Microneedling evidence: what a 2020 review of 58 studies found.' },
          ),
        )}
      </div>
      <div part="card study" class="card study">
        ${subheading(source.study2015)}
        ${paragraph(
          msg(
            'To give you an example of microneedling in a clinical application, consider the results of a 2015 study involving ten patients with different types of atrophic acne scars.',
            { desc: 'Microneedling evidence: introduces the 2015 study. Atrophic scars are depressed scars.' },
          ),
        )}
        ${paragraph(
          msg(
            'Over the course of three months, patients received microneedling treatments at two-week intervals for a total of six sessions.',
            { desc: 'Microneedling evidence: how the 2015 study was run.' },
          ),
        )}
        ${paragraph(
          msg(
            'Prior to the first treatment, patients were photographed, and skin biopsies were obtained (along with baseline information about each patient\'s collagen levels). At the end of the study, all patients exhibited a noticeable clinical improvement in their acne scars as well as a statistically significant increase in their collagen production.',
            { desc: 'Microneedling evidence: what was measured in the 2015 study and what it found.' },
          ),
        )}
        ${paragraph(
          msg('Though this study only had ten participants, there are others to draw from.', {
            desc: 'Microneedling evidence: the article\'s caveat on the size of the 2015 study.',
          }),
        )}
      </div>
      <div part="card study" class="card study">
        ${subheading(source.womensDermatology)}
        ${paragraph(
          msg(
            'A review published in the International Journal of Women’s Dermatology covers a total of 19 articles and nine studies testing the effects of microneedling alone for acne scarring as well as microneedling in combination with other treatments. Here is a summary of some of the results:',
            { desc: 'Microneedling evidence: introduces the review and the list of its findings that follows.' },
          ),
        )}
        <ul part="list findings">
          ${findings.map((finding) => html`<li part="item finding">${finding}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  override render() {
    const level = this.headingLevelFrom(this.headingLevel);
    const heading = msg('Does Microneedling Work for Acne Scars?', {
      desc: 'Microneedling evidence: heading of the section on what the studies found.',
    });
    return html`<section part="base" class="section" aria-labelledby="heading">
      ${renderHeading(level, heading, { id: 'heading' })}
      ${this.renderFigure()} ${this.renderStudies(subLevel(level))}
      <p part="body conclusion" class="conclusion">
        ${msg('So, the science supports microneedling as a treatment for acne scars.', {
          desc: 'Microneedling evidence: the article\'s closing line on the studies.',
        })}
      </p>
      ${this.renderSource()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'microneedling-evidence': MicroneedlingEvidence;
  }
}
