import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { WidgetElement } from '../core/widget-element.js';
import { contentStyles } from '../core/content-styles.js';
import { parseEnum, parseSafeUrl } from '../core/attributes.js';
import { getLocale } from '../core/locale.js';
import { MARKUP_PLACEHOLDER, withMarkup } from '../core/sentence.js';
import { promoBannerStyles } from './promo-banner.styles.js';
import { neutralCtaLabel, presetContent, PROMO_PRESETS, type PromoContent, type PromoPreset } from './presets.js';
import { formatPrice, parseAmount, parseCurrency, PRICE_PERIODS, type Price } from './price.js';
import { withCampaign } from './campaign-link.js';
import { countdownSentence, isWithinSchedule, offerEndedSentence, parseBound, timeLeft, type ScheduleBound } from './schedule.js';
import { isDismissed, MAX_DISMISS_DAYS, onDismissal, rememberDismissal } from './dismissal.js';
import { ImpressionController } from './impression.js';
import { focusPast } from './focus.js';
import {
  PROMO_VARIANTS,
  type PromoClickDetail,
  type PromoDismissDetail,
  type PromoEventDetail,
  type PromoImpressionDetail,
  type PromoLinkTarget,
  type PromoVariant,
} from './events.js';

export { PROMO_PRESETS, PROMO_VARIANTS, PRICE_PERIODS };
export type { PromoPreset, PromoVariant, PromoEventDetail, PromoImpressionDetail, PromoClickDetail, PromoDismissDetail, PromoLinkTarget };

/** How long a dismissal is remembered when `dismiss-days` is not given. */
export const DEFAULT_DISMISS_DAYS = 30;
const COUNTDOWN_REFRESH_MS = 60_000;
const CTA_PROTOCOLS = ['http:', 'https:'];

