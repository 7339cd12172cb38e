import { SOURCE_FIGURES } from '../locale-figures.js';
import { sourceLocale } from '../locale-codes.js';
import { warnOncePerPage } from './warn.js';

/**
 * Every figure is written in Latin digits, as the article and every translation write the figures
 * in their text ("18 of 246", "2015"): an engine's own data may prefer other digits for a language
 * (WebKit's writes ١٥ for Arabic where Chromium and Firefox write 15), and a price or a date must
 * match the sentence around it, and the server-rendered page the browser's, in every engine.
 * Spread into the options of every `Intl` formatter.
 */
export const LATIN_DIGITS = { numberingSystem: 'latn' } as const;

/**
 * A figure or a date formatted by `format` (through `Intl`), or by `plain` where the page has broken
 * `Intl` (faulty polyfills throw): digits and ISO dates, said once in the console, never a blank widget.
 */
export function withIntl(format: () => string, plain: () => string): string {
  try {
    return format();
  } catch (error) {
    warnOncePerPage('intl', `Intl cannot format on this page (${String(error)}); figures and dates are written plainly.`);
    return plain();
  }
}

/*
 * The article's own figures (its counts, its weights and sizes, its review date, the offers'
 * prices), formatted by `Intl` when the library is built, for every shipped locale: a page's first
 * `Intl` formatter costs 17 to 60 ms in Chromium (loading the locale's data), the largest single
 * cost of a first render, and these figures never change. English comes with the elements
 * (src/locale-figures.ts); each translation's come in its files, with its messages. A value a
 * page gives (its own date, its own price) is formatted by `Intl` in the browser, as before.
 * scripts/figures.mjs records what each element formats while rendering it in every locale.
 */
const figureTables = new Map<string, Record<string, string>>([[sourceLocale, SOURCE_FIGURES]]);

/** Adds the figures a locale file carries (`export const figures`) to that locale's. */
export function addFigures(locale: string, figures: unknown): void {
  if (!figures || typeof figures !== 'object') return;
  const table = figureTables.get(locale) ?? {};
  for (const [key, text] of Object.entries(figures)) if (typeof text === 'string') table[key] = text;
  figureTables.set(locale, table);
}

let recorder: ((locale: string, key: string, text: string) => void) | undefined;

/**
 * @internal For scripts/figures.mjs: calls `record` with every figure formatted from now on (and
 * formats each through `Intl`, whatever the tables hold); `undefined` stops recording.
 */
export function recordFigures(record?: (locale: string, key: string, text: string) => void): void {
  recorder = record;
}

/**
 * The figure `key` (what is formatted and how: `#246` the number 246, `@2021-03-11` that day) in `locale`: from the tables
 * made when the library was built, else formatted now by `format` through `Intl`.
 */
export function figure(locale: string, key: string, format: () => string, plain: () => string): string {
  const known = recorder ? undefined : figureTables.get(locale)?.[key];
  if (known !== undefined) return known;
  const text = withIntl(format, plain);
  recorder?.(locale, key, text);
  return text;
}
