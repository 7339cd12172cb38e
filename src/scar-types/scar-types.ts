import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { parseEnum, type HeadingLevel, type HeadingLevelValue } from '../core/attributes.js';
import { blockStyles, contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import { formatPounds } from '../core/format.js';
import { scarTypesStyles } from './scar-types.styles.js';

/** The two types of acne scars the element compares. */
export type ScarType = 'atrophic' | 'hypertrophic';

/** The `detail` of the `scar-types-tab-change` event. */
export interface ScarTypesTabChangeDetail {
  /** The scar type whose tab the reader selected. */
  type: ScarType;
}

/** How the comparison of the two scar types is laid out. */
export type ScarTypesLayout = 'auto' | 'tabs' | 'columns';

const LAYOUTS: readonly ScarTypesLayout[] = ['auto', 'tabs', 'columns'];
const SCAR_TYPES: readonly ScarType[] = ['atrophic', 'hypertrophic'];

const renderParagraph = (text: string) => html`<p part="body">${text}</p>`;

/**
 * Below this inline size of the element (in rem, 36rem = 576px at the default font size) the
 * comparison becomes tabs. The same value is the container query in `scar-types.styles.ts`.
 */
export const NARROW_BELOW_REM = 36;

/** The skin's weight range as the article gives it, in pounds. */
const SKIN_WEIGHT_POUNDS = { lightest: 7.5, heaviest: 22 } as const;

/**
 * What causes acne scars, from the article: the skin facts, what makes a scar form, the role of
 * collagen, atrophic (pitted) and hypertrophic (raised) scars compared, and the risk factors.
 *
 * The comparison of the two scar types follows the element's own width, not the viewport's: side
 * by side as two cards when there is room, an accessible tab set (WAI-ARIA tabs pattern, arrow
 * keys, Home and End) when the element is narrower than 36rem. `layout` forces one or the other.
 *
 * @tag scar-types
 * @summary What causes acne scars, and atrophic vs hypertrophic scars compared.
 *
 * @example
 * <scar-types heading-level="2"></scar-types>
 *
 * @fires {CustomEvent<ScarTypesTabChangeDetail>} scar-types-tab-change - When the reader selects
 * the other scar type's tab (by pointer or keyboard); `detail.type` is `"atrophic"` or
 * `"hypertrophic"`. Not fired on first render nor in the side-by-side layout.
 *
 * @csspart base - The element's container.
 * @csspart heading - The heading "What Causes Acne Scars?".
 * @csspart subheading - The sub-heading "What Causes Acne Scars to Form?" and each card's heading.
 * @csspart body - Each paragraph of text.
 * @csspart list - The list of risk factors (also `risk-factors`).
 * @csspart risk-factors - The list of risk factors.
 * @csspart item - Each risk factor.
 * @csspart comparison - The container of the two scar types, cards or tabs.
 * @csspart card - Each scar type's card in the side-by-side layout (also `atrophic` or `hypertrophic`).
 * @csspart atrophic - The atrophic scar's card, tab and tab panel.
 * @csspart hypertrophic - The hypertrophic scar's card, tab and tab panel.
 * @csspart facts - The short comparison (appearance, collagen) of one scar type.
 * @csspart label - A label in that comparison ("Appearance", "Collagen").
 * @csspart value - A value in that comparison ("Pitted", "Too much"…).
 * @csspart tab-list - The row of tabs in the narrow layout.
 * @csspart tab - Each tab (a button).
 * @csspart tab-selected - The selected tab (also `tab`).
 * @csspart tab-panel - Each tab's panel (also `card`, like the cards of the side-by-side layout).
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-block-spacing=var(--asw-space-xl, 2rem)] - Space below the block where it stands on its own on a page (inside `<acne-scar-article>`, the article spaces its blocks).
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-accent=light-dark(#0a6b66, #5cc8be)] - Colour of the selected tab and its top rule.
 * @cssprop [--asw-color-border] - Colour of the cards', panels' and tab row's borders.
 * @cssprop [--asw-color-surface=transparent] - Background of the cards, panels and the selected tab.
 * @cssprop [--asw-color-focus=light-dark(#1a5fd0, #8ab4f8)] - Focus ring of the tabs and panels.
 * @cssprop [--asw-shadow=none] - Shadow of the cards and panels.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the headings.
 * @cssprop [--asw-font-size=1em] - Font size.
 * @cssprop [--asw-font-weight-strong=600] - Weight of headings, labels and the selected tab.
 * @cssprop [--asw-line-height=1.5] - Line height.
 * @cssprop [--asw-radius=0.5rem] - Corner radius of the cards, panels and tabs.
 * @cssprop [--asw-space-xs=0.25rem] - Space between the tabs and between comparison rows.
 * @cssprop [--asw-space-s=0.5rem] - Space inside the cards and between list items.
 * @cssprop [--asw-space-m=1rem] - Space between paragraphs, between the cards and inside them.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class ScarTypes extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'scar-types';

  /**
   * The level (1–6) of the element's heading; sub-headings go one and two levels below. Default 2.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  /**
   * How the two scar types are compared: `auto` (default) shows two cards side by side when the
   * element is at least 36rem wide and tabs when it is narrower; `tabs` and `columns` force one.
   * Any other value warns once and behaves as `auto`.
   * @type {'auto' | 'tabs' | 'columns' | undefined}
   */
  @property({ reflect: true }) layout?: string;

  /** Whether the element is narrower than `NARROW_BELOW_REM`, as last measured. */
  @state() private narrow = false;

  /** The scar type whose tab is selected in the tab layout. */
  @state() private selectedType: ScarType = 'atrophic';

  private resolvedLayout: ScarTypesLayout = 'auto';
  private resizeObserver?: ResizeObserver;

  static override styles = [...ContentElement.styles, contentStyles, blockStyles, scarTypesStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page after a removal: the probe exists already.
    if (this.hasUpdated) this.observeWidth();
  }

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /**
   * ARIA roles cannot change from CSS, so the element measures its own width to pick tabs or
   * cards. It observes a zero-height probe as wide as its content box rather than itself: the
   * switch changes the element's height, and observing that would make the observer report again
   * within the same frame (a "ResizeObserver loop" error on the page).
   */
  private observeWidth(): void {
    // Not while off the page (the first update can run after a removal): nothing would disconnect it.
    if (this.resizeObserver || !this.isConnected || typeof ResizeObserver === 'undefined') return;
    const probe = this.renderRoot.querySelector('.width-probe');
    if (!probe) return;
    this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
    this.resizeObserver.observe(probe);
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const inlineSize = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    // The container query's rem is the root element's font size; use the same here.
    const rootFontSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.narrow = inlineSize < NARROW_BELOW_REM * rootFontSize;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout')) {
      const parsed = parseEnum(this.layout, LAYOUTS);
      if (this.layout != null && !parsed) {
        this.warnInvalid(
          'layout',
          this.layout,
          'expected "auto", "tabs" or "columns"; the layout follows the element\'s width (auto).',
        );
      }
      this.resolvedLayout = parsed ?? 'auto';
    }
  }

  private get showsTabs(): boolean {
    return this.resolvedLayout === 'tabs' || (this.resolvedLayout === 'auto' && this.narrow);
  }

  private typeName(type: ScarType): string {
    return type === 'atrophic'
      ? msg('Atrophic scars', {
          id: 'scar-types.atrophic-name',
          desc: 'Name of a scar type: a card heading and a tab label in the comparison of scar types.',
        })
      : msg('Hypertrophic scars', {
          id: 'scar-types.hypertrophic-name',
          desc: 'Name of a scar type: a card heading and a tab label in the comparison of scar types.',
        });
  }

  private renderWeightSentence() {
    const lightest = formatPounds(SKIN_WEIGHT_POUNDS.lightest);
    const heaviest = formatPounds(SKIN_WEIGHT_POUNDS.heaviest);
    return msg(
      str`Even though it’s very thin (just a few millimeters thick at max), it still makes up about 1/7th of your body’s total surface, and can weigh anywhere between ${lightest} and ${heaviest}, depending on the person.`,
      {
        id: 'scar-types.skin-weight',
        desc: 'Skin facts. The placeholders are the weights 7.5 and 22 pounds with their unit, already formatted for the locale (with kilograms added for metric readers, e.g. "7,5 libras (3,4 kg)"); keep "1/7th" as a fraction.',
      },
    );
  }

  /** The comparison of one scar type, shared by its card and its tab panel. */
  private renderTypeDetails(type: ScarType) {
    const appearanceLabel = msg('Appearance', {
      id: 'scar-types.appearance-label',
      desc: 'Row label in the comparison of scar types: what the scarred skin looks like.',
    });
    const collagenLabel = msg('Collagen', {
      id: 'scar-types.collagen-label',
      desc: 'Row label in the comparison of scar types: how much collagen the skin produces.',
    });
    const atrophic = type === 'atrophic';
    const appearance = atrophic
      ? msg('Pitted', {
          id: 'scar-types.atrophic-appearance',
          desc: 'Comparison of scar types: an atrophic scar is pitted (indented) skin.',
        })
      : msg('Raised', {
          id: 'scar-types.hypertrophic-appearance',
          desc: 'Comparison of scar types: a hypertrophic scar is raised skin.',
        });
    const collagen = atrophic
      ? msg('Underproduction', {
          id: 'scar-types.atrophic-collagen',
          desc: 'Comparison of scar types: an atrophic scar comes from underproduction of collagen.',
        })
      : msg('Too much', {
          id: 'scar-types.hypertrophic-collagen',
          desc: 'Comparison of scar types: a hypertrophic scar comes from the skin producing too much collagen.',
        });
    const sentences = atrophic
      ? [
          msg('Underproduction of collagen typically results in a pitted acne scar.', {
            id: 'scar-types.atrophic-collagen-sentence',
            desc: 'In the atrophic scar card or tab panel.',
          }),
          msg('Atrophic scars are the most common.', {
            id: 'scar-types.atrophic-most-common',
            desc: 'In the atrophic scar card or tab panel.',
          }),
        ]
      : [
          msg('If the skin produces too much collagen, it results in a raised acne scar.', {
            id: 'scar-types.hypertrophic-collagen-sentence',
            desc: 'In the hypertrophic scar card or tab panel.',
          }),
        ];
    return html`<div class="type-details">
      <dl part="facts" class="facts">
        <dt part="label">${appearanceLabel}</dt>
        <dd part="value">${appearance}</dd>
        <dt part="label">${collagenLabel}</dt>
        <dd part="value">${collagen}</dd>
      </dl>
      ${sentences.map(renderParagraph)}
    </div>`;
  }

  private renderColumns(level: HeadingLevel) {
    return html`<div part="comparison" class="comparison columns">
      ${SCAR_TYPES.map(
        (type) => html`<div part="card ${type}" class="card">
          ${renderHeading(subLevel(level, 2), this.typeName(type), { part: 'subheading', className: 'subheading' })}
          ${this.renderTypeDetails(type)}
        </div>`,
      )}
    </div>`;
  }

  private renderTabs() {
    const label = msg('Types of acne scars', {
      id: 'scar-types.tab-list-label',
      desc: 'Accessible name of the row of tabs that switches between atrophic and hypertrophic scars.',
    });
    return html`<div part="comparison" class="comparison tabs">
      <div part="tab-list" class="tab-list" role="tablist" aria-label=${label} @keydown=${this.onTabKeyDown}>
        ${SCAR_TYPES.map((type) => {
          const selected = type === this.selectedType;
          return html`<button
            type="button"
            part="tab ${type}${selected ? ' tab-selected' : ''}"
            class="tab"
            role="tab"
            id="tab-${type}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${type}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => this.select(type)}
          >
            ${this.typeName(type)}
          </button>`;
        })}
      </div>
      ${SCAR_TYPES.map(
        (type) => html`<div
          part="card tab-panel ${type}"
          class="card tab-panel"
          role="tabpanel"
          id="panel-${type}"
          aria-labelledby="tab-${type}"
          tabindex="0"
          ?hidden=${type !== this.selectedType}
        >
          ${this.renderTypeDetails(type)}
        </div>`,
      )}
    </div>`;
  }

  private select(type: ScarType, moveFocus = false): void {
    if (moveFocus) {
      this.shadowRoot?.querySelector<HTMLElement>(`#tab-${type}`)?.focus();
    }
    if (type === this.selectedType) return;
    this.selectedType = type;
    this.emit<ScarTypesTabChangeDetail>('scar-types-tab-change', { type });
  }

  private onTabKeyDown(event: KeyboardEvent): void {
    const current = SCAR_TYPES.indexOf(this.selectedType);
    const last = SCAR_TYPES.length - 1;
    // In right-to-left text the tabs run from right to left, so the Left arrow goes forward.
    const forward = getComputedStyle(this).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    let next: number;
    switch (event.key) {
      case forward:
        next = current === last ? 0 : current + 1;
        break;
      case backward:
        next = current === 0 ? last : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.select(SCAR_TYPES[next], true);
  }

  private renderSkinFacts() {
    return [
      msg('Your skin is stronger than you may realize.', {
        id: 'scar-types.skin-stronger',
        desc: 'Opening sentence of the skin facts.',
      }),
      this.renderWeightSentence(),
      msg(
        'Your skin performs a variety of different functions, but the most important is acting as a barrier to protect you from harmful substances—everything from cold and moisture to germs, UV rays and environmental toxins.',
        { id: 'scar-types.skin-barrier', desc: 'The skin as a barrier; follows the sentence on what the skin weighs.' },
      ),
      msg('Simply looking at a person’s skin can tell you a lot about their health.', {
        id: 'scar-types.skin-health',
        desc: 'Follows the skin as a barrier; the next paragraph asks what acne scars say.',
      }),
      msg('So, what do your acne scars say about you?', {
        id: 'scar-types.scars-say',
        desc: 'A question to the reader, answered by the paragraphs on how the skin repairs itself and how scars form.',
      }),
      msg(
        'The skin is constantly renewing itself, so any time it sustains some kind of damage or injury, new cells move to the surface to start the reparative process.',
        { id: 'scar-types.skin-renewing', desc: 'How the skin repairs itself.' },
      ),
      msg(
        'Unfortunately, this process doesn’t always go smoothly and, depending on the depth and severity of the injury, you could be left with a scar.',
        { id: 'scar-types.scar-left', desc: 'Follows the sentence on how the skin repairs itself.' },
      ),
      msg(
        'Acne scars are a type of atrophic scar—an indented scar that heals below the top layer of skin. These scars form when the skin is unable to regenerate tissue.',
        { id: 'scar-types.atrophic-definition', desc: 'Definition of an atrophic scar. "Atrophic" is the medical term.' },
      ),
    ].map(renderParagraph);
  }

  private renderHowScarsForm() {
    return [
      msg(
        'Generally speaking, an acne scar is the result of deep trauma to the skin caused by acne. Additional factors like picking at the blemish can traumatize the skin and drive pus and bacteria deeper under the surface, causing a scar to form.',
        { id: 'scar-types.form-cause', desc: 'What causes an acne scar.' },
      ),
      msg(
        'Acne scars usually take the form of areas of raised or pitted skin and, while most common on the face, they can occur anywhere on the body.',
        { id: 'scar-types.form-where', desc: 'What acne scars look like and where they occur.' },
      ),
      msg('Whether you develop a scar or not depends on how much collagen your body produces.', {
        id: 'scar-types.form-collagen-amount',
        desc: 'Collagen and scarring.',
      }),
      msg('Collagen plays an essential role in the healing process, helping to regenerate skin cells.', {
        id: 'scar-types.form-collagen-role',
        desc: 'Collagen and scarring; introduces the comparison of atrophic and hypertrophic scars.',
      }),
    ].map(renderParagraph);
  }

  private renderRiskFactors() {
    const factors = [
      msg('Genetics', { id: 'scar-types.risk-genetics', desc: 'Risk factor for acne scars, in a list.' }),
      msg('Non-treatment', {
        id: 'scar-types.risk-non-treatment',
        desc: 'Risk factor for acne scars, in a list: leaving acne untreated.',
      }),
      msg('Picking or touching the blemish', {
        id: 'scar-types.risk-picking',
        desc: 'Risk factor for acne scars, in a list.',
      }),
    ];
    return html`${renderParagraph(
        msg('Factors like these may increase your risk of developing a scar:', {
          id: 'scar-types.risk-intro',
          desc: 'Introduces the list of risk factors for acne scars.',
        }),
      )}
      <ul part="list risk-factors">
        ${factors.map((factor) => html`<li part="item">${factor}</li>`)}
      </ul>`;
  }

  override render() {
    const level = this.headingLevelFrom(this.headingLevel);
    const heading = msg('What Causes Acne Scars?', {
      id: 'scar-types.heading',
      desc: 'Heading of the section on what causes acne scars.',
    });
    const formHeading = msg('What Causes Acne Scars to Form?', {
      id: 'scar-types.form-subheading',
      desc: 'Sub-heading of the part on how acne scars form.',
    });
    return html`<div class="width-probe"></div>
      <div part="base" class="section">
        ${renderHeading(level, heading)} ${this.renderSkinFacts()}
        ${renderHeading(subLevel(level), formHeading, { part: 'subheading', className: 'subheading' })}
        ${this.renderHowScarsForm()}
        ${this.showsTabs ? this.renderTabs() : this.renderColumns(level)}
        ${this.renderRiskFactors()} ${this.renderSource()}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scar-types': ScarTypes;
  }
  interface HTMLElementEventMap {
    'scar-types-tab-change': CustomEvent<ScarTypesTabChangeDetail>;
  }
}
