/**
 * Server-side rendering, for static-site generators and servers in Node: every element renders to
 * HTML with its shadow root written out as declarative shadow DOM (`<template shadowrootmode>`),
 * so readers without JavaScript and search engines get the finished article, and the hydrate
 * bundle (`acne-scar-widgets-hydrate.js`) takes it over in the browser without rendering again.
 *
 * Needs `@lit-labs/ssr` (an optional peer dependency). Import this module in Node only:
 *
 * ```js
 * import { renderHtml } from 'acne-scar-widgets/ssr';
 * const body = await renderHtml('<med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>', {
 *   locale: 'es',
 *   baseUrl: 'https://example.com/articles/acne-scars',
 * });
 * ```
 */
import { createHash } from 'node:crypto';
import { html as serverHtml, LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResult, ReactiveElement, TemplateResult } from 'lit';
import { unsafeStatic, withStatic } from 'lit/static-html.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../define/med-review.js';
import '../define/promo-banner.js';
import '../define/scar-types.js';
import '../define/microneedling-facts.js';
import '../define/microneedling-evidence.js';
import '../define/microneedling-candidacy.js';
import '../define/scar-treatments.js';
import '../define/scar-prevention.js';
import '../define/med-disclaimer.js';
import '../define/acne-scar-article.js';
import { setServerPageUrl } from '../core/attributes.js';
import { WIDGET_TAGS, type WidgetTag } from '../core/tags.js';
import { getLocale, localeDirection, needLocaleChunks, resolveLocale, setLocale, SOURCE_LOCALE } from '../core/locale.js';
import { warnOncePerPage } from '../core/warn.js';
import { jsonLdText, structuredDataNow, type StructuredDataOptions } from '../core/structured-data.js';

/** The library's elements: the ones these helpers render. Any other tag is left as it is written. */
export { WIDGET_TAGS, type WidgetTag };

/** An attribute's value: `true` writes the attribute bare, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface ServerRenderOptions {
  /**
   * The language to render in: any BCP 47 tag, resolved as the browser resolves `<html lang>`
   * (`es-MX` shows `es`). Use the page's own `<html lang>`, so the browser takes the page over in
   * the same language. Default: the `<html lang>` of a whole document given to `renderHtml`, else
   * English.
   */
  locale?: string;
  /**
   * The address the page will have, e.g. `https://example.com/articles/acne-scars`. Relative
   * links (`href`, `promo-href`, `editorial-href`) are resolved against it, as the browser resolves
   * them on that page.
   */
  baseUrl?: string | URL;
  /**
   * `renderHtml` only: whether `<acne-scar-article>` gets the article's schema.org
   * `MedicalWebPage` data, as a `<script type="application/ld+json">` just before it (see
   * `renderStructuredData`): `url` is `baseUrl`, and the article's `source-href` and `publisher`
   * give `isBasedOn` and `publisher`. Default `true`; a page that writes its own JSON-LD sets
   * `false`. Not a script that runs: a Content-Security-Policy and Trusted Types leave it alone.
   */
  structuredData?: boolean;
}

const isWidgetTag = (tag: string): tag is WidgetTag => (WIDGET_TAGS as readonly string[]).includes(tag);

/**
 * Attribute names that are safe to write into markup. Event-handler attributes (`on…`) are left
 * out: they would run script, and no element of the library reads one.
 */
const SAFE_ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_.:-]*$/;
const isSafeAttributeName = (name: string) => SAFE_ATTRIBUTE_NAME.test(name) && !name.startsWith('on');

/**
 * A banner's schedule and countdown depend on the moment the reader sees it, not the moment the
 * page was built: such banners are left for the browser to render, so it never takes over an
 * offer that has since started, ended or moved on.
 */
const TIME_DEPENDENT_PROMO_ATTRIBUTES = ['starts', 'ends', 'countdown'];

