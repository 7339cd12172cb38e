import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LIBRARY_MARK } from './define.js';
import { startLocalization, whenFirstLocaleReady } from './locale.js';
import { baseStyles, tokens } from './tokens.js';
import { VERSION } from './version.js';
import { warnInvalidAttribute } from './warn.js';

/**
 * The thin base every element extends: shared tokens and base styles, re-rendering when the locale
 * changes, a first render that waits for the page's locale (no flash of English), and helpers for
 * warnings and events.
 */
export class WidgetElement extends LitElement {
  static [LIBRARY_MARK] = VERSION;

  static override styles = [tokens, baseStyles];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    void startLocalization();
    super.connectedCallback();
  }

  protected override async scheduleUpdate(): Promise<void> {
    const localeReady = whenFirstLocaleReady();
    if (localeReady) await localeReady;
    super.scheduleUpdate();
  }

  /** Warns once that `attribute` holds an unusable value, saying what the element does instead. */
  protected warnInvalid(attribute: string, value: string | null | undefined, consequence: string) {
    warnInvalidAttribute(this, attribute, value, consequence);
  }

  /** Dispatches an event that bubbles out of shadow roots to the host page. */
  protected emit<Detail>(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    const event = new CustomEvent<Detail>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}
