import type { IsoDate } from './attributes.js';
import { msg, str } from '@lit/localize';
import { getLocale } from './locale.js';
import { figure, LATIN_DIGITS, withIntl } from './figures.js';

/** A number as the active locale writes it ("1,000", "1.000", "7,5"). */
export function formatNumber(value: number): string {
  const locale = getLocale();
  return figure(locale, `#${value}`, () => new Intl.NumberFormat(locale, LATIN_DIGITS).format(value), () => String(value));
}

/** Formats a parsed date as a long date in the active locale ("March 11, 2021", "11 de marzo de 2021"). */
export function formatLongDate(value: IsoDate): string {
  const locale = getLocale();
  const format = () =>
    new Intl.DateTimeFormat(locale, {
      ...LATIN_DIGITS,
      dateStyle: 'long',
      // A calendar date names a day, not an instant: in the reader's time zone it could shift a day.
      timeZone: value.dateOnly ? 'UTC' : undefined,
    }).format(value.date);
  const plain = () => value.date.toISOString().slice(0, 10);
  // An instant's day depends on where the reader is: only a calendar date can be formatted ahead.
  return value.dateOnly ? figure(locale, `@${value.datetime}`, format, plain) : withIntl(format, plain);
}

/** Regions whose readers weigh things in pounds; everyone else also sees kilograms. */
const POUND_REGIONS = new Set(['US', 'LR', 'MM']);
const KILOGRAMS_PER_POUND = 0.45359237;
/** Languages in which "pound" commonly names half a kilogram. */
const HALF_KILO_POUND = /^(de|fr|nl|da|sv|nb|no)\b/i;

/**
 * Whether the reader expects kilograms beside a weight in pounds: yes unless the page's language
 * names a region that uses pounds, or names none and is English (the article's US readers).
 */
function readsKilograms(): boolean {
  const pageLanguage = typeof document === 'undefined' ? '' : document.documentElement.lang;
  let region: string | undefined;
  try {
    region = pageLanguage ? new Intl.Locale(pageLanguage).region : undefined;
  } catch {
    region = undefined;
  }
  if (region) return !POUND_REGIONS.has(region.toUpperCase());
  return getLocale().split('-')[0] !== 'en';
}

/**
 * A weight the article gives in pounds, for the active locale: "7.5 pounds" for US readers,
 * "7,5 libras (3,4 kg)" where readers use the metric system. The article's figure is kept as it
 * is; the kilograms are a conversion, rounded to one decimal.
 */
export function formatPounds(pounds: number): string {
  const locale = getLocale();
  const unit = (value: number, name: 'pound' | 'kilogram', display: 'short' | 'long', fraction?: number) =>
    figure(
      locale,
      `${name}/${display}/${fraction ?? ''}${value}`,
      () => new Intl.NumberFormat(locale, { ...LATIN_DIGITS, style: 'unit', unit: name, unitDisplay: display, maximumFractionDigits: fraction }).format(value),
      () => `${fraction === undefined ? value : value.toFixed(fraction)} ${name === 'pound' ? 'lb' : 'kg'}`,
    );
  // Where the language's own word for a pound (German "Pfund", French "livre", Dutch and
  // Scandinavian "pond"/"pund") is commonly half a kilogram, the avoirdupois pound goes by its
  // symbol, "lb", so "7,5 lb (3,4 kg)" reads as the one weight it is.
  const inPounds = unit(pounds, 'pound', HALF_KILO_POUND.test(locale) ? 'short' : 'long');
  if (!readsKilograms()) return inPounds;
  const inKilograms = unit(pounds * KILOGRAMS_PER_POUND, 'kilogram', 'short', 1);
  return msg(str`${inPounds} (${inKilograms})`, {
    desc: 'A weight as the article gives it in pounds, followed by the same weight in kilograms for metric readers, e.g. "7.5 pounds (3.4 kg)". Both placeholders are already formatted for the locale.',
  });
}
