import type { IsoDate } from './attributes.js';
import { getLocale } from './locale.js';

/** Formats a parsed date as a long date in the active locale ("March 11, 2021", "11 de marzo de 2021"). */
export function formatLongDate(value: IsoDate): string {
  return new Intl.DateTimeFormat(getLocale(), {
    dateStyle: 'long',
    // A calendar date names a day, not an instant: in the reader's time zone it could shift a day.
    timeZone: value.dateOnly ? 'UTC' : undefined,
  }).format(value.date);
}