/**
 * One of the article's offers, or the site owner's own, as a bar, a card or an inline block.
 *
 * **Content.** `preset` picks one of the article's offers:
 * - `new-customer`: "Limited time only: $15/MO new customer offer", call to action "Get started"
 *   (the price is data, 15 USD per month, formatted for the reader's locale: "$15/mo").
 * - `adult-acne`: "adult acne is cancelled", "put acne in its place with a prescription-strength cream".
 * - `customized-treatment`: "customized acne treatment", "clear skin or your money back".
 *
 * The `headline`, `body`, `price-*` and `cta-label` attributes (or the `headline` and `body`
 * slots) replace a preset's pieces, or make a banner of the site owner's own. A banner with no
 * preset and none of `headline`, `body`, `price-amount` or those slots shows the first offer.
 * Presets without a call to action of their own get a neutral "Learn more" when there is a link.
 *
 * **Link.** `href` must be `http:`, `https:` or relative; anything else is refused with a warning.
 * Without a usable `href` there is no call to action (no dead "button"). The link carries
 * `rel="sponsored noopener"` and the `utm-*` attributes as `utm_*` query parameters (the link's
 * own query and hash are kept; a parameter it already has is replaced).
 *
 * **Dismissal.** `dismissible` adds a labelled close button. With a `dismiss-key`, the dismissal
 * is remembered in `localStorage` for `dismiss-days` days (365 at most), and every banner with
 * that key hides at once, in this tab and others; with `dismiss-days="0"` it lasts for this page
 * view, and without a key as long as this element is on the page. A banner with a shorter
 * `dismiss-days` never shortens a dismissal kept longer, and a stored value that cannot be a
 * dismissal (not a time, from the future, longer than a year) is dropped.
 * When storage is unavailable or full, the dismissal lasts for the page view and nothing throws.
 * Focus moves to the next thing the reader can tab to after the banner, unless a `promo-dismiss`
 * listener moved it already.
 *
 * **Schedule.** Outside `starts`…`ends` the banner renders nothing. A date without a time means
 * that whole day in the reader's time zone. A `starts` or `ends` that cannot be read (`2099-02-30`,
 * `31/12/2030`) hides the banner, with a warning naming it: a limited-time offer never runs
 * open-ended on a typo. The window is checked when the banner connects and
 * when the attributes change, never under a reader's eyes (that would move the page); `countdown`
 * shows the time left until `ends`, updated at most once a minute and never announced by screen
 * readers, then "This offer has ended".
 *
 * **No layout shift.** The bar's height depends only on the viewport's width: 3rem from 75rem,
 * 4.5rem from 40rem, 5.5rem from 30rem, 8rem below: room for each preset in every shipped
 * language (the pseudo-locale `en-XA` aside) at the page's default font size, in Chromium,
 * Firefox and WebKit. Paste this rule in the page's CSS so the bar takes that space before the
 * script runs; to change the heights, set the same `min-block-size` values on `promo-banner` too.
 * Cards and inline blocks depend on their text: reserve their height the same way if they sit
 * above content.
 * ```css
 * promo-banner:not(:defined):not([variant]), promo-banner[variant="bar"]:not(:defined) {
 *   display: block; min-block-size: 3rem;
 * }
 * @media (max-width: 74.99rem) {
 *   promo-banner:not(:defined):not([variant]), promo-banner[variant="bar"]:not(:defined) {
 *     min-block-size: 4.5rem;
 *   }
 * }
 * @media (max-width: 39.99rem) {
 *   promo-banner:not(:defined):not([variant]), promo-banner[variant="bar"]:not(:defined) {
 *     min-block-size: 5.5rem;
 *   }
 * }
 * @media (max-width: 29.99rem) {
 *   promo-banner:not(:defined):not([variant]), promo-banner[variant="bar"]:not(:defined) {
 *     min-block-size: 8rem;
 *   }
 * }
 * ```
 * A banner that is dismissed or out of its window gives that space back when it upgrades.
 *
 * @tag promo-banner
 * @summary An offer, marked as an advertisement, with a safe tracked link, dismissal and scheduling.
 *
 * @example
 * <promo-banner href="https://example.com/start" dismissible dismiss-key="new-customer-2025"></promo-banner>
 * <promo-banner preset="adult-acne" variant="card" href="/cream" utm-source="blog"></promo-banner>
 *
 * @slot headline - The site owner's own headline, replacing the preset's or the `headline` attribute.
 * @slot body - The site owner's own text, replacing the preset's or the `body` attribute.
 *
 * @fires {CustomEvent<PromoImpressionDetail>} promo-impression - Once, when a reader could see the banner for one second: at least half of it on screen, drawn at no less than half its size, not hidden by `opacity: 0` or `visibility: hidden` (on it or above it), the page visible (the usual rule for display ads: half of the pixels for one second).
 * @fires {CustomEvent<PromoClickDetail>} promo-click - The call to action was followed: a click, a middle click, a click with Ctrl, ⌘ or Shift, or Enter; `detail.opens` says where the link opens (`this-tab`, `new-tab`, `new-window`) and `detail.input` whether by `keyboard` or `pointer`. Cancelable: `preventDefault()` stops the navigation (a browser's own "Open link in new tab" menu and dragging the link cannot be seen or stopped).
 * @fires {CustomEvent<PromoDismissDetail>} promo-dismiss - The reader closed the banner.
 *
 * @csspart base - The banner: a region named "Advertisement".
 * @csspart label - The visible "Ad" tag.
 * @csspart headline - The headline.
 * @csspart price - The formatted price.
 * @csspart body - The text under the headline.
 * @csspart countdown - The "Offer ends in …" line (also `note`).
 * @csspart note - The countdown line.
 * @csspart cta - The call-to-action link (also `link`).
 * @csspart link - The call-to-action link.
 * @csspart dismiss - The close button (also `button`).
 * @csspart button - The close button.
 * @csspart icon - The close button's icon.
 *
 * @cssprop [--asw-color-promo=light-dark(#7b2d6e, #a0438f)] - The bar's background and the call to action's colour.
 * @cssprop [--asw-color-promo-contrast=#ffffff] - Text on the promotion colour; keep 4.5:1 against it.
 * @cssprop [--asw-color-text=inherit] - Text colour of cards and inline blocks.
 * @cssprop [--asw-color-muted] - Colour of the "Ad" tag in cards and inline blocks.
 * @cssprop [--asw-color-border] - Border of the card.
 * @cssprop [--asw-color-surface=transparent] - Background of the card.
 * @cssprop [--asw-color-focus=light-dark(#1a5fd0, #8ab4f8)] - Focus ring (in the bar, the contrast colour is used).
 * @cssprop [--asw-font-size-small=0.875em] - Font size of the bar and the countdown.
 * @cssprop [--asw-font-weight-strong=600] - Weight of the headline, price and call to action.
 * @cssprop [--asw-radius=0.5rem] - Corners of the card, the call to action and the close button.
 * @cssprop [--asw-space-xs=0.25rem] - Small gaps.
 * @cssprop [--asw-space-s=0.5rem] - Gaps between the pieces.
 * @cssprop [--asw-space-m=1rem] - Padding.
 */
