import { isServer } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { LocaleModule, TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from '../locale-codes.js';
import { localeFilesUrl } from '../locale-files.js';
import { warnOncePerPage } from './warn.js';
import { addFigures } from './figures.js';
import { parseIsoDate } from './attributes.js';

/**
 * The message ids a locale registered with `registerLocale` does not translate (those show in
 * English), sorted; every id when the locale is not registered. Reads `locales/messages.json`
 * beside the bundle, where each id's English is.
 */
export async function missingMessages(locale: string): Promise<string[]> {
  const english = (await (await fetch(new URL('messages.json', localeFilesUrl()))).json()) as Record<string, string>;
  let tag = locale;
  try {
    [tag] = Intl.getCanonicalLocales(locale);
  } catch {
    // Not a tag: nothing is registered under it.
  }
  const load = registeredLocales.get(tag);
  const templates = load ? (await load()).templates : {};
  return Object.keys(english).filter((id) => !(id in templates)).sort();
}

/** Whether the page asks for medically reviewed translations only (`<html data-asw-translations="reviewed">`). */
function reviewedOnly(): boolean {
  return !isServer && document.documentElement.getAttribute('data-asw-translations') === 'reviewed';
}

/**
 * The medical review of the translation the widgets show: its date (`YYYY-MM-DD`), null while it
 * has not been reviewed, undefined in English, which is not a translation.
 */
export function translationReviewDate(): string | null | undefined {
  return activeLocale === SOURCE_LOCALE ? undefined : (localeReviews.get(activeLocale) ?? null);
}

/** A locale code the widgets can show: one of `LOCALES`, or one registered with `registerLocale`. */
export type LocaleCode = string;

export const SOURCE_LOCALE: LocaleCode = sourceLocale;
/** The locales the library ships: the source (English), its translations, and the pseudo-locale. */
export const LOCALES: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

/** The pseudo-locale: accented, about 40% longer, bracketed, for spotting untranslated strings and tight layouts. */
export const PSEUDO_LOCALE: LocaleCode = 'en-XA';

/**
 * Translations, as lit-localize builds them (`{ templates }`, with the medical review,
 * `review: { date: 'YYYY-MM-DD' }`, where the translation has had one), or as a plain object of
 * message id → text.
 */
export type LocaleMessages = { templates: TemplateMap; review?: { date: string } | null } | Record<string, string>;

/** Locales added by the page with `registerLocale`, each with how to load its messages. */
const registeredLocales = new Map<LocaleCode, () => Promise<LocaleModule>>();

function availableLocales(): LocaleCode[] {
  return [...LOCALES, ...registeredLocales.keys()];
}

/**
 * Picks the locale to show for a BCP 47 tag. First RFC 4647 lookup: the tag itself, then the tag
 * with its last subtag dropped, and so on (`es-MX` → `es`, `ar-EG` → `ar`). Then, for a tag that
 * names a language and no region (`pt`), the one regional variant of that language, if there is
 * only one (`pt` → `pt-BR`). A different region is never substituted (`pt-PT` does not become
 * `pt-BR`: spelling, vocabulary and usage differ, so for health information the reader gets the
 * source text instead). Anything else falls back to English, the article's language.
 */
export function resolveLocale(tag: string | null | undefined): LocaleCode {
  if (!tag) return SOURCE_LOCALE;
  const locales = availableLocales();
  const byLowerCase = new Map(locales.map((code) => [code.toLowerCase(), code] as const));
  const requested = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const subtags = [...requested];
  while (subtags.length > 0) {
    const match = byLowerCase.get(subtags.join('-'));
    if (match) return match;
    subtags.pop();
    // A lone single-letter subtag (an extension or private-use singleton) cannot end a lookup tag.
    if (subtags.length > 0 && subtags[subtags.length - 1].length === 1) subtags.pop();
  }
  const [language, ...rest] = requested;
  const namesRegion = rest.some((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag));
  if (!namesRegion) {
    const variants = locales.filter((code) => code.toLowerCase().split('-')[0] === language);
    if (variants.length === 1 && variants[0] !== PSEUDO_LOCALE) return variants[0];
  }
  return SOURCE_LOCALE;
}

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a locale. */
export function localeDirection(locale: LocaleCode): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/*
 * A small runtime in place of lit-localize's `configureLocalization`: the same `msg()` lookup and
 * the same `lit-localize-status` events (so `updateWhenLocaleChanges` re-renders elements), but
 * with a list of locales that can grow after start, for locales a page registers itself, and with
 * each locale's translations split per element: `locales/<locale>/<tag>.js`, loaded only for the
 * elements on the page (a byline alone fetches the byline's few strings, not the article's).
 */
let templates: TemplateMap | undefined;
let activeLocale: LocaleCode = SOURCE_LOCALE;
/** The locale the latest request asked for: the active one, or the one loading to replace it. */
let wantedLocale: LocaleCode = SOURCE_LOCALE;
let latestRequest = 0;
/** The locale chosen from JavaScript with `setLocale`; while unset, `<html lang>` decides. */
let chosenLocale: LocaleCode | undefined;
/** Each locale's messages, filled in as its chunks load. */
const localeTemplates = new Map<LocaleCode, TemplateMap>();
/**
 * Each locale's medical review, as its files carry it (`export const review`): the date it was
 * reviewed (`YYYY-MM-DD`), or null while it has not been. A locale registered by the page has none.
 */
const localeReviews = new Map<LocaleCode, string | null>();
/** Chunk loads by `<locale>/<chunk>` (a registered locale loads once, as `<locale>/*`). */
const chunkLoads = new Map<string, Promise<void>>();
const loadedChunks = new Set<string>();
/** The chunks of the elements that have connected: what a change of locale must load. */
const neededChunks = new Set<string>();
const failedLocales = new Set<LocaleCode>();
/** Chunks that failed to load for a locale already showing: their elements stay in English. */
const failedChunks = new Set<string>();
/** Settles when the latest change of locale has been shown, or has failed. */
let switching: Promise<void> = Promise.resolve();
/** Settles once the first locale is shown (or has failed), so elements never flash English first. */
let firstLocale: Promise<void> | undefined;
let firstLocaleShown = false;

/** A locale's messages: one object that each chunk adds to, and that `msg()` reads once shown. */
function templatesOf(locale: LocaleCode): TemplateMap {
  let map = localeTemplates.get(locale);
  if (!map) localeTemplates.set(locale, (map = {}));
  return map;
}

function chunkFileUrl(locale: string, chunk: string): string {
  return new URL(`${locale}/${chunk}.js`, localeFilesUrl()).href;
}

function announce(detail: LocaleStatusEventDetail) {
  // A server render has no window, and nothing there listens: it sets the locale before rendering.
  if (isServer) return;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
}

/**
 * Loads one chunk of a locale's messages once: from the page's registration (which holds every
 * message, so it loads once for all chunks), or from the chunk's file beside the bundle.
 */
function loadChunk(locale: LocaleCode, chunk: string): Promise<void> {
  const registered = registeredLocales.get(locale);
  const key = chunkKey(locale, chunk);
  let loading = chunkLoads.get(key);
  if (!loading) {
    const module: Promise<LocaleModule> = registered
      ? registered()
      : import(/* @vite-ignore */ chunkFileUrl(locale, chunk));
    loading = module.then(
      (loaded) => {
        Object.assign(templatesOf(locale), loaded.templates);
        addFigures(locale, (loaded as { figures?: unknown }).figures);
        // A review is a calendar day that exists; anything else is no review.
        const date = (loaded as { review?: { date?: unknown } | null }).review?.date;
        localeReviews.set(locale, typeof date === 'string' && parseIsoDate(date)?.dateOnly ? date : null);
        loadedChunks.add(key);
      },
      (error: unknown) => {
        chunkLoads.delete(key);
        throw error;
      },
    );
    chunkLoads.set(key, loading);
  }
  return loading;
}

function chunkKey(locale: LocaleCode, chunk: string): string {
  return `${locale}/${registeredLocales.has(locale) ? '*' : chunk}`;
}

/** Whether an element of `chunk` may render in `locale` now: its messages are there, or never will be. */
function chunkSettled(locale: LocaleCode, chunk: string): boolean {
  const key = chunkKey(locale, chunk);
  return locale === SOURCE_LOCALE || failedLocales.has(locale) || loadedChunks.has(key) || failedChunks.has(key);
}

function loadFailureSource(locale: LocaleCode, chunk: string): string {
  return registeredLocales.has(locale) ? 'the page\'s registerLocale()' : chunkFileUrl(locale, chunk);
}

/** Shows `locale`; the last request wins. A locale that fails to load leaves the current one. */
function switchTo(locale: LocaleCode): Promise<void> {
  switching = showLocale(locale);
  return switching;
}

async function showLocale(locale: LocaleCode): Promise<void> {
  // Counting this request first makes any slower, earlier one moot, even when this one is a no-op.
  const request = ++latestRequest;
  // A file that failed once is not fetched again on every change of <html lang>.
  if (locale === activeLocale || failedLocales.has(locale)) {
    wantedLocale = activeLocale;
    return;
  }
  wantedLocale = locale;
  announce({ status: 'loading', loadingLocale: locale });
  let chunk = '';
  try {
    if (locale !== SOURCE_LOCALE) {
      // After the script that defined the elements has run to its end: a registration it makes
      // (an application's `import 'acne-scar-widgets/translations/es.js'`, after the elements) is
      // used, rather than fetching files a bundler never copied.
      await null;
      await Promise.all(
        [...neededChunks].map((needed) => loadChunk(locale, needed).catch((error: unknown) => {
          chunk = needed;
          throw error;
        })),
      );
    }
    if (request !== latestRequest) return;
    if (locale !== SOURCE_LOCALE && reviewedOnly() && !localeReviews.get(locale)) {
      // The page shows medically reviewed translations only: English, rather than this one.
      wantedLocale = activeLocale;
      warnOncePerPage(
        `unreviewed:${locale}`,
        `the "${locale}" translation has not been medically reviewed; the widgets show English, as <html data-asw-translations="reviewed"> asks.`,
      );
      if (activeLocale !== SOURCE_LOCALE) await showLocale(SOURCE_LOCALE);
      return;
    }
    activeLocale = locale;
    templates = locale === SOURCE_LOCALE ? undefined : templatesOf(locale);
    announce({ status: 'ready', readyLocale: locale });
  } catch (error) {
    failedLocales.add(locale);
    if (request === latestRequest) wantedLocale = activeLocale;
    const from = loadFailureSource(locale, chunk);
    warnOncePerPage(
      `locale:${locale}`,
      `the "${locale}" translations could not be loaded from ${from} (${String(error)}); the widgets stay in "${activeLocale}".`,
    );
    if (request === latestRequest) announce({ status: 'error', errorLocale: locale, errorMessage: String(error) });
  }
}

function documentLocale(): LocaleCode {
  // On a server there is no page: the locale is the one given to setLocale, else English.
  return isServer ? SOURCE_LOCALE : resolveLocale(document.documentElement.lang);
}

/** Message ids of the templates `msg()` has seen without an `id`, as lit-localize makes them. */
const generatedIds = new Map<string | TemplateStringsArray, string>();

type Template = string | { strings: TemplateStringsArray; values: unknown[]; strTag?: true };

/**
 * `msg()`: the active locale's translation, as lit-localize's runtime gives it, but the English for a
 * translation whose placeholders are not the English message's (a registered `${5}` where the
 * English has two would show "undefined"), with a warning naming the message.
 */
function localizedMsg(template: Template, options?: { id?: string }): unknown {
  const key = typeof template === 'string' ? template : template.strings;
  let id = options?.id ?? generatedIds.get(key);
  if (!id) generatedIds.set(key, (id = generateMsgId(key, typeof template !== 'string' && !template.strTag)));
  const localized = templates?.[id] as { values?: number[] } | undefined;
  const given = typeof template === 'string' ? 0 : template.values.length;
  if (typeof localized === 'object' && localized.values?.some((index) => !(index < given))) {
    warnOncePerPage(`placeholder:${activeLocale}:${id}`, `the "${activeLocale}" translation of message ${id} has a placeholder its English lacks; it shows in English.`);
    // The English: the template itself (lit-localize's own default, which its message extractor
    // would take for a msg() call).
    return typeof template === 'string' || !template.strTag
      ? template
      : template.strings.reduce((text, piece, index) => text + template.values[index - 1] + piece);
  }
  return runtimeMsg(templates, template as never, options);
}

/**
 * Starts localization the first time an element connects (not on import, so importing the
 * library's classes has no side effects): installs the msg() lookup, shows the page's language
 * and follows later changes of `<html lang>`.
 */
export function startLocalization(): Promise<void> {
  if (firstLocale) return firstLocale;
  try {
    type MsgImplementation = Parameters<typeof _installMsgImplementation>[0];
    _installMsgImplementation(localizedMsg as MsgImplementation);
  } catch {
    warnOncePerPage(
      'shared-localize',
      'another script configured this copy of @lit/localize first; the widgets follow its locale.',
    );
  }
  if (!isServer) {
    new MutationObserver(() => {
      if (!chosenLocale) void switchTo(documentLocale());
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  firstLocale = switchTo(chosenLocale ?? documentLocale()).then(() => {
    firstLocaleShown = true;
  });
  return firstLocale;
}

/** How long a first render waits for a slow locale file before showing the source text. */
const FIRST_RENDER_WAIT_MS = 3000;

/** Resolves when `ready` does, or once a first render has waited long enough. */
function withinFirstRenderWait(ready: Promise<void>): Promise<void> {
  return Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
}

/** Resolves when elements may first render, in the page's locale; `undefined` once they may. */
export function whenFirstLocaleReady(): Promise<void> | undefined {
  if (firstLocaleShown) return undefined;
  return withinFirstRenderWait(startLocalization());
}

/**
 * Declares chunks needed before any element connects: a server render (where elements never
 * connect) loads the messages of every element it may render with the next change of locale.
 */
export function needLocaleChunks(chunks: Iterable<string>): void {
  for (const chunk of chunks) neededChunks.add(chunk);
}

/**
 * Declares that an element whose messages are in `chunk` is on the page: every later change of
 * locale loads that chunk too, and if a translation is showing (or loading) now, its chunk is
 * fetched at once. Resolves when the element may render in the locale that is showing: at once
 * when its chunk is there, else once it has loaded (or failed, or taken longer than a first render
 * waits), so that an element added to a translated page does not flash English first.
 */
export function needLocaleChunk(chunk: string): Promise<void> | undefined {
  neededChunks.add(chunk);
  const locale = wantedLocale;
  if (chunkSettled(locale, chunk)) return whenFirstLocaleReady();
  const loaded = loadChunk(locale, chunk).then(
    () => {
      // Elements of this chunk that rendered before it arrived show the translation now.
      if (locale === activeLocale) announce({ status: 'ready', readyLocale: locale });
    },
    async (error: unknown) => {
      failedChunks.add(chunkKey(locale, chunk));
      // A change of locale that this chunk was part of warns for itself, once.
      await switching;
      if (failedLocales.has(locale)) return;
      warnOncePerPage(
        `locale:${locale}:${chunk}`,
        `the "${locale}" translations for <${chunk}> could not be loaded from ${loadFailureSource(locale, chunk)} (${String(error)}); it shows in English.`,
      );
    },
  );
  return withinFirstRenderWait(Promise.all([loaded, startLocalization()]).then(() => undefined));
}

/**
 * Shows every widget in `locale` (any BCP 47 tag; it resolves to the nearest available locale)
 * instead of following `<html lang>`. Pass `null` to follow `<html lang>` again. Resolves when the
 * widgets show it; never rejects: a locale file that fails to load leaves the current locale.
 */
export async function setLocale(locale: string | null): Promise<void> {
  chosenLocale = locale == null ? undefined : resolveLocale(locale);
  await startLocalization();
  await switchTo(chosenLocale ?? documentLocale());
}

/**
 * Plain messages (id → text, placeholders written `${0}`, `${1}` as in the XLIFF `<x id>`) in the
 * form lit-localize's runtime reads: text with placeholders becomes a `str`-tagged template.
 */
function toLocaleModule(locale: LocaleCode, messages: LocaleMessages): LocaleModule {
  // Built (`{ templates, review }`) or plain (id → text).
  const built = messages && typeof messages === 'object' && 'templates' in messages ? (messages as { templates: unknown; review?: unknown }) : undefined;
  const given = (built ? built.templates : messages) as Record<string, unknown>;
  const templates: TemplateMap = {};
  const refused: string[] = [];
  for (const [id, text] of Object.entries(given ?? {})) {
    if (typeof text === 'string') {
      const pieces = text.split(/\$\{(\d+)\}/);
      const strings = pieces.filter((_, index) => index % 2 === 0);
      templates[id] =
        pieces.length === 1
          ? text
          : ({ strTag: true, strings: Object.assign([...strings], { raw: strings }), values: pieces.filter((_, index) => index % 2).map(Number) } as never);
    } else if (isTemplate(text)) {
      templates[id] = text as never;
    } else {
      refused.push(id);
    }
  }
  if (refused.length) {
    warnOncePerPage(`register-values:${locale}`, `registerLocale("${locale}"): ${refused.join(', ')} ${refused.length > 1 ? 'are' : 'is'} neither text nor a template; shown in English.`);
  }
  // A module from `npm run localize:module` carries its medical review (checked when it loads).
  return { templates, review: built?.review } as LocaleModule;
}

/** A message as lit-localize builds it: a `str` template or an `html` one, with its placeholders' order. */
function isTemplate(value: unknown): boolean {
  const template = value as { strings?: unknown; values?: unknown } | null;
  return typeof template === 'object' && Array.isArray(template?.strings) && Array.isArray(template?.values) && template.values.every(Number.isInteger);
}

/**
 * Adds a locale without rebuilding the library: `messages` is a module built by
 * `lit-localize build` (or its `{ templates }`), a plain object of message id → text, or a function
 * that loads either (e.g. `() => import('./it.js')`). The new locale follows the same rules as the
 * built-in ones: `<html lang>` picks it (with the same fallbacks), `setLocale` can choose it, and
 * messages it lacks show in English. Registering a built-in locale's code replaces its file.
 */
export function registerLocale(
  locale: string,
  messages: LocaleMessages | (() => Promise<LocaleMessages>),
): void {
  let code: string | undefined;
  try {
    // Intl knows what a language tag is ("it-it-it" is not); where a page has broken Intl, the shape will do.
    code = String(locale).trim().replace(/_/g, '-');
    if (typeof Intl?.getCanonicalLocales === 'function') [code] = Intl.getCanonicalLocales(code);
  } catch {
    code = undefined;
  }
  if (!code || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(code)) {
    warnOncePerPage(`register:${locale}`, `registerLocale("${locale}") needs a BCP 47 language tag; the locale is not added.`);
    return;
  }
  const load = typeof messages === 'function' ? messages : () => Promise.resolve(messages);
  const tag = code;
  registeredLocales.set(tag, () => load().then((loaded) => toLocaleModule(tag, loaded)));
  // Whatever was loaded for this code before (its built-in files) is replaced by the registration.
  localeTemplates.delete(code);
  for (const chunks of [chunkLoads, loadedChunks, failedChunks]) {
    for (const key of [...chunks.keys()]) if (key.startsWith(`${code}/`)) chunks.delete(key);
  }
  failedLocales.delete(code);
  if (firstLocale) {
    // The page's language may be the new locale: show it now (or reload it, if it was showing).
    if (activeLocale === code) activeLocale = SOURCE_LOCALE;
    void switchTo(chosenLocale ?? documentLocale());
  }
}

/** The locale the widgets show now. */
export function getLocale(): LocaleCode {
  return activeLocale;
}

export { LOCALE_STATUS_EVENT };
