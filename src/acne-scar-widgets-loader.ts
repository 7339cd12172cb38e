/**
 * The on-demand one-tag bundle: `<script type="module" src=".../acne-scar-widgets-loader.js">`
 * defines each element when its tag first appears on the page, loading only that element's code
 * (and Lit, once) from the `loader/` folder beside this file. A page with a byline alone loads the
 * byline's code, not the article's. `acne-scar-widgets.js` is the same library as one file, for
 * pages that show most of the elements (the whole article): one request instead of a few.
 *
 * Tags in the document are found at once and as they are added later (a `MutationObserver`). Tags
 * inside another component's shadow root cannot be seen from the document: call
 * `loadWidgets(shadowRoot)` for those, or load `acne-scar-widgets.js`.
 */
import type { WidgetTag } from './core/tags.js';
import type { LocaleMessages } from './core/locale.js';

/** Each element's module, as a chunk of its own (shared code, Lit included, in chunks they share). */
const ELEMENTS: Record<WidgetTag, () => Promise<unknown>> = {
  'med-review': () => import('./define/med-review.js'),
  'promo-banner': () => import('./define/promo-banner.js'),
  'scar-types': () => import('./define/scar-types.js'),
  'microneedling-facts': () => import('./define/microneedling-facts.js'),
  'microneedling-evidence': () => import('./define/microneedling-evidence.js'),
  'microneedling-candidacy': () => import('./define/microneedling-candidacy.js'),
  'scar-treatments': () => import('./define/scar-treatments.js'),
  'scar-prevention': () => import('./define/scar-prevention.js'),
  'med-disclaimer': () => import('./define/med-disclaimer.js'),
  'acne-scar-article': () => import('./define/acne-scar-article.js'),
};

const TAGS = Object.keys(ELEMENTS) as WidgetTag[];
/** The library's tags not defined yet: once an element is defined, its tag no longer matches. */
const UNDEFINED = TAGS.map((tag) => `${tag}:not(:defined)`).join(',');
const loads = new Map<WidgetTag, Promise<void>>();
const failed = new Set<WidgetTag>();

function load(tag: WidgetTag): Promise<void> {
  let loading = loads.get(tag);
  if (!loading) {
    loading = ELEMENTS[tag]().then(
      () => undefined,
      (error: unknown) => {
        // Not cached: the next time the tag appears (or loadWidgets is called), it is tried again,
        // and a failure is reported once, as warnOncePerPage does (not imported: no Lit here).
        loads.delete(tag);
        if (failed.has(tag)) return;
        failed.add(tag);
        console.warn(`acne-scar-widgets: <${tag}> could not be loaded (${String(error)}); it stays undefined.`);
      },
    );
    loads.set(tag, loading);
  }
  return loading;
}

/**
 * Loads and defines every library element in `root` (the document by default, or a shadow root
 * the loader cannot see into) that is not defined yet. Resolves when they are defined; never
 * rejects: an element whose code fails to load is reported in the console and left undefined.
 */
export function loadWidgets(root: ParentNode = document): Promise<void> {
  const found = new Set<WidgetTag>();
  if (root instanceof Element && root.matches(UNDEFINED)) found.add(root.localName as WidgetTag);
  for (const element of root.querySelectorAll(UNDEFINED)) found.add(element.localName as WidgetTag);
  return Promise.all([...found].map(load)).then(() => undefined);
}

/**
 * `setLocale` of `acne-scar-widgets.js`, loaded on demand from the chunk the elements share (so
 * nothing is loaded twice): shows every widget in `locale`, or follows `<html lang>` again with
 * `null`. Resolves when the widgets show it; never rejects.
 */
export async function setLocale(locale: string | null): Promise<void> {
  const { setLocale: set } = await import('./core/locale.js');
  return set(locale);
}

/**
 * `registerLocale` of `acne-scar-widgets.js`, loaded on demand: adds a locale without rebuilding
 * the library (see "Adding a language without rebuilding" in docs/translators.md). Resolves once
 * registered.
 */
export async function registerLocale(
  locale: string,
  messages: LocaleMessages | (() => Promise<LocaleMessages>),
): Promise<void> {
  const { registerLocale: register } = await import('./core/locale.js');
  register(locale, messages);
}

if (typeof document !== 'undefined') {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void loadWidgets(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  void loadWidgets();
  // Once every element is defined there is nothing left to look for: the page's later changes
  // (a framework re-rendering, an infinite list) no longer pass through the loader.
  void Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))).then(() => observer.disconnect());
}
