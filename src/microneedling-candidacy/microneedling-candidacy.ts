import { html, isServer, noChange } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { blockStyles, contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import type { HeadingLevel, HeadingLevelValue } from '../core/attributes.js';
import { candidacyStyles } from './microneedling-candidacy.styles.js';

/**
 * A checkbox's `checked` property, kept in step with what is ticked. A server render writes a
 * property binding as an attribute, and `checked="false"` would show the box ticked to readers
 * without JavaScript, so there an unticked box's binding writes nothing.
 */
const checkedBinding = (ticked: boolean) => (isServer && !ticked ? noChange : live(ticked));

/** The conditions the article lists for people who may not be good candidates, in its order. */
export const CANDIDACY_CONDITIONS = [
  'active-acne',
  'local-infection',
  'skin-condition',
  'anticoagulants',
  'weak-immune-system',
] as const;

/** A stable id for one of the article's five conditions. */
export type CandidacyCondition = (typeof CANDIDACY_CONDITIONS)[number];

/** The `detail` of the `candidacy-change` event. */
export interface CandidacyChangeDetail {
  /** The ticked conditions, in the article's order. */
  conditions: CandidacyCondition[];
  /** True when at least one condition is ticked: per the article, the reader may not be a good candidate. */
  mayNotBeCandidate: boolean;
}

/** The article's wording of each condition, in the active locale. */
function conditionLabel(condition: CandidacyCondition): string {
  switch (condition) {
    case 'active-acne':
      return msg('An active acne breakout', {
        desc: 'Candidacy: first of five things with which a reader may not be a good candidate for microneedling. Also a checkbox label.',
      });
    case 'local-infection':
      return msg('Warts, herpes labialis or other local infection', {
        desc: 'Candidacy: second of five things with which a reader may not be a good candidate for microneedling. Also a checkbox label.',
      });
    case 'skin-condition':
      return msg('Skin conditions like moderate to severe eczema and psoriasis', {
        desc: 'Candidacy: third of five things with which a reader may not be a good candidate for microneedling. Also a checkbox label.',
      });
    case 'anticoagulants':
      return msg('Current anticoagulant medications', {
        desc: 'Candidacy: fourth of five things with which a reader may not be a good candidate for microneedling (blood thinners). Also a checkbox label.',
      });
    case 'weak-immune-system':
      return msg('Patients with weak immune systems, including those undergoing chemotherapy', {
        desc: 'Candidacy: fifth of five things with which a reader may not be a good candidate for microneedling. The article words it this way. Also a checkbox label.',
      });
  }
}

/**
 * Who may not be a good candidate for microneedling, as the article puts it: the advantages other
 * studies suggest, the five conditions, the possible side effects, and a self-check where readers
 * tick the conditions that apply to them.
 *
 * Whatever is ticked, the result ends with the article's advice to talk to a healthcare provider or
 * dermatologist. With nothing ticked it never says the reader is a good candidate: it repeats that
 * microneedling, though generally recognized as safe for healthy individuals, comes with some risk.
 * Answers are never stored or sent; they last as long as the page.
 *
 * @tag microneedling-candidacy
 * @summary Advantages, who may not be a good candidate, side effects, and a self-check.
 *
 * @example
 * <microneedling-candidacy heading-level="2"></microneedling-candidacy>
 *
 * @fires {CustomEvent<CandidacyChangeDetail>} candidacy-change - When the reader ticks or unticks a
 * condition, or clears the answers. Bubbles and is composed. `detail.conditions` holds the ticked
 * ids in the article's order (`active-acne`, `local-infection`, `skin-condition`, `anticoagulants`,
 * `weak-immune-system`); `detail.mayNotBeCandidate` is true when any is ticked.
 *
 * @csspart base - The element's container.
 * @csspart heading - The element's heading, "Is microneedling safe?".
 * @csspart subheading - Each section's heading (advantages, candidates, side effects, self-check).
 * @csspart body - Each paragraph of text.
 * @csspart list - Each list: the advantages, the conditions, and the ticked conditions in the result.
 * @csspart item - Each list item.
 * @csspart advantages - The list of advantages (also `list`).
 * @csspart advantage - Each advantage (also `item`).
 * @csspart conditions - The list of conditions (also `list`).
 * @csspart condition - Each condition (also `item`).
 * @csspart side-effects - The paragraph on side effects (also `body`).
 * @csspart card - The self-check.
 * @csspart fieldset - The group of checkboxes.
 * @csspart legend - The question that names the group of checkboxes.
 * @csspart label - Each checkbox's label, which wraps the checkbox and the condition.
 * @csspart checkbox - Each checkbox.
 * @csspart result - The result of the self-check, announced politely when the reader changes an answer.
 * @csspart ticked - The list of ticked conditions in the result (also `list`).
 * @csspart ticked-condition - Each ticked condition in the result (also `item`).
 * @csspart note - The advice to talk to a healthcare provider or dermatologist, in every result.
 * @csspart button - The "Clear answers" button.
 * @csspart privacy - The line saying that answers are not saved or sent (also `body`).
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-block-spacing=var(--asw-space-xl, 2rem)] - Space below the block where it stands on its own on a page (inside `<acne-scar-article>`, the article spaces its blocks).
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-muted] - Colour of the privacy line; defaults to the text colour at 72%.
 * @cssprop [--asw-color-surface=transparent] - Background of the self-check card.
 * @cssprop [--asw-color-border] - Border of the self-check card; defaults to the text colour at 22%.
 * @cssprop [--asw-color-accent=light-dark(#0a6b66, #5cc8be)] - Checkbox colour and the rule beside the result.
 * @cssprop [--asw-color-focus=light-dark(#1a5fd0, #8ab4f8)] - Focus ring.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the headings.
 * @cssprop [--asw-font-size=1em] - Font size.
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the privacy line.
 * @cssprop [--asw-font-weight-strong=600] - Weight of headings, the question and the advice.
 * @cssprop [--asw-line-height=1.5] - Line height.
 * @cssprop [--asw-space-xs=0.25rem] - Space between checkboxes.
 * @cssprop [--asw-space-s=0.5rem] - Space inside sections and lists.
 * @cssprop [--asw-space-m=1rem] - Space between sections and inside the card.
 * @cssprop [--asw-space-l=1.5rem] - Space between the columns when the element is wide.
 * @cssprop [--asw-radius=0.5rem] - Corner radius of the card and the button.
 * @cssprop [--asw-shadow=none] - Shadow of the card.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class MicroneedlingCandidacy extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'microneedling-candidacy';

  /**
   * The level of the element's heading, 1 to 6 (default 2); section headings are one level below.
   * Another value falls back to 2, with a warning.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  @state() private ticked: readonly CandidacyCondition[] = [];

  private level: HeadingLevel = 2;

  static override styles = [...ContentElement.styles, contentStyles, blockStyles, candidacyStyles];

  /**
   * The conditions the reader has ticked, in the article's order. Read-only; never stored.
   * @default []
   */
  get conditions(): CandidacyCondition[] {
    return [...this.ticked];
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('headingLevel') || !this.hasUpdated) {
      this.level = this.headingLevelFrom(this.headingLevel);
    }
  }

  private setTicked(next: readonly CandidacyCondition[]) {
    const ordered = CANDIDACY_CONDITIONS.filter((condition) => next.includes(condition));
    if (ordered.length === this.ticked.length && ordered.every((c, i) => c === this.ticked[i])) return;
    this.ticked = ordered;
    this.emit<CandidacyChangeDetail>('candidacy-change', {
      conditions: [...ordered],
      mayNotBeCandidate: ordered.length > 0,
    });
  }

  private onToggle(condition: CandidacyCondition, event: Event) {
    const checked = (event.target as HTMLInputElement).checked;
    const others = this.ticked.filter((c) => c !== condition);
    this.setTicked(checked ? [...others, condition] : others);
  }

  private onClear() {
    this.setTicked([]);
  }

  private renderAdvantages(level: HeadingLevel) {
    return html`<section class="block">
      ${renderHeading(level, msg('Advantages over other resurfacing procedures', {
        desc: 'Sub-heading above the advantages of microneedling that other studies suggest.',
      }), { part: 'subheading', className: 'subheading' })}
      <p part="body">
        ${msg(
          'Other studies suggest that microneedling has many advantages over other resurfacing procedures. For example, that:',
          { desc: 'Lead-in to the list of the two advantages other studies suggest; the list items complete the sentence "For example, that…".' },
        )}
      </p>
      <ul part="list advantages">
        <li part="item advantage">
          ${msg('it is safe on all skin types', { desc: 'Advantage suggested by other studies; completes "For example, that…".' })}
        </li>
        <li part="item advantage">
          ${msg('it comes with the lowest risk for post-inflammatory hyperpigmentation', {
            desc: 'Advantage suggested by other studies; completes "For example, that…".',
          })}
        </li>
      </ul>
      <p part="body">
        ${msg(
          'Microneedling doesn’t create a visible line between treated and untreated skin, and the recovery period is much shorter than most at just two to three days.',
          {
            desc: 'The article\'s own statement after the advantages other studies suggest (not one of them). Keep "two to three days".',
          },
        )}
      </p>
    </section>`;
  }

  private renderCandidates(level: HeadingLevel) {
    return html`<section class="block">
      ${renderHeading(level, msg('Who may not be a good candidate', {
        desc: 'Sub-heading above the conditions with which someone may not be a good candidate for microneedling.',
      }), { part: 'subheading', className: 'subheading' })}
      <p part="body">
        ${msg(
          'Just because microneedling is generally recognized as safe, however, doesn’t mean that it is the right choice for everyone. You may not be a good candidate for microneedling if you have the following:',
          { desc: 'The article\'s caveat, followed by the list of five conditions.' },
        )}
      </p>
      <ul part="list conditions">
        ${CANDIDACY_CONDITIONS.map(
          (condition) => html`<li part="item condition">${conditionLabel(condition)}</li>`,
        )}
      </ul>
    </section>`;
  }

  private renderSideEffects(level: HeadingLevel) {
    return html`<section class="block side-effects">
      ${renderHeading(level, msg('Possible side effects', {
        desc: 'Sub-heading above the possible side effects of microneedling.',
      }), { part: 'subheading', className: 'subheading' })}
      <p part="body side-effects">
        ${msg(
          'There is always a risk for infection with any invasive procedure, as minimal as it may be. Microneedling may also contribute to minor adverse effects such as erythema and irritation, post-inflammatory pigmentation, hypersensitivity, allergic contact dermatitis and pain. For the most part, however, side effects are minor and dissipate within a few days.',
          { desc: 'The article\'s paragraph on the side effects of microneedling. Medical terms as a dermatologist writes them.' },
        )}
      </p>
    </section>`;
  }

  private renderResult() {
    const ticked = this.ticked;
    const outcome =
      ticked.length > 0
        ? html`<p part="body">
              ${msg(
                'According to the article, you may not be a good candidate for microneedling if you have the following, which you ticked:',
                { desc: 'Self-check result when the reader ticked one or more conditions; the ticked conditions follow as a list.' },
              )}
            </p>
            <ul part="list ticked">
              ${ticked.map(
                (condition) => html`<li part="item ticked-condition">${conditionLabel(condition)}</li>`,
              )}
            </ul>`
        : html`<p part="body">
              ${msg('None of the conditions the article lists is ticked.', {
                desc: 'Self-check result when nothing is ticked. Must not say the reader is a good candidate.',
              })}
            </p>
            <p part="body">
              ${msg(
                'Though microneedling is generally recognized as safe for healthy individuals, it does come with some risk.',
                {
                  // <acne-scar-article> shows the same sentence with its own description.
                  id: 'microneedling-candidacy.some-risk',
                  desc: 'Self-check result when nothing is ticked: the article\'s closing caveat.',
                },
              )}
            </p>`;
    return html`<div part="result" class="result" aria-live="polite" aria-atomic="true">
      ${outcome}
      <p part="note" class="note">
        ${msg(
          'You should talk to your healthcare provider or dermatologist before undergoing this form of treatment—especially if you’re going to try microneedling at home.',
          { desc: 'The article\'s advice, which ends every self-check result whatever is ticked.' },
        )}
      </p>
    </div>`;
  }

  private renderSelfCheck(level: HeadingLevel) {
    return html`<section part="card" class="card self-check">
      ${renderHeading(level, msg('Self-check', {
        desc: 'Sub-heading of the interactive check where readers tick the conditions that apply to them.',
      }), { part: 'subheading', className: 'subheading' })}
      <fieldset part="fieldset" aria-describedby="privacy">
        <legend part="legend">
          ${msg('Which of these apply to you?', {
            desc: 'Question naming the group of checkboxes, one for each of the five conditions.',
          })}
        </legend>
        <div class="choices">
          ${CANDIDACY_CONDITIONS.map(
            (condition) => html`<label part="label" class="choice">
              <input
                part="checkbox"
                type="checkbox"
                name="condition"
                value=${condition}
                .checked=${checkedBinding(this.ticked.includes(condition))}
                @change=${(event: Event) => this.onToggle(condition, event)}
              /><span>${conditionLabel(condition)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${this.renderResult()}
      <div class="actions">
        <button part="button" type="button" @click=${this.onClear}>
          ${msg('Clear answers', { desc: 'Button that unticks every checkbox of the self-check.' })}
        </button>
        <p part="body privacy" id="privacy" class="privacy muted">
          ${msg('Your answers stay on this page: nothing is saved or sent.', {
            desc: 'Reassurance under the self-check that ticked answers are not stored or transmitted.',
          })}
        </p>
      </div>
    </section>`;
  }

  override render() {
    const level = this.level;
    const sectionLevel = subLevel(level);
    return html`<div part="base" class="section">
      ${renderHeading(level, msg('Is microneedling safe?', {
        desc: 'Heading of the section on advantages, who may not be a good candidate, and side effects (the article\'s question).',
      }))}
      <div class="overview">
        ${this.renderAdvantages(sectionLevel)} ${this.renderCandidates(sectionLevel)}
        ${this.renderSideEffects(sectionLevel)}
      </div>
      ${this.renderSelfCheck(sectionLevel)} ${this.renderSource()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'microneedling-candidacy': MicroneedlingCandidacy;
  }
  interface HTMLElementEventMap {
    'candidacy-change': CustomEvent<CandidacyChangeDetail>;
  }
}