export class PromoBanner extends WidgetElement {
  /** @internal */
  protected static override localeChunk = 'promo-banner';

  /**
   * One of the article's offers: `new-customer`, `adult-acne` or `customized-treatment`.
   * @type {'new-customer' | 'adult-acne' | 'customized-treatment' | undefined}
   */
  @property({ reflect: true }) preset?: string;

  /**
   * The layout: `bar` (default, a slim strip for the top of a page), `card` or `inline`.
   * @type {'bar' | 'card' | 'inline' | undefined}
   */
  @property({ reflect: true }) variant?: string;

  /** Where the call to action goes: an `http:`, `https:` or relative URL. */
  @property({ reflect: true }) href?: string;

  /** The call to action's label, replacing the preset's ("Get started") or the neutral "Learn more". */
  @property({ attribute: 'cta-label', reflect: true }) ctaLabel?: string;

  /** A headline of the site owner's own (plain text; use the `headline` slot for markup). */
  @property({ reflect: true }) headline?: string;

  /** Text of the site owner's own under the headline (plain text; use the `body` slot for markup). */
  @property({ reflect: true }) body?: string;

  /** The price's amount, a number such as `15` or `9.99`. */
  @property({ attribute: 'price-amount', reflect: true }) priceAmount?: string;

  /** The price's ISO 4217 currency code; default `USD`. */
  @property({ attribute: 'price-currency', reflect: true }) priceCurrency?: string;

  /**
   * How often the price is paid: `month`, `year`, `week`, `day` or `once` (default, the amount alone).
   * @type {'month' | 'year' | 'week' | 'day' | 'once' | undefined}
   */
  @property({ attribute: 'price-period', reflect: true }) pricePeriod?: string;

  /** Adds a close button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** The name a dismissal is remembered under; banners that share it are dismissed together. */
  @property({ attribute: 'dismiss-key', reflect: true }) dismissKey?: string;

  /** For how many days a dismissal is remembered (default 30, at most 365; 0 for this page view only). */
  @property({ attribute: 'dismiss-days', reflect: true }) dismissDays?: string;

  /** The first moment the banner shows: an ISO 8601 date (`2025-06-01`) or date-time; one that cannot be read hides the banner. */
  @property({ reflect: true }) starts?: string;

  /** When the banner stops showing: an ISO 8601 date (shown through that day) or date-time; one that cannot be read hides the banner. */
  @property({ reflect: true }) ends?: string;

  /** Shows the time left until `ends` ("Offer ends in 2 days"). Needs `ends`. */
  @property({ type: Boolean, reflect: true }) countdown = false;

  /** Campaign source, added to the link as `utm_source`. */
  @property({ attribute: 'utm-source', reflect: true }) utmSource?: string;
  /** Campaign medium, added to the link as `utm_medium`. */
  @property({ attribute: 'utm-medium', reflect: true }) utmMedium?: string;
  /** Campaign name, added to the link as `utm_campaign`. */
  @property({ attribute: 'utm-campaign', reflect: true }) utmCampaign?: string;
  /** Campaign content, added to the link as `utm_content`. */
  @property({ attribute: 'utm-content', reflect: true }) utmContent?: string;
  /** Campaign term, added to the link as `utm_term`. */
  @property({ attribute: 'utm-term', reflect: true }) utmTerm?: string;

  /** The banner's name in the events' `detail.id`. */
  @property({ attribute: 'promo-id', reflect: true }) promoId?: string;

  static override styles = [...WidgetElement.styles, contentStyles, promoBannerStyles];