LitElementRenderer.renderOptions.push((element) =>
  element.localName === 'promo-banner' &&
  TIME_DEPENDENT_PROMO_ATTRIBUTES.some((name) => element.hasAttribute(name))
    ? { disableSsr: true }
    : undefined,
);

/** Server-only templates (no hydration markers of their own) that accept static tag and attribute names. */
const staticServerHtml = withStatic(
  // withStatic's types expect Lit's own tag; it passes the joined strings to whichever tag it wraps.
  serverHtml as unknown as (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult<1>,
);

// Elements never connect on a server: every locale this module shows loads every element's messages.
needLocaleChunks(WIDGET_TAGS);

/*
 * The active locale and the page's address are global to the library, so renders take turns: a
 * render in Spanish never sees the locale of another that started while it was waiting.
 */
let turn: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = turn.then(task);
  turn = result.catch(() => undefined);
  return result;
}

/** Shows `requested` (resolved to an available locale) and sets the page's address; returns the locale. */
async function prepare(requested: string | undefined, baseUrl: string | URL | undefined): Promise<string> {
  let pageUrl: string | undefined;
  if (baseUrl !== undefined) {
    try {
      pageUrl = new URL(String(baseUrl)).href;
    } catch {
      warnOncePerPage(
        `ssr-base:${String(baseUrl)}`,
        `baseUrl ${JSON.stringify(String(baseUrl))} is not an absolute URL; relative links are resolved against https://localhost/.`,
      );
    }
  }
  setServerPageUrl(pageUrl);
  const locale = resolveLocale(requested);
  if (requested && locale === SOURCE_LOCALE && requested.trim().split(/[-_]/)[0].toLowerCase() !== 'en') {
    warnOncePerPage(`ssr-locale:${requested}`, `there are no "${requested}" translations; the widgets are rendered in English.`);
  }
  await setLocale(locale);
  if (getLocale() !== locale) {
    // The locale's file could not be loaded (already warned): English, rather than whichever
    // locale the previous render left.
    await setLocale(SOURCE_LOCALE);
  }
  return getLocale();
}

/** The server-only template of one element with these attributes (values escaped on output). */
function elementTemplate(tag: WidgetTag, attributes: Iterable<[string, AttributeValue]>) {
  const pieces: unknown[] = [unsafeStatic(`<${tag}`)];
  for (const [rawName, value] of attributes) {
    const name = rawName.toLowerCase();
    if (!isSafeAttributeName(name)) {
      warnOncePerPage(
        `ssr-attribute:${tag}:${rawName}`,
        `<${tag}> attribute name ${JSON.stringify(rawName)} is not written by the server render (not a plain attribute name, or an event handler).`,
      );
      continue;
    }
    if (value === false || value == null) continue;
    if (value === true) pieces.push(unsafeStatic(` ${name}`));
    else pieces.push(unsafeStatic(` ${name}=`), String(value));
  }
  pieces.push(unsafeStatic(`></${tag}>`));
  // Every piece is a value: the strings around them are all empty.
  const strings = Object.assign(new Array<string>(pieces.length + 1).fill(''), { raw: [] as string[] });
  strings.raw = [...strings];
  return staticServerHtml(strings as unknown as TemplateStringsArray, ...pieces);
}

/** Attributes with the writing direction added for a right-to-left locale, when nothing above sets one. */
function withDirection(
  attributes: Array<[string, AttributeValue]>,
  locale: string,
  directionAbove: boolean,
): Array<[string, AttributeValue]> {
  const hasDir = attributes.some(([name]) => name.toLowerCase() === 'dir');
  if (hasDir || directionAbove || localeDirection(locale) !== 'rtl') return attributes;
  // What the element's own direction logic writes in the browser, so the page is laid out right
  // to left before any script runs.
  return [...attributes, ['dir', 'rtl']];
}

async function renderOne(tag: WidgetTag, attributes: Array<[string, AttributeValue]>): Promise<string> {
  return collectResult(render(elementTemplate(tag, attributes)));
}

