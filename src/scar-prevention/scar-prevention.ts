import { html, css, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ContentElement } from '../core/source.js';
import { blockStyles, contentStyles } from '../core/content-styles.js';
import { renderHeading, subLevel } from '../core/heading.js';
import { renderListSection } from '../core/list-section.js';
import type { HeadingLevel, HeadingLevelValue } from '../core/attributes.js';

/** One of the article's four tips for preventing acne scars. */
interface PreventionTip {
  /** Stable name, also a part name of the tip's item (`part="item leave-it-alone"`). */
  key: 'treat-promptly' | 'reduce-inflammation' | 'leave-it-alone' | 'see-provider';
  title: string;
  text: string;
}

/** The article's tips, in its order, in the active locale. */
function preventionTips(): PreventionTip[] {
  return [
    {
      key: 'treat-promptly',
      title: msg('Treat acne promptly', {
        id: 'scar-prevention.treat-promptly.title',
        desc: 'Acne scar prevention: title of the first tip.',
      }),
      text: msg(
        'The sooner you get your acne under control, the better. At the first sign of a breakout, start treating it with an over-the-counter acne medication and make sure to keep your face clean. You can’t develop acne scars if you don’t have acne!',
        {
          id: 'scar-prevention.treat-promptly.text',
          desc: 'Acne scar prevention: text of the tip "Treat acne promptly".',
        },
      ),
    },
    {
      key: 'reduce-inflammation',
      title: msg('Reduce inflammation', {
        id: 'scar-prevention.reduce-inflammation.title',
        desc: 'Acne scar prevention: title of the second tip.',
      }),
      text: msg(
        'With blemishes comes inflammation and the more inflamed a pimple becomes, the higher the risk for scarring. Avoid harsh skincare products such as scrubs and exfoliants that might increase inflammation during a breakout.',
        {
          id: 'scar-prevention.reduce-inflammation.text',
          desc: 'Acne scar prevention: text of the tip "Reduce inflammation".',
        },
      ),
    },
    {
      key: 'leave-it-alone',
      title: msg('Leave it alone', {
        id: 'scar-prevention.leave-it-alone.title',
        desc: 'Acne scar prevention: title of the third tip (do not touch pimples).',
      }),
      text: msg(
        'Resist the temptation to poke, prod or pop your pimples. If you squeeze a pimple, you run the risk of increasing inflammation and driving the bacteria deeper into the skin where it can cause a cyst to develop.',
        {
          id: 'scar-prevention.leave-it-alone.text',
          desc: 'Acne scar prevention: text of the tip "Leave it alone".',
        },
      ),
    },
    {
      key: 'see-provider',
      title: msg('See your healthcare provider', {
        id: 'scar-prevention.see-provider.title',
        desc: 'Acne scar prevention: title of the fourth tip.',
      }),
      text: msg(
        'If you tend to experience large or particularly deep acne breakouts you may be at a higher risk for scarring and you should consult your dermatologist. Over-the-counter medications may not be adequate for severe breakouts, so talk to your healthcare provider about the options.',
        {
          id: 'scar-prevention.see-provider.text',
          desc: 'Acne scar prevention: text of the tip "See your healthcare provider".',
        },
      ),
    },
  ];
}

/** A shield with a check mark: decorative, drawn in the accent colour. */
const shieldIcon = svg`<path
    d="M12 2.5 4.5 5.5v6c0 4.6 3.2 8.6 7.5 10 4.3-1.4 7.5-5.4 7.5-10v-6L12 2.5Z"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linejoin="round"
  /><path
    d="m8.5 12 2.5 2.5 4.5-5"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
  />`;