  @state() private dismissed = false;
  /** Dismissed by the reader on this element, whatever storage kept. */
  private dismissedHere = false;
  private inWindow = true;
  private recheck = true;
  private layout: PromoVariant = 'bar';
  private shownPreset?: PromoPreset;
  private content: PromoContent = {};
  private ctaHref?: string;
  private endsBound?: ScheduleBound;
  private countdownTimer?: ReturnType<typeof setInterval>;
  /** Where a page has removed attachInternals, the banner hides itself with its own style instead (see `updated`). */
  private readonly internals = (() => {
    try {
      return this.attachInternals();
    } catch {
      return undefined;
    }
  })();
  private readonly impression = new ImpressionController(this, () =>
    this.emit<PromoImpressionDetail>('promo-impression', this.eventDetail()),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (or on a new one, in a single-page app): the schedule and storage may differ.
    this.recheck = true;
    this.requestUpdate();
    // Closing one banner closes every banner with its dismiss-key, at once.
    this.stopHearingDismissals = onDismissal((key) => {
      if (key !== this.dismissKey?.trim()) return;
      this.recheck = true;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCountdown();
    this.stopHearingDismissals?.();
  }

  private stopHearingDismissals?: () => void;

  private get shown(): boolean {
    return this.inWindow && !this.dismissed;
  }

  /** Parses an attribute, warning once (naming it) when its value is unusable. */
  private parsed<T>(attribute: string, value: string | undefined, parse: (value: string) => T | undefined, instead: string) {
    if (value == null) return undefined;
    const result = parse(value);
    if (result === undefined) this.warnInvalid(attribute, value, instead);
    return result;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.layout =
      this.parsed('variant', this.variant, (v) => parseEnum(v, PROMO_VARIANTS), 'expected bar, card or inline; the bar is shown.') ?? 'bar';
    this.content = this.resolveContent();
    this.ctaHref = this.resolveHref();
    if (this.recheck || changed.has('starts') || changed.has('ends')) this.checkSchedule();
    if (this.recheck || changed.has('dismissKey') || changed.has('dismissDays')) {
      const key = this.rememberedKey();
      // Parsed even without a key, so an unusable value warns now rather than on the reader's click.
      const days = this.rememberedDays();
      this.dismissed = this.dismissedHere || (key !== undefined && isDismissed(key, days));
    }
    if (this.countdown && !this.endsBound) {
      this.warnInvalid('countdown', this.getAttribute('countdown') ?? '', 'a countdown needs a valid ends date; none is shown.');
    }
    this.recheck = false;
  }

  override updated(): void {
    const shown = this.shown;
    // Without internals (a page removed attachInternals) or custom states, this throws, and the
    // banner's own style hides it instead.
    try {
      if (shown) this.internals!.states.delete('inactive');
      else this.internals!.states.add('inactive');
    } catch {
      this.style.display = shown ? '' : 'none';
    }
    this.impression.watch(shown);
    // Only while on the page: an update can run after a removal, and nothing would stop the timer.
    if (shown && this.isConnected && this.countdown && this.endsBound && this.endsBound.at > Date.now()) this.startCountdown();
    else this.stopCountdown();
  }

  private hasSlotted(name: string): boolean {
    // A server render has no light DOM to look in; the server-rendering helper leaves a banner
    // with slotted content for the browser to render.
    if (isServer) return false;
    return this.querySelector(`:scope > [slot="${name}"]`) !== null;
  }

  private resolveContent(): PromoContent {
    const ownContent =
      !!this.headline?.trim() ||
      !!this.body?.trim() ||
      parseAmount(this.priceAmount) !== undefined ||
      this.hasSlotted('headline') ||
      this.hasSlotted('body');
    const chosen = this.parsed(
      'preset',
      this.preset,
      (v) => parseEnum(v, PROMO_PRESETS),
      `expected ${PROMO_PRESETS.join(', ')}; ${ownContent ? 'the banner shows its own content' : 'the first offer is shown'}.`,
    );
    this.shownPreset = chosen ?? (ownContent ? undefined : PROMO_PRESETS[0]);
    const preset = this.shownPreset ? presetContent(this.shownPreset) : {};
    return {
      headline: this.headline?.trim() || preset.headline,
      body: this.body?.trim() || preset.body,
      price: this.resolvePrice(preset.price),
      ctaLabel: this.ctaLabel?.trim() || preset.ctaLabel,
    };
  }

  /** The price from the `price-*` attributes over the preset's; an unusable attribute is ignored. */
  private resolvePrice(preset?: Price): Price | undefined {
    const ignored = 'it is ignored.';
    const amount =
      this.parsed('price-amount', this.priceAmount, parseAmount, `expected a number such as 15 or 9.99; ${ignored}`) ??
      preset?.amount;
    const currency =
      this.parsed('price-currency', this.priceCurrency, parseCurrency, `expected a currency code such as USD or EUR; ${ignored}`) ??
      preset?.currency ??
      'USD';
    const period =
      this.parsed('price-period', this.pricePeriod, (v) => parseEnum(v, PRICE_PERIODS), `expected month, year, week, day or once; ${ignored}`) ??
      preset?.period ??
      'once';
    return amount === undefined ? undefined : { amount, currency, period };
  }

  private resolveHref(): string | undefined {
    const url = this.parsed(
      'href',
      this.href,
      (v) => parseSafeUrl(v, CTA_PROTOCOLS),
      'only http:, https: and relative URLs are linked; the call to action is left out.',
    );
    if (this.href == null && this.content.ctaLabel) {
      this.warnInvalid('href', undefined, `the call to action "${this.content.ctaLabel}" needs a link; it is left out.`);
    }
    return (
      url &&
      withCampaign(url, {
        'utm-source': this.utmSource,
        'utm-medium': this.utmMedium,
        'utm-campaign': this.utmCampaign,
        'utm-content': this.utmContent,
        'utm-term': this.utmTerm,
      })
    );
  }

  /**
   * Whether now is in the offer's window. A `starts` or `ends` that cannot be read (`2099-02-30`)
   * hides the offer: a limited-time offer must not run open-ended on a typo.
   */
  private checkSchedule(): void {
    const hidden = 'expected an ISO 8601 date or date-time such as "2025-06-01" or "2025-06-01T09:00:00Z"; the offer is not shown.';
    const starts = this.parsed('starts', this.starts, (v) => parseBound(v, 'starts'), hidden);
    this.endsBound = this.parsed('ends', this.ends, (v) => parseBound(v, 'ends'), hidden);
    if (starts && this.endsBound && this.endsBound.at <= starts.at) {
      this.warnInvalid('ends', this.ends, 'ends is not after starts, so the banner is never shown.');
    }
    const unreadable = (this.starts != null && !starts) || (this.ends != null && !this.endsBound);
    this.inWindow = !unreadable && isWithinSchedule(Date.now(), starts, this.endsBound);
  }

  /** The key a dismissal is stored under, if it is stored at all. */
  private rememberedKey(): string | undefined {
    if (this.dismissKey != null && !this.dismissKey.trim()) {
      this.warnInvalid('dismiss-key', this.dismissKey, 'expected a name; a dismissal lasts for this page view only.');
    }
    return this.dismissKey?.trim() || undefined;
  }

  private rememberedDays(): number {
    const days =
      this.parsed('dismiss-days', this.dismissDays, parseAmount, `expected a number of days, 0 or more; ${DEFAULT_DISMISS_DAYS} days are used.`) ??
      DEFAULT_DISMISS_DAYS;
    if (days > MAX_DISMISS_DAYS) this.warnInvalid('dismiss-days', this.dismissDays, `a dismissal is kept ${MAX_DISMISS_DAYS} days at most.`);
    return Math.min(days, MAX_DISMISS_DAYS);
  }

  private startCountdown(): void {
    this.countdownTimer ??= setInterval(() => this.requestUpdate(), COUNTDOWN_REFRESH_MS);
  }

  private stopCountdown(): void {
    clearInterval(this.countdownTimer);
    this.countdownTimer = undefined;
  }

  private eventDetail(): PromoEventDetail {
    return {
      id: this.promoId?.trim() || this.dismissKey?.trim() || this.shownPreset || 'custom',
      preset: this.shownPreset,
      href: this.ctaHref,
      variant: this.layout,
    };
  }

  /** A click (Enter included) or a middle click (`auxclick`) that follows the call to action. */
  private readonly onCtaActivate = (event: MouseEvent): void => {
    // A right click opens the browser's menu, not the link. The middle button comes as an
    // auxclick (WebKit sends a click).
    if (event.button > 1) return;
    const detail: PromoClickDetail = {
      ...this.eventDetail(),
      href: this.ctaHref!,
      opens: event.button === 1 || event.ctrlKey || event.metaKey ? 'new-tab' : event.shiftKey ? 'new-window' : 'this-tab',
      input: this.enterPressed ? 'keyboard' : 'pointer',
    };
    this.enterPressed = false;
    if (this.emit('promo-click', detail, { cancelable: true }).defaultPrevented) event.preventDefault();
  };

  /** Whether the click that follows comes from Enter (engines differ in what such a click says of itself). */
  private enterPressed = false;

  private readonly onDismiss = async (): Promise<void> => {
    const hadFocus = this.matches(':focus-within');
    const key = this.rememberedKey();
    const days = this.rememberedDays();
    const stored = key !== undefined && rememberDismissal(key, days);
    this.dismissedHere = true;
    this.dismissed = true;
    this.emit<PromoDismissDetail>('promo-dismiss', { ...this.eventDetail(), dismissKey: key, days: stored ? days : 0 });
    await this.updateComplete;
    const active = document.activeElement;
    if (hadFocus && (!active || active === document.body || active === this)) focusPast(this);
  };

  private renderPrice(price: Price) {
    const { short, long } = formatPrice(price, getLocale());
    return html`<span part="price" class="price"
      ><span aria-hidden="true">${short}</span><span class="visually-hidden">${long}</span></span
    >`;
  }

  private renderMessage() {
    const { headline, body, price } = this.content;
    const slottedHeadline = this.hasSlotted('headline');
    const priceInHeadline = !slottedHeadline && !!price && !!headline?.includes(MARKUP_PLACEHOLDER);
    const priceMarkup = price ? this.renderPrice(price) : html``;
    const headlineText = headline?.includes(MARKUP_PLACEHOLDER) ? withMarkup(headline, priceMarkup) : headline;
    return html`<div class="message">
      <span part="label" class="label" aria-hidden="true">${msg('Ad', {
        id: 'promo-banner.ad-tag',
        desc: 'Short visible tag marking a banner as an advertisement.',
      })}</span>
      <p part="headline" class="headline" id="headline" ?hidden=${!slottedHeadline && !headline}
        ><slot name="headline" @slotchange=${() => this.requestUpdate()}>${headlineText ?? nothing}</slot></p
      >
      ${price && !priceInHeadline ? html`<p class="price-line">${priceMarkup}</p>` : nothing}
      <p part="body" class="body" ?hidden=${!this.hasSlotted('body') && !body}
        ><slot name="body" @slotchange=${() => this.requestUpdate()}>${body ?? nothing}</slot></p
      >
      ${this.renderCountdown()}
    </div>`;
  }

  private renderCountdown() {
    if (!this.countdown || !this.endsBound) return nothing;
    const left = timeLeft(this.endsBound.at, Date.now(), getLocale());
    const time = html`<time datetime=${this.endsBound.datetime}>${left}</time>`;
    const sentence = left === undefined ? offerEndedSentence() : withMarkup(countdownSentence(), time);
    return html`<p part="countdown note" class="countdown">${sentence}</p>`;
  }

  private renderCta() {
    if (!this.ctaHref) return nothing;
    return html`<a
      part="cta link"
      class="cta"
      href=${this.ctaHref}
      rel="sponsored noopener"
      @click=${this.onCtaActivate}
      @auxclick=${this.onCtaActivate}
      @keydown=${(event: KeyboardEvent) => (this.enterPressed = event.key === 'Enter')}
      >${this.content.ctaLabel ?? neutralCtaLabel()}</a
    >`;
  }

  private renderDismiss() {
    if (!this.dismissible) return nothing;
    return html`<button
      part="dismiss button"
      class="dismiss"
      type="button"
      aria-label=${msg('Dismiss advertisement', {
        id: 'promo-banner.dismiss',
        desc: 'Accessible name of the button that closes an advertisement banner.',
      })}
      @click=${this.onDismiss}
    >
      <svg part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
      </svg>
    </button>`;
  }

  override render() {
    if (!this.shown) return nothing;
    // Named "Advertisement" and its headline, so that several offers on one page are distinct
    // landmarks that all announce themselves as advertisements.
    return html`<section part="base" class="promo ${this.layout}" aria-labelledby="region-name headline">
      <span id="region-name" hidden
        >${msg('Advertisement', {
          id: 'promo-banner.region-name',
          desc: 'Accessible name of the region that holds a promotional offer; the headline follows it.',
        })}</span
      >
      <div class="content">${this.renderMessage()} ${this.renderCta()}</div>
      ${this.renderDismiss()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'promo-banner': PromoBanner;
  }
  interface HTMLElementEventMap {
    'promo-impression': CustomEvent<PromoImpressionDetail>;
    'promo-click': CustomEvent<PromoClickDetail>;
    'promo-dismiss': CustomEvent<PromoDismissDetail>;
  }
}
