import { LitElement, type CSSResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LIBRARY_MARK } from './define.js';
import { DirectionController } from './direction.js';
import { needLocaleChunk, startLocalization, whenFirstLocaleReady } from './locale.js';
import { baseStyles, tokens } from './tokens.js';
import { VERSION } from './version.js';
import { warnInvalidAttribute } from './warn.js';
import { parseHeadingLevel, type HeadingLevel } from './attributes.js';

/**
 * Resolves in a new task, ahead of other queued work where the browser can say so
 * (`scheduler.yield()`), and within 50 ms whatever a page has done to `scheduler`.
 */
function yieldToMain(): Promise<void> {
  const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  try {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof scheduler?.yield === 'function') return Promise.race([scheduler.yield().catch(() => {}), after(50)]);
  } catch {
    // A yield that throws is no yield: a task of its own is.
  }
  return after(0);
}

/**
 * Whether a widget on the page itself has first rendered in this task: the next one waits for a
 * task of its own, so that widgets defined together (the bundle defines every tag at once) never
 * hold the main thread in one long task. Cleared when the task is over.
 */
let pageWidgetRenderedThisTask = false;

/** Claims this task's first render for a widget on the page itself; false when one has it already. */
function claimRenderTask(): boolean {
  if (pageWidgetRenderedThisTask) return false;
  pageWidgetRenderedThisTask = true;
  setTimeout(() => (pageWidgetRenderedThisTask = false));
  return true;
}

/**
 * Stops the CSS animations a page's `:not(:defined)` rules started on the element before it was
 * defined, now that those rules no longer apply (the site owners' anti-flash reveal, the released
 * space). Chromium and Firefox stop them when the element is defined; WebKit lets them run on, so
 * the reveal keeps a rendered widget hidden until its 1.5 s are up.
 */
function stopAnimationsOfUndefined(element: HTMLElement): void {
  try {
    let applying: string[] | undefined;
    for (const animation of element.getAnimations()) {
      const name = (animation as CSSAnimation).animationName;
      if (!name) continue;
      applying ??= getComputedStyle(element).animationName.split(', ');
      if (!applying.includes(name)) animation.cancel();
    }
  } catch {
    // A browser or a page without the Web Animations API keeps whatever its own rules do.
  }
}

/** Each document's own copies of the library's style sheets (see `restyle`). */
const sheetCopies = new WeakMap<Document, Map<unknown, CSSStyleSheet>>();

/**
 * The element's style sheets as `root`'s document can adopt them. A constructed sheet belongs to
 * the document it was made in, and a browser drops it from a shadow root that moves to another
 * (a same-origin frame, `adoptNode`); there the element gets copies made in that document, once
 * per document. A document without a window (`DOMParser`'s) gets none until the element is home.
 */
function restyle(root: ShadowRoot, styles: readonly (CSSResult | CSSStyleSheet)[]): void {
  const home = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  try {
    root.adoptedStyleSheets = home;
    return;
  } catch {
    // Another document's: copies below.
  }
  const doc = root.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let copies = sheetCopies.get(doc);
  if (!copies) sheetCopies.set(doc, (copies = new Map()));
  try {
    root.adoptedStyleSheets = styles.map((style) => {
      let copy = copies.get(style);
      if (!copy) {
        copy = new view.CSSStyleSheet();
        copy.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
        copies.set(style, copy);
      }
      return copy;
    });
  } catch {
    // A document that takes no sheets at all shows the element unstyled rather than throwing.
  }
}

/**
 * The thin base every element extends: shared tokens and base styles, re-rendering when the locale
 * changes, a first render that waits for the page's locale (no flash of English), right-to-left
 * layout for right-to-left locales, and helpers for warnings and events.
 */
export class WidgetElement extends LitElement {
  /** @internal Which version of the library defined the class, read by `defineElement`. */
  static [LIBRARY_MARK] = VERSION;

  static override styles = [tokens, baseStyles];

  /**
   * Where the element's translations are: `locales/<locale>/<localeChunk>.js`, its tag name (the
   * build splits each locale by the folder a message is written in).
   */
  protected static localeChunk?: string;

  /**
   * Attributes whose property has another name, where the attribute's name is a plain name a page
   * or a framework sets as a property (`updated` on `<med-review>`, whose property is
   * `lastUpdated`): attribute → property. Made by `finalize`.
   */
  private static attributeAliases?: Map<string, PropertyKey>;

  /**
   * Gives every such attribute a property of its own name that sets the real one, so that
   * `element.updated = '2021-03-11'` (what React and Preact do for a name the element has) works
   * like the attribute. Where the name is one of Lit's lifecycle hooks (`updated`), reading it
   * still gives the hook: a page's value never shadows it.
   */
  protected static override finalize(): void {
    super.finalize();
    if (this.hasOwnProperty('attributeAliases')) return;
    const aliases = (this.attributeAliases = new Map());
    for (const [property, { attribute }] of this.elementProperties) {
      // A plain name (`updated`), not the property's own, nor one with a dash (`heading-level`).
      if (typeof attribute != 'string' || attribute == property || !/^\w+$/.test(attribute)) continue;
      aliases.set(attribute, property);
      const hook: unknown = (this.prototype as never)[attribute];
      Object.defineProperty(this.prototype, attribute, {
        get(this: Record<PropertyKey, unknown>) {
          return typeof hook == 'function' ? hook : this[property];
        },
        set(this: Record<PropertyKey, unknown>, value: unknown) {
          this[property] = value;
        },
      });
    }
  }

