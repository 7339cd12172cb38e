import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { blockStyles, contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import { renderListSection } from '../core/list-section.js';
import type { HeadingLevel, HeadingLevelValue } from '../core/attributes.js';
import { scarTreatmentsStyles } from './scar-treatments.styles.js';

/** One row of an option's card: a label and what the article says under it. */
interface OptionFact {
  /** Names the row in the part list, e.g. `limits` (`part="value limits"`). */
  kind: 'why' | 'effect' | 'limits' | 'where';
  label: string;
  value: string;
}

/** One of the article's tips for reducing the appearance of acne scars. */
interface TreatmentOption {
  /** Stable name, also a part name of the option's item (`part="item laser"`). */
  key: 'scar-types' | 'hyaluronic-acid' | 'laser' | 'retinoids' | 'chemical-peel';
  name: string;
  /** The article's tip, as it opens the bullet. */
  tip: string;
  /** Only the rows the article has something to say about; none is filled in. */
  facts: OptionFact[];
}

function rowLabels() {
  return {
    why: msg('Why it matters', {
      id: 'scar-treatments.label-why',
      desc: 'Scar treatment options: label of the row saying why knowing the two scar types matters.',
    }),
    effect: msg('What it does', {
      id: 'scar-treatments.label-effect',
      desc: 'Scar treatment options: label of the row saying what a treatment does.',
    }),
    limits: msg('Limits', {
      id: 'scar-treatments.label-limits',
      desc: 'Scar treatment options: label of the row saying what a treatment cannot do or how long it takes.',
    }),
    where: msg('Where to get it', {
      id: 'scar-treatments.label-where',
      desc: 'Scar treatment options: label of the row saying where to get a treatment (shop or dermatologist).',
    }),
  };
}

/** The article's tips, in its order, in the active locale. */
function treatmentOptions(): TreatmentOption[] {
  const label = rowLabels();
  return [
    {
      key: 'scar-types',
      name: msg('The two types of acne scars', {
        id: 'scar-treatments.scar-types.name',
        desc: 'Scar treatment options: title of the card about the two types of acne scars.',
      }),
      tip: msg('Know the difference between the two types of acne scars — atrophic and hypertrophic.', {
        id: 'scar-treatments.scar-types.tip',
        desc: 'Scar treatment options: the article\'s tip; keep the medical terms atrophic and hypertrophic.',
      }),
      facts: [
        {
          kind: 'why',
          label: label.why,
          value: msg('Each requires different modes of treatment, and atrophic scars are the most common.', {
            id: 'scar-treatments.scar-types.why',
            desc: 'Scar treatment options: why the two types of acne scars matter.',
          }),
        },
      ],
    },
    {
      key: 'hyaluronic-acid',
      name: msg('Hyaluronic acid', {
        id: 'scar-treatments.hyaluronic-acid.name',
        desc: 'Scar treatment options: title of the hyaluronic acid card.',
      }),
      tip: msg('Try using a product made with hyaluronic acid.', {
        id: 'scar-treatments.hyaluronic-acid.tip',
        desc: 'Scar treatment options: the article\'s tip about hyaluronic acid.',
      }),
      facts: [
        {
          kind: 'effect',
          label: label.effect,
          value: msg('This ingredient acts as a dermal filler, elevating depressed areas of skin such as acne scars.', {
            id: 'scar-treatments.hyaluronic-acid.effect',
            desc: 'Scar treatment options: what hyaluronic acid does.',
          }),
        },
        {
          kind: 'where',
          label: label.where,
          value: msg('For long-lasting results, go to a dermatologist for a professional-grade treatment.', {
            id: 'scar-treatments.hyaluronic-acid.where',
            desc: 'Scar treatment options: where to get hyaluronic acid treatment for long-lasting results.',
          }),
        },
      ],
    },
    {
      key: 'laser',
      name: msg('Laser skin treatments', {
        id: 'scar-treatments.laser.name',
        desc: 'Scar treatment options: title of the laser treatments card.',
      }),
      tip: msg('Consider laser skin treatments.', {
        id: 'scar-treatments.laser.tip',
        desc: 'Scar treatment options: the article\'s tip about laser skin treatments.',
      }),
      facts: [
        {
          kind: 'effect',
          label: label.effect,
          value: msg(
            'Laser treatments encourage collagen production which can help fill in acne scars and improve the appearance of your skin overall.',
            {
              id: 'scar-treatments.laser.effect',
              desc: 'Scar treatment options: what laser skin treatments do.',
            },
          ),
        },
        {
          kind: 'limits',
          label: label.limits,
          value: msg('These treatments won’t completely eliminate acne scars but can improve their appearance.', {
            id: 'scar-treatments.laser.limits',
            desc: 'Scar treatment options: the limit of laser skin treatments.',
          }),
        },
      ],
    },
    {
      key: 'retinoids',
      name: msg('Retinoids', {
        id: 'scar-treatments.retinoids.name',
        desc: 'Scar treatment options: title of the retinoids card.',
      }),
      tip: msg('Look for skincare products made with retinoids.', {
        id: 'scar-treatments.retinoids.tip',
        desc: 'Scar treatment options: the article\'s tip about retinoids.',
      }),
      facts: [
        {
          kind: 'effect',
          label: label.effect,
          value: msg(
            'Topical retinoids like tretinoin cream can speed up cell regeneration and improve the texture of your skin overall.',
            {
              id: 'scar-treatments.retinoids.effect',
              desc: 'Scar treatment options: what topical retinoids do.',
            },
          ),
        },
        {
          kind: 'where',
          label: label.where,
          value: msg(
            'You can find these products over-the-counter or get a higher concentration from your dermatologist.',
            {
              id: 'scar-treatments.retinoids.where',
              desc: 'Scar treatment options: where to get retinoid products.',
            },
          ),
        },
      ],
    },
    {
      key: 'chemical-peel',
      name: msg('Chemical peel', {
        id: 'scar-treatments.chemical-peel.name',
        desc: 'Scar treatment options: title of the chemical peel card.',
      }),
      tip: msg('Try a chemical peel.', {
        id: 'scar-treatments.chemical-peel.tip',
        desc: 'Scar treatment options: the article\'s tip about chemical peels.',
      }),
      facts: [
        {
          kind: 'effect',
          label: label.effect,
          value: msg(
            'If you have widespread acne scarring, a chemical peel might help reduce their appearance overall. This process involves a chemical treatment that removes the top damaged layer of skin, causing the skin to produce a new layer underneath.',
            {
              id: 'scar-treatments.chemical-peel.effect',
              desc: 'Scar treatment options: what a chemical peel does and for whom.',
            },
          ),
        },
        {
          kind: 'limits',
          label: label.limits,
          value: msg('This treatment can take weeks to heal and to show the final result.', {
            id: 'scar-treatments.chemical-peel.limits',
            desc: 'Scar treatment options: the limit of a chemical peel.',
          }),
        },
      ],
    },
  ];
}

/**
 * The article's other options for reducing the appearance of acne scars besides microneedling:
 * knowing the two types of scars, hyaluronic acid, laser skin treatments, retinoids and chemical
 * peels. Each option is a card with the same rows (what it does, its limits, where to get it),
 * showing only the rows the article speaks to. The cards stack on a narrow element and form a grid
 * once the element itself is at least 40rem wide.
 *
 * @tag scar-treatments
 * @summary Other options for reducing acne scars, as comparable cards.
 *
 * @example
 * <scar-treatments heading-level="3"></scar-treatments>
 *
 * @csspart base - The element's container.
 * @csspart heading - The element's heading.
 * @csspart body - Each paragraph: the introduction below the heading and each card's tip.
 * @csspart list - The list of options (a `<ul>`).
 * @csspart item - Each option's list item; also named after the option: `scar-types`, `hyaluronic-acid`, `laser`, `retinoids`, `chemical-peel`.
 * @csspart scar-types - The item of the tip on knowing the two types of acne scars (also `item`).
 * @csspart hyaluronic-acid - The hyaluronic acid option's item (also `item`).
 * @csspart laser - The laser skin treatments option's item (also `item`).
 * @csspart retinoids - The retinoids option's item (also `item`).
 * @csspart chemical-peel - The chemical peel option's item (also `item`).
 * @csspart card - Each option's card.
 * @csspart subheading - Each option's name.
 * @csspart tip - The article's tip that opens each card (also `body`).
 * @csspart facts - The rows of each card (a `<dl>`).
 * @csspart label - Each row's label, e.g. "What it does"; also named `why`, `effect`, `limits` or `where`.
 * @csspart value - Each row's text; also named `why`, `effect`, `limits` or `where`.
 * @csspart why - The label and the text of a "Why it matters" row (also `label` or `value`).
 * @csspart effect - The label and the text of a "What it does" row (also `label` or `value`).
 * @csspart limits - The label and the text of a "Limits" row (also `label` or `value`).
 * @csspart where - The label and the text of a "Where to get it" row (also `label` or `value`).
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-block-spacing=var(--asw-space-xl, 2rem)] - Space below the block where it stands on its own on a page (inside `<acne-scar-article>`, the article spaces its blocks).
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-muted] - Colour of the row labels; defaults to the text colour at 72%.
 * @cssprop [--asw-color-accent=light-dark(#0a6b66, #5cc8be)] - Colour of the bar along each card's top edge.
 * @cssprop [--asw-color-border] - Colour of the card borders.
 * @cssprop [--asw-color-surface=transparent] - Card background.
 * @cssprop [--asw-shadow=none] - Card shadow.
 * @cssprop [--asw-radius=0.5rem] - Card corner radius.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the headings.
 * @cssprop [--asw-font-size=1em] - Base font size.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the row labels.
 * @cssprop [--asw-font-weight-strong=600] - Weight of the headings and row labels.
 * @cssprop [--asw-line-height=1.5] - Line height.
 * @cssprop [--asw-space-xs=0.25rem] - Space between a row's label and its text.
 * @cssprop [--asw-space-s=0.5rem] - Space between the rows of a card.
 * @cssprop [--asw-space-m=1rem] - Space between the cards and inside them.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class ScarTreatments extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'scar-treatments';

  /**
   * The level (1–6) of the element's heading; each option's name is one level below. Any other
   * value falls back to 2, with a warning.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  private level: HeadingLevel = 2;

  static override styles = [...ContentElement.styles, contentStyles, blockStyles, scarTreatmentsStyles];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('headingLevel') || !this.hasUpdated) {
      this.level = this.headingLevelFrom(this.headingLevel);
    }
  }

  private renderFact(fact: OptionFact) {
    return html`<div class="fact">
      <dt part="label ${fact.kind}">${fact.label}</dt>
      <dd part="value ${fact.kind}">${fact.value}</dd>
    </div>`;
  }

  private renderOption(option: TreatmentOption) {
    return html`<li part="item ${option.key}" class="option">
      <div part="card" class="card">
        ${renderHeading(subLevel(this.level), option.name, { part: 'subheading', className: 'subheading' })}
        <p part="body tip">${option.tip}</p>
        ${option.facts.length > 0
          ? html`<dl part="facts" class="facts">${option.facts.map((fact) => this.renderFact(fact))}</dl>`
          : nothing}
      </div>
    </li>`;
  }

  override render() {
    return renderListSection({
      level: this.level,
      heading: msg('Other options for reducing acne scars', {
        id: 'scar-treatments.heading',
        desc: 'Heading of the list of acne scar treatments other than microneedling.',
      }),
      leadIn: [
        msg(
          'If you already have acne scars, the chances are good that you’ve had them for a while—maybe since childhood or adolescence.',
          { id: 'scar-treatments.already-have', desc: 'First sentence of the section on other acne scar treatments.' },
        ),
        msg(
          'Should this be the case, you don’t need to give up hope! Microneedling is an excellent option for reducing acne scars, though there are other options available.',
          {
            id: 'scar-treatments.intro',
            desc: 'Introduction to the other acne scar treatments; "this" is having had acne scars for a while. Keep the encouraging tone.',
          },
        ),
        msg('Here are some tips for reducing the appearance of acne scars:', {
          id: 'scar-treatments.intro-list',
          desc: 'Introduction to the other acne scar treatments; the list of tips follows.',
        }),
      ],
      listClass: 'options',
      items: treatmentOptions().map((option) => this.renderOption(option)),
      after: this.renderSource(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scar-treatments': ScarTreatments;
  }
}