/**
 * The article's four simple tips for preventing acne scars: treat acne promptly, reduce
 * inflammation, leave it alone, and see your healthcare provider, after the article's lead-in.
 * Each tip has a title (a sub-heading) and the article's text; the tips sit in two columns once
 * the element itself is at least 40rem wide.
 *
 * @tag scar-prevention
 * @summary The four tips for preventing acne scars.
 *
 * @example
 * <scar-prevention heading-level="3"></scar-prevention>
 *
 * @csspart base - The element's container.
 * @csspart heading - The element's heading.
 * @csspart body - Each paragraph: the lead-in below the heading and each tip's text.
 * @csspart list - The list of tips (a `<ul>`).
 * @csspart item - Each tip; also named after the tip: `treat-promptly`, `reduce-inflammation`, `leave-it-alone`, `see-provider`.
 * @csspart treat-promptly - The tip "Treat acne promptly" (also `item`).
 * @csspart reduce-inflammation - The tip "Reduce inflammation" (also `item`).
 * @csspart leave-it-alone - The tip "Leave it alone" (also `item`).
 * @csspart see-provider - The tip "See your healthcare provider" (also `item`).
 * @csspart icon - The decorative icon beside each tip (hidden from assistive technology).
 * @csspart subheading - Each tip's title.
 * @csspart source - The source line, with `source-href` or `publisher`: the publisher and the article's title. Restyle it freely; hiding it takes `--asw-source-display: none`.
 * @csspart source-link - The link to the source, the article's title.
 *
 * @cssprop [--asw-block-spacing=var(--asw-space-xl, 2rem)] - Space below the block where it stands on its own on a page (inside `<acne-scar-article>`, the article spaces its blocks).
 * @cssprop [--asw-color-text=inherit] - Text colour.
 * @cssprop [--asw-color-accent=light-dark(#0a6b66, #5cc8be)] - Colour of the icons.
 * @cssprop [--asw-font-family=inherit] - Font family.
 * @cssprop [--asw-font-family-heading=inherit] - Font family of the headings.
 * @cssprop [--asw-font-size=1em] - Base font size.
 * @cssprop [--asw-font-weight-strong=600] - Weight of the headings.
 * @cssprop [--asw-line-height=1.5] - Line height.
 * @cssprop [--asw-space-xs=0.25rem] - Space between a tip's title and its text.
 * @cssprop [--asw-space-s=0.5rem] - Space between an icon and its tip.
 * @cssprop [--asw-space-m=1rem] - Space between the tips and around the lead-in.
 * @cssprop [--asw-source-display=block] - The source line's `display`; `none` hides it, the only way to.
 */
export class ScarPrevention extends ContentElement {
  /** @internal */
  protected static override localeChunk = 'scar-prevention';

  /**
   * The level (1–6) of the element's heading; each tip's title is one level below. Any other
   * value falls back to 2, with a warning.
   * @type {'1' | '2' | '3' | '4' | '5' | '6' | undefined}
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: HeadingLevelValue;

  private level: HeadingLevel = 2;

  static override styles = [
    ...ContentElement.styles,
    contentStyles,
    blockStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .tip {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        column-gap: var(--_space-s);
        align-items: start;
      }
      .icon {
        inline-size: 1.5em;
        block-size: 1.5em;
        color: var(--_color-accent);
      }
      .tip-body {
        display: flex;
        flex-direction: column;
        gap: var(--_space-xs);
      }
      .subheading {
        line-height: 1.3;
      }
      @container (min-width: 40rem) {
        .tips {
          grid-template-columns: repeat(2, minmax(0, 1fr));
          column-gap: var(--_space-l);
        }
      }
      @media (forced-colors: active) {
        .icon {
          color: CanvasText;
        }
      }
    `,
  ];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('headingLevel') || !this.hasUpdated) {
      this.level = this.headingLevelFrom(this.headingLevel);
    }
  }

  private renderTip(tip: PreventionTip) {
    return html`<li part="item ${tip.key}" class="tip">
      <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shieldIcon}</svg>
      <div class="tip-body">
        ${renderHeading(subLevel(this.level), tip.title, { part: 'subheading', className: 'subheading' })}
        <p part="body">${tip.text}</p>
      </div>
    </li>`;
  }

  override render() {
    return renderListSection({
      level: this.level,
      heading: msg('Preventing acne scars', {
        id: 'scar-prevention.heading',
        desc: 'Heading of the tips for preventing acne scars.',
      }),
      leadIn: [
        msg(
          'Once you’ve taken the time to resolve your acne scars, the last thing you want is for them to come back. If you have acne-prone skin, fighting blemishes (and the potential for scarring) is an everyday battle.',
          { id: 'scar-prevention.intro', desc: 'Lead-in to the tips for preventing acne scars.' },
        ),
        msg('So, what can you do to prevent acne scars in the future? Here are some simple tips:', {
          id: 'scar-prevention.intro-list',
          desc: 'Lead-in to the tips for preventing acne scars; the list of four tips follows.',
        }),
      ],
      listClass: 'tips',
      items: preventionTips().map((tip) => this.renderTip(tip)),
      after: this.renderSource(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scar-prevention': ScarPrevention;
  }
}