  /**
   * The `min-block-size` the page reserved for the element while it was undefined (its
   * `:not(:defined)` rules), kept on the element until its first render when that waits a task:
   * defined, it no longer matches those rules, and the space would be empty for a frame.
   */
  private reservedSize?: string;

  /** Whether the page's rules for the undefined element started CSS animations on it (see `stopAnimationsOfUndefined`). */
  private animatedWhileUndefined = false;

  constructor() {
    super();
    // Upgrading, the element is not yet `:defined` while its constructor runs: the one moment the
    // page's rules for it can be read (a style, not a layout). An element made once defined (the
    // article's blocks, a page's createElement) never matched them: nothing to read.
    if (this.isConnected) {
      try {
        const style = getComputedStyle(this);
        // `auto`, `0px` and none are no reservation.
        if (parseFloat(style.minBlockSize)) this.reservedSize = style.minBlockSize;
        this.animatedWhileUndefined = !!style.animationName && style.animationName != 'none';
      } catch {
        // A document without styles reserves nothing.
      }
    }
    // A value set before the element was defined sits on the instance itself, where it would hide
    // the accessor (and, named `updated`, Lit's hook): hand it to the property, as if set now.
    // Lit does the same for the properties it declares.
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const [attribute, property] of (this.constructor as typeof WidgetElement).attributeAliases ?? []) {
      if (!this.hasOwnProperty(attribute)) continue;
      const value = self[attribute];
      delete self[attribute];
      self[property] = value;
    }
    updateWhenLocaleChanges(this);
    new DirectionController(this);
  }

  /** What the first render waits for: the page's locale and this element's messages in it. */
  private firstRenderReady?: Promise<void>;

  /**
   * The shadow root with the element's styles adopted in whatever document it is in: made in one
   * document and first connected in another, Lit's own adopting would throw.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    try {
      return super.createRenderRoot();
    } catch {
      this.adoptedCallback();
      return this.shadowRoot!;
    }
  }

  /** Moved into another document (or back home): the browser dropped the styles; adopt them again. */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles as (CSSResult | CSSStyleSheet)[]);
  }

  override connectedCallback(): void {
    // Declared before localization starts, so that the first locale loads this element's chunk too.
    const localeReady = this.localeReady();
    if (!this.hasUpdated) this.firstRenderReady = localeReady;
    void startLocalization();
    super.connectedCallback();
  }

  protected override async scheduleUpdate(): Promise<void> {
    const first = !this.hasUpdated;
    // Only the first render waits: a later change of locale is shown once every connected
    // element's messages have loaded, and a late file re-renders its elements when it arrives.
    if (first) {
      if (this.firstRenderReady) await this.firstRenderReady;
      this.firstRenderReady = undefined;
      // Every widget first renders in a task of its own, so that neither the article's dozen
      // blocks nor widgets placed one by one hold the main thread in one long task. Inside the
      // article, which stays hidden until its blocks have all rendered, each block waits. On the
      // page itself the first widget of a task renders at once and the next waits, holding the
      // space the page reserved for it so that it is never left empty for a frame.
      if (this.insideWidget()) await yieldToMain();
      else if (!claimRenderTask()) await this.holdingReservedSpace(yieldToMain());
    }
    super.scheduleUpdate();
    // Asking for an element's animations brings the page's style up to date: only where there are some.
    if (first && this.animatedWhileUndefined) stopAnimationsOfUndefined(this);
  }

  /**
   * Waits for `wait` holding the page's reserved `min-block-size` (if any) with a spacer in the
   * shadow root, which the render follows in the same task, before any frame: the page's own markup
   * is never touched.
   */
  private async holdingReservedSpace(wait: Promise<void>): Promise<void> {
    const spacer = this.reservedSize && this.renderRoot && this.ownerDocument.createElement('div');
    if (!spacer) return wait;
    spacer.style.minBlockSize = this.reservedSize!;
    this.renderRoot.append(spacer);
    await wait;
    spacer.remove();
  }

  private insideWidget(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof WidgetElement;
  }

  /** Resolves when the element may render in the page's locale; `undefined` when it may now. */
  private localeReady(): Promise<void> | undefined {
    const chunk = (this.constructor as typeof WidgetElement).localeChunk;
    return chunk ? needLocaleChunk(chunk) : whenFirstLocaleReady();
  }

  /** Warns once that `attribute` holds an unusable value, saying what the element does instead. */
  protected warnInvalid(attribute: string, value: string | null | undefined, consequence: string) {
    warnInvalidAttribute(this, attribute, value, consequence);
  }

  /**
   * The level for the element's top heading from its `heading-level` attribute, warning once and
   * using `fallback` when the value is not a whole number from 1 to 6.
   */
  protected headingLevelFrom(value: string | number | null | undefined, fallback: HeadingLevel = 2): HeadingLevel {
    if (value == null) return fallback;
    const level = parseHeadingLevel(value);
    if (level === undefined) {
      this.warnInvalid('heading-level', String(value), `expected a whole number from 1 to 6; headings start at level ${fallback}.`);
    }
    return level ?? fallback;
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
