import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locale-codes.js';
import { localeFilesUrl } from '../locale-files.js';
import { warnOncePerPage } from './warn.js';

export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

export const SOURCE_LOCALE: LocaleCode = sourceLocale;
export const LOCALES: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

/**
 * Picks the locale to show for a BCP 47 tag by RFC 4647 lookup: the tag itself, then the tag with
 * its last subtag dropped, and so on (`es-MX` → `es`), then English. A sibling region is never
 * substituted (`pt-PT` does not become `pt-BR`): spelling and usage differ enough that the source
 * text is the safer fallback for health information.
 */
export function resolveLocale(tag: string | null | undefined): LocaleCode {
  if (!tag) return SOURCE_LOCALE;
  const byLowerCase = new Map(LOCALES.map((code) => [code.toLowerCase(), code] as const));
  const subtags = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  while (subtags.length > 0) {
    const match = byLowerCase.get(subtags.join('-'));
    if (match) return match;
    subtags.pop();
    // A lone single-letter subtag (an extension or private-use singleton) cannot end a lookup tag.
    if (subtags.length > 0 && subtags[subtags.length - 1].length === 1) subtags.pop();
  }
  return SOURCE_LOCALE;
}

let localization: ReturnType<typeof configureLocalization> | undefined;
/** The locale chosen from JavaScript with `setLocale`; while unset, `<html lang>` decides. */
let chosenLocale: LocaleCode | undefined;
const failedLocales = new Set<LocaleCode>();
/** Settles once the first locale is shown (or has failed), so elements never flash English first. */
let firstLocale: Promise<void> | undefined;
let firstLocaleShown = false;

function localeFileUrl(locale: string): string {
  return new URL(`${locale}.js`, localeFilesUrl()).href;
}

function switchTo(locale: LocaleCode): Promise<void> {
  const runtime = localization!;
  const current = runtime.getLocale() as LocaleCode;
  // A file that failed once is not fetched again on every change of <html lang>.
  const next = failedLocales.has(locale) ? current : locale;
  return runtime.setLocale(next).catch(() => {
    failedLocales.add(next);
    warnOncePerPage(
      `locale:${next}`,
      `the "${next}" translations could not be loaded from ${localeFileUrl(next)}; the widgets stay in "${current}".`,
    );
    // lit-localize keeps the failed request pending until another locale is asked for.
    return runtime.setLocale(current);
  });
}

function documentLocale(): LocaleCode {
  return resolveLocale(document.documentElement.lang);
}

/**
 * Starts localization the first time an element connects (not on import, so importing the
 * library's classes has no side effects): configures lit-localize, shows the page's language and
 * follows later changes of `<html lang>`.
 */
export function startLocalization(): Promise<void> {
  if (firstLocale) return firstLocale;
  localization = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => import(/* @vite-ignore */ localeFileUrl(locale)),
  });
  new MutationObserver(() => {
    if (!chosenLocale) void switchTo(documentLocale());
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  firstLocale = switchTo(chosenLocale ?? documentLocale()).then(() => {
    firstLocaleShown = true;
  });
  return firstLocale;
}

/** How long a first render waits for a slow locale file before showing the source text. */
const FIRST_RENDER_WAIT_MS = 3000;

/** Resolves when elements may first render, in the page's locale; `undefined` once they may. */
export function whenFirstLocaleReady(): Promise<void> | undefined {
  if (firstLocaleShown) return undefined;
  return Promise.race([
    startLocalization(),
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
  ]);
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

/** The locale the widgets show now. */
export function getLocale(): LocaleCode {
  return (localization?.getLocale() as LocaleCode | undefined) ?? SOURCE_LOCALE;
}

export { LOCALE_STATUS_EVENT };