/** The data block of the article's structured data, in the locale showing now; `url` is the page's address. */
function dataBlock(baseUrl: string | URL | undefined, sourceHref: string | undefined, publisher: string | undefined): string {
  const data = structuredDataNow({ url: baseUrl === undefined ? undefined : String(baseUrl), sourceHref, publisher });
  return `<script type="application/ld+json">${jsonLdText(data)}</script>`;
}

/**
 * The article's schema.org `MedicalWebPage` data as a `<script type="application/ld+json">` data
 * block, in the given locale, for pages that render the article with `renderElement` or
 * `renderToString` (`renderHtml` adds it by itself). `baseUrl` is the data's `url`; `sourceHref`
 * (resolved against it) and `publisher` give `isBasedOn` and `publisher`. No value can close the
 * element: `<` is written `\u003c`.
 *
 * @example
 * const head = await renderStructuredData({ locale: 'es', baseUrl: 'https://example.com/acne-scars', publisher: 'Example Health' });
 */
export function renderStructuredData(
  options: ServerRenderOptions & Pick<StructuredDataOptions, 'sourceHref' | 'publisher'> = {},
): Promise<string> {
  return oneAtATime(async () => {
    await prepare(options.locale, options.baseUrl);
    return dataBlock(options.baseUrl, options.sourceHref, options.publisher);
  });
}

/**
 * The `style-src` sources a Content-Security-Policy needs for server-rendered elements: each
 * element's shadow root carries its styles as one inline `<style>` (the browser applies them
 * before any script runs), which a policy without `'unsafe-inline'` blocks unless it lists their
 * hashes. One `'sha256-…'` per element, the same for every locale and every page:
 *
 * ```js
 * const policy = `style-src 'self' ${styleHashes().join(' ')}`;
 * ```
 */
export function styleHashes(): string[] {
  return WIDGET_TAGS.map((tag) => {
    const element = customElements.get(tag) as unknown as typeof ReactiveElement;
    // Reading observedAttributes finalizes the class, which collects its styles.
    void element.observedAttributes;
    // As @lit-labs/ssr writes them: the element's styles one after the other, in one <style>.
    const css = element.elementStyles.map((style) => (style as CSSResult).cssText).join('');
    return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  });
}

/**
 * Renders one of the library's elements, with its shadow root as declarative shadow DOM.
 * Attribute values are escaped: nothing in them can become markup. An unknown tag renders nothing
 * (with a warning); an unusable attribute value gets the element's own fallback and warning.
 *
 * @example
 * await renderElement('med-review', { reviewer: 'Kristin Hall', updated: '2021-03-11' }, { locale: 'es' });
 */
export function renderElement(
  tag: string,
  attributes: Record<string, AttributeValue> = {},
  options: ServerRenderOptions = {},
): Promise<string> {
  return oneAtATime(async () => {
    if (!isWidgetTag(tag)) {
      warnOncePerPage(`ssr-tag:${tag}`, `renderElement(${JSON.stringify(tag)}) renders the library's elements only (${WIDGET_TAGS.join(', ')}); nothing is rendered.`);
      return '';
    }
    const locale = await prepare(options.locale, options.baseUrl);
    return renderOne(tag, withDirection(Object.entries(attributes ?? {}), locale, false));
  });
}

/**
 * Renders a Lit template in Node (for sites whose pages are Lit templates), every element of the
 * library in it with its shadow root. A right-to-left locale needs `dir="rtl"` on the page or
 * around the elements: Lit templates are rendered as they are written.
 */
export function renderToString(template: unknown, options: ServerRenderOptions = {}): Promise<string> {
  return oneAtATime(async () => {
    await prepare(options.locale, options.baseUrl);
    return collectResult(render(template));
  });
}

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];

interface Replacement {
  start: number;
  end: number;
  element: ParsedElement;
  directionAbove: boolean;
}

