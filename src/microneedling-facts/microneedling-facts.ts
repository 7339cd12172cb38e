import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { blockStyles, contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import type { HeadingLevel, HeadingLevelValue } from '../core/attributes.js';
import { getLocale } from '../core/locale.js';
import { figure, LATIN_DIGITS } from '../core/figures.js';
import { formatNumber } from '../core/format.js';
import { microneedlingFactsStyles } from './microneedling-facts.styles.js';

/** The roller's needle diameters in millimetres, as the article gives them. */
const NEEDLE_DIAMETER_MM = { min: 0.5, max: 2.5 } as const;
/** The needle diameters used in the case of scar removal. */
const SCAR_REMOVAL_DIAMETER_MM = { min: 1.5, max: 2.0 } as const;
/** The review the results timeline cites: its year and how many studies it covered. */
const RESULTS_REVIEW = { year: '2020', studies: 58 } as const;
/** How long the skin's texture keeps improving once the collagen has been deposited. */
const TEXTURE_IMPROVES_MONTHS = 12;

/**
 * A measurement in millimetres for the active locale ("0.5 mm", "0,5 mm"). One fraction digit at
 * least, because the article's "2.0mm" is a figure of its own and must not become "2 mm".
 */
function formatMillimeters(value: number): string {
  const locale = getLocale();
  return figure(
    locale,
    `mm${value}`,
    () =>
      new Intl.NumberFormat(locale, {
        ...LATIN_DIGITS,
        style: 'unit',
        unit: 'millimeter',
        unitDisplay: 'short',
        minimumFractionDigits: 1,
      }).format(value),
    () => `${value.toFixed(1)} mm`,
  );
}


/**
 * What microneedling is, at a glance: a short definition, then fact cards on what it is used for,
 * the roller and its needle sizes, the skin's three layers, the healing response, the aftercare
 * topicals, and when results show (a timeline from weeks to 12 months, and the two-to-three-day
 * recovery period). All text is the article's own wording.
 *
 * @tag microneedling-facts
 * @summary What microneedling is: the roller and needle sizes, skin layers, healing, aftercare and results.
 *
 * @example
 * <microneedling-facts heading-level="2"></microneedling-facts>
 *
 * @csspart base - The element's container.
 * @csspart heading - The heading "What Exactly is Microneedling?".
 * @csspart body - Every paragraph of text.
 * @csspart definition - The opening definition (also `body`).
 * @csspart list - Every list: the cards, the uses, the skin layers and the results timeline.
 * @csspart cards - The list of fact cards (also `list`).
 * @csspart item - Every list item, cards included.
 * @csspart card - Each fact card (also `item`).
 * @csspart uses - The card on what microneedling is used for (also `card`).
 * @csspart roller - The card on the roller and its needle sizes (also `card`).
 * @csspart layers - The card on the skin's three layers (also `card`).
 * @csspart healing - The card on the healing response (also `card`).
 * @csspart aftercare - The card on the topical product applied afterwards (also `card`).
 * @csspart results - The card on when results show (also `card`).
 * @csspart subheading - Each card's heading.
 * @csspart facts - A card's key figures, a description list of labels and values.
 * @csspart label - The label of a key figure, or the time of a step in the results timeline.
 * @csspart value - The value of a key figure, e.g. "0.5 mm to 2.5 mm".
 * @csspart timeline - The ordered list of when results show (also `list`).
 * @csspart step - Each step of the results timeline (also `item`).
 * @csspart recovery - The recovery period's key figure.
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-block-spacing=var(--asw-space-xl, 2rem)] - Space below the block where it stands on its own on a page (inside `<acne-scar-article>`, the article spaces its blocks).
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-muted] - Colour of the key figures' labels; defaults to the text colour at 72%.
 * @cssprop [--asw-color-accent=light-dark(#0a6b66, #5cc8be)] - Colour of the rule on top of each card.
 * @cssprop [--asw-color-border] - Colour of the cards' borders and of the timeline's rule.
 * @cssprop [--asw-color-surface=transparent] - Background of the cards.
 * @cssprop [--asw-shadow=none] - Shadow of the cards.
 * @cssprop [--asw-radius=0.5rem] - Corner radius of the cards.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the headings.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the key figures' labels.
 * @cssprop [--asw-font-weight-strong=600] - Weight of the headings, the values and the timeline's times.
 * @cssprop [--asw-space-xs=0.25rem] - Space between a timeline step's time and its text.
 * @cssprop [--asw-space-s=0.5rem] - Space inside a card.
 * @cssprop [--asw-space-m=1rem] - Space between cards and sections, and the cards' padding.
 * @cssprop [--asw-space-l=1.5rem] - Space between key figures side by side.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class MicroneedlingFacts extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'microneedling-facts';

  /**
   * The level of the element's heading, a whole number from 1 to 6; the cards' headings are one
   * level below. Defaults to 2; any other value falls back to 2 with a warning.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  static override styles = [...ContentElement.styles, contentStyles, blockStyles, microneedlingFactsStyles];

  private renderCard(name: string, level: HeadingLevel, title: string, content: TemplateResult) {
    return html`<li part="item card ${name}" class="card ${name}">
      ${renderHeading(level, title, { part: 'subheading', className: 'subheading' })} ${content}
    </li>`;
  }

  private renderFigure(label: string, value: string, name?: string) {
    return html`<div class="figure" part=${name ?? nothing}>
      <dt part="label" class="label">${label}</dt>
      <dd part="value" class="value">${value}</dd>
    </div>`;
  }

  private renderUses(level: HeadingLevel) {
    const uses = [
      msg('boost collagen production', {
        id: 'microneedling-facts.use-collagen',
        desc: 'A use of microneedling, in the list completing "It can be used to:".',
      }),
      msg('encourage hair growth', {
        id: 'microneedling-facts.use-hair',
        desc: 'A use of microneedling, in the list completing "It can be used to:".',
      }),
      msg('reduce the appearance of scars', {
        id: 'microneedling-facts.use-scars',
        desc: 'A use of microneedling, in the list completing "It can be used to:".',
      }),
    ];
    const title = msg('What it is used for', {
      id: 'microneedling-facts.uses-heading',
      desc: 'Heading of the card listing what microneedling is used for.',
    });
    return this.renderCard(
      'uses',
      level,
      title,
      html`<p part="body">
          ${msg('It can be used to:', {
            id: 'microneedling-facts.uses-intro',
            desc: 'Introduces the list of uses of microneedling; each item completes this sentence.',
          })}
        </p>
        <ul part="list">
          ${uses.map((use) => html`<li part="item">${use}</li>`)}
        </ul>
        <p part="body">
          ${msg('The major benefit, however, is reducing the signs of aging to leave skin smooth and supple.', {
            id: 'microneedling-facts.major-benefit',
            desc: 'After the list of uses: the main benefit of microneedling.',
          })}
        </p>`,
    );
  }

  private renderRoller(level: HeadingLevel) {
    const min = formatMillimeters(NEEDLE_DIAMETER_MM.min);
    const max = formatMillimeters(NEEDLE_DIAMETER_MM.max);
    const scarMin = formatMillimeters(SCAR_REMOVAL_DIAMETER_MM.min);
    const scarMax = formatMillimeters(SCAR_REMOVAL_DIAMETER_MM.max);
    const title = msg('The roller', {
      id: 'microneedling-facts.roller-heading',
      desc: 'Heading of the card on the microneedling roller (micro-roller) and its needles.',
    });
    const needles = this.renderFigure(
      msg('Needle diameter', {
        id: 'microneedling-facts.needle-diameter',
        desc: 'Label of the range of diameters of the roller\'s needles.',
      }),
      msg(str`${min} to ${max}`, {
        id: 'microneedling-facts.needle-diameter-range',
        desc: 'The range of the roller\'s needle diameters; the placeholders are measurements formatted for the locale (0.5 mm, 2.5 mm).',
      }),
    );
    const scarNeedles = this.renderFigure(
      msg('In the case of scar removal', {
        id: 'microneedling-facts.scar-removal-diameter',
        desc: 'Label of the range of needle diameters used for scar removal.',
      }),
      msg(str`${scarMin} to ${scarMax}`, {
        id: 'microneedling-facts.scar-removal-diameter-range',
        desc: 'The range of needle diameters for scar removal; the placeholders are measurements formatted for the locale (1.5 mm, 2.0 mm).',
      }),
    );
    const text = msg(
      str`The microneedling procedure involves sliding a tool called a roller (or micro-roller) over the skin. The roller is covered with myriad tiny needles ranging from ${min} to ${max} (${scarMin} to ${scarMax} in the case of scar removal) in diameter which puncture the skin at a depth controlled by your healthcare provider.`,
      {
        id: 'microneedling-facts.roller',
        desc: 'How the roller is used. The placeholders are needle diameters formatted for the locale (0.5 mm, 2.5 mm; 1.5 mm, 2.0 mm for scar removal).',
      },
    );
    return this.renderCard(
      'roller',
      level,
      title,
      html`<dl part="facts" class="figures">${needles} ${scarNeedles}</dl>
        <p part="body">${text}</p>`,
    );
  }

  private renderLayers(level: HeadingLevel) {
    const layers = [
      msg('Epidermis', {
        id: 'microneedling-facts.layer-epidermis',
        desc: 'The top layer of the skin, in the list of its three layers.',
      }),
      msg('Dermis', {
        id: 'microneedling-facts.layer-dermis',
        desc: 'A layer of the skin, in the list of its three layers.',
      }),
      msg('Subcutaneous', {
        id: 'microneedling-facts.layer-subcutaneous',
        desc: 'A layer of the skin (the subcutaneous layer), in the list of its three layers.',
      }),
    ];
    const title = msg('Three layers of skin', {
      id: 'microneedling-facts.layers-heading',
      desc: 'Heading of the card on the three layers of the skin.',
    });
    return this.renderCard(
      'layers',
      level,
      title,
      html`<p part="body">
          ${msg('The skin is made up of three layers:', {
            id: 'microneedling-facts.layers-intro',
            desc: 'Introduces the list of the three layers of the skin.',
          })}
        </p>
        <ul part="list">
          ${layers.map((layer) => html`<li part="item">${layer}</li>`)}
        </ul>
        <p part="body">
          ${msg('Microneedling works by creating tiny micro-injuries in the top epidermis layer of skin.', {
            id: 'microneedling-facts.layers-micro-injuries',
            desc: 'Which layer of the skin microneedling works in.',
          })}
        </p>`,
    );
  }

  private renderHealing(level: HeadingLevel) {
    const title = msg('The healing response', {
      id: 'microneedling-facts.healing-heading',
      desc: 'Heading of the card on how the skin heals after microneedling.',
    });
    const produces = this.renderFigure(
      msg('The skin produces', {
        id: 'microneedling-facts.healing-produces',
        desc: 'Label; its value says what the skin produces while it heals.',
      }),
      msg('More collagen and elastin', {
        id: 'microneedling-facts.healing-collagen-elastin',
        desc: 'What the skin produces while it heals after microneedling.',
      }),
    );
    const text = msg(
      'As the needles puncture the skin to create tiny wounds, it triggers the body’s natural healing response. During the healing process, the skin produces more collagen and elastin which plumps and rejuvenates the skin.',
      { id: 'microneedling-facts.healing', desc: 'How the skin responds to microneedling.' },
    );
    return this.renderCard(
      'healing',
      level,
      title,
      html`<dl part="facts" class="figures">${produces}</dl>
        <p part="body">${text}</p>`,
    );
  }

  private renderAftercare(level: HeadingLevel) {
    const title = msg('Aftercare', {
      id: 'microneedling-facts.aftercare-heading',
      desc: 'Heading of the card on the topical product the provider applies after microneedling.',
    });
    const ingredients = this.renderFigure(
      msg('Typical ingredients', {
        id: 'microneedling-facts.aftercare-ingredients',
        desc: 'Label; its value names the typical ingredients of the topical product.',
      }),
      msg('Vitamin C and hyaluronic acid', {
        id: 'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid',
        desc: 'The typical ingredients of the topical product applied after microneedling.',
      }),
    );
    const text = msg(
      'Following the microneedling treatment, your healthcare provider will apply some kind of topical product to help boost collagen production and speed healing. These treatments typically contain ingredients like Vitamin C and hyaluronic acid which penetrate the skin more deeply following the procedure.',
      { id: 'microneedling-facts.aftercare', desc: 'The topical product applied after microneedling.' },
    );
    return this.renderCard(
      'aftercare',
      level,
      title,
      html`<dl part="facts" class="figures">${ingredients}</dl>
        <p part="body">${text}</p>`,
    );
  }

  private renderResults(level: HeadingLevel) {
    const year = RESULTS_REVIEW.year;
    const studies = formatNumber(RESULTS_REVIEW.studies);
    const months = formatNumber(TEXTURE_IMPROVES_MONTHS);
    const steps = [
      {
        when: msg('In the weeks after treatment', {
          id: 'microneedling-facts.results-weeks',
          desc: 'First step of the timeline of when the results of microneedling show.',
        }),
        what: msg(
          'Your skin will become smoother and suppler in the weeks following your treatment, especially if you undergo multiple sessions.',
          { id: 'microneedling-facts.results-smoother', desc: 'How the skin changes in the weeks after microneedling.' },
        ),
      },
      {
        when: msg('In a few weeks or months', {
          id: 'microneedling-facts.results-weeks-or-months',
          desc: 'Second step of the timeline of when the results of microneedling show.',
        }),
        what: msg(
          str`According to a ${year} review of ${studies} comprehensive studies on the effectiveness of microneedling, the effects can be seen in a few weeks or months of regular treatment.`,
          {
            id: 'microneedling-facts.results-review',
            desc: 'When the effects can be seen. Placeholders: the year of the review (2020) and the number of studies it covered (58).',
          },
        ),
      },
      {
        when: msg(str`Over the next ${months} months`, {
          id: 'microneedling-facts.results-months',
          desc: 'Last step of the timeline of when the results show. The placeholder is the number of months (12).',
        }),
        what: msg(
          str`Once the collagen has been deposited, the texture of the skin will continue to improve over the next ${months} months.`,
          {
            id: 'microneedling-facts.results-texture',
            desc: 'How long the skin\'s texture keeps improving. The placeholder is the number of months (12).',
          },
        ),
      },
    ];
    const collagen = msg(
      'Microneedling encourages collagen production which helps restore your skin’s youthful look and feel.',
      {
        id: 'microneedling-facts.results-collagen',
        desc: 'Opens the card on when the results show, before the timeline; the first step of the timeline continues it ("Your skin will become smoother…").',
      },
    );
    const title = msg('When results show', {
      id: 'microneedling-facts.results-heading',
      desc: 'Heading of the card on when the results of microneedling show.',
    });
    const recovery = this.renderFigure(
      msg('Recovery period', {
        id: 'microneedling-facts.recovery',
        desc: 'Label; its value is how long the recovery period after microneedling is.',
      }),
      msg('Just two to three days', {
        id: 'microneedling-facts.recovery-days',
        desc: 'The recovery period after microneedling. Keep the figures: two to three days.',
      }),
      'recovery',
    );
    return this.renderCard(
      'results',
      level,
      title,
      html`<p part="body">${collagen}</p>
        <ol part="list timeline" class="timeline" role="list">
          ${steps.map(
            (step) => html`<li part="item step" class="step">
              <span part="label" class="label">${step.when}</span>
              <span part="body">${step.what}</span>
            </li>`,
          )}
        </ol>
        <dl part="facts" class="figures recovery-figures">${recovery}</dl>`,
    );
  }

  override render() {
    const level = this.headingLevelFrom(this.headingLevel);
    const cardLevel = subLevel(level);
    const heading = msg('What Exactly is Microneedling?', {
      id: 'microneedling-facts.heading',
      desc: 'Heading of the section that explains what microneedling is.',
    });
    const definition = msg(
      'Microneedling is a minimally invasive procedure that creates microscopic punctures in the skin.',
      { id: 'microneedling-facts.definition', desc: 'The short definition of microneedling, under the heading.' },
    );
    const otherName = msg(
      'Also known as collagen induction therapy, microneedling is a technique that initiates a complex series of growth factors resulting in collagen production.',
      { id: 'microneedling-facts.collagen-induction', desc: 'The other name of microneedling and how it works.' },
    );
    return html`<div part="base" class="section">
      ${renderHeading(level, heading)}
      <p part="body definition" class="definition">${definition}</p>
      <p part="body">${otherName}</p>
      <ul part="list cards" class="grid-list facts" role="list">
        ${this.renderUses(cardLevel)} ${this.renderRoller(cardLevel)} ${this.renderLayers(cardLevel)}
        ${this.renderHealing(cardLevel)} ${this.renderAftercare(cardLevel)} ${this.renderResults(cardLevel)}
      </ul>
      ${this.renderSource()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'microneedling-facts': MicroneedlingFacts;
  }
}