/** Whether a banner has content of its own in slots, which a server render cannot see. */
const hasSlottedContent = (element: ParsedElement) =>
  element.childNodes.some((child) => 'attrs' in child && child.attrs.some((attribute) => attribute.name === 'slot'));

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The library's elements in `node`, outermost only, with whether an element above sets `dir`. */
function findWidgets(node: ParsedNode, directionAbove: boolean, found: Replacement[]): void {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const location = child.sourceCodeLocation;
    if (isWidgetTag(child.tagName) && child.namespaceURI !== HTML_NAMESPACE) {
      // Inside <svg> or <math> (outside a <foreignObject>) a browser makes no custom element of it,
      // and a <style> rendered there would style the whole page: it stays as written.
      warnOncePerPage(
        `ssr-foreign:${child.tagName}`,
        `<${child.tagName}> inside <svg> or <math> is not HTML content, where a browser makes no element of the library; it is left as written (put it outside, or in a <foreignObject>).`,
      );
      continue;
    }
    if (isWidgetTag(child.tagName) && location?.startTag) {
      const leftForBrowser = child.tagName === 'promo-banner' && hasSlottedContent(child);
      if (!leftForBrowser) {
        found.push({ start: location.startOffset, end: location.endOffset, element: child, directionAbove });
      }
      // Children of an element are its light DOM: written back as they are.
      continue;
    }
    // A <template>'s content is inert (parse5 keeps it apart from childNodes), so it stays as written.
    findWidgets(child, directionAbove || child.attrs.some((attribute) => attribute.name === 'dir'), found);
  }
}

/**
 * Renders every element of the library in an HTML fragment or a whole document, leaving
 * everything else exactly as written: what a static-site generator, which has HTML strings,
 * needs. Each element gets its shadow root as declarative shadow DOM; its children (e.g. a
 * banner's slotted content) are kept. A `<promo-banner>` with slotted content, `starts`, `ends`
 * or `countdown` is left for the browser to render: its content depends on the reader's page or
 * clock. For a whole document, the locale defaults to its `<html lang>`. An `<acne-scar-article>`
 * gets the article's structured data just before it (see `structuredData`).
 */
export function renderHtml(markup: string, options: ServerRenderOptions = {}): Promise<string> {
  return oneAtATime(async () => {
    const source = String(markup ?? '');
    const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html)[\s>]/i.test(source);
    const tree = isDocument
      ? parse(source, { sourceCodeLocationInfo: true })
      : parseFragment(source, { sourceCodeLocationInfo: true });
    let documentLanguage: string | undefined;
    if (isDocument) {
      const htmlElement = tree.childNodes.find((node): node is ParsedElement => 'tagName' in node && node.tagName === 'html');
      documentLanguage = htmlElement?.attrs.find((attribute) => attribute.name === 'lang')?.value;
    }
    const locale = await prepare(options.locale ?? documentLanguage, options.baseUrl);
    const found: Replacement[] = [];
    findWidgets(tree, false, found);
    let output = '';
    let position = 0;
    for (const { start, end, element, directionAbove } of found.sort((a, b) => a.start - b.start)) {
      const tag = element.tagName as WidgetTag;
      const location = element.sourceCodeLocation!;
      const attributes = element.attrs.map((attribute): [string, AttributeValue] => [attribute.name, attribute.value]);
      let rendered = await renderOne(tag, withDirection(attributes, locale, directionAbove));
      if (tag === 'acne-scar-article' && options.structuredData !== false) {
        const value = (name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
        rendered = dataBlock(options.baseUrl, value('source-href'), value('publisher')) + rendered;
      }
      const closing = `</${tag}>`;
      const childrenEnd = location.endTag ? location.endTag.startOffset : end;
      const children = source.slice(location.startTag!.endOffset, childrenEnd);
      output += source.slice(position, start) + rendered.slice(0, -closing.length) + children + closing;
      position = end;
    }
    return output + source.slice(position);
  });
}
