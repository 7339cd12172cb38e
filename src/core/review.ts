/**
 * The article's review schedule: when its next medical review is due, from a date or from an
 * interval after its last review, and whether that date has passed for the reader.
 */
import { parseIsoDate, type IsoDate } from './attributes.js';

/** A review interval in whole calendar units, as an ISO 8601 duration gives it (`P3Y`, `P18M`). */
export interface ReviewInterval {
  years: number;
  months: number;
  days: number;
}

/** `P` then years, months, weeks and days, each optional, in that order (no time of day). */
const DURATION = /^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/i;

/** The longest interval taken: ten years, longer than any health publisher's review cycle. */
const MAX_DAYS = 3653;

/**
 * Parses an ISO 8601 duration of whole years, months, weeks and days (`P3Y`, `P1Y6M`, `P26W`),
 * from one day to ten years. Anything else (`3y`, `PT12H`, `P0D`, `P20Y`) is `undefined`.
 */
export function parseReviewInterval(value: string | null | undefined): ReviewInterval | undefined {
  const fields = value == null ? undefined : DURATION.exec(value.trim())?.slice(1);
  if (!fields || fields.every((field) => field === undefined)) return undefined;
  const [years, months, weeks, days] = fields.map((field) => Number(field ?? 0));
  const interval = { years, months, days: weeks * 7 + days };
  const approximateDays = years * 365.25 + months * 30.44 + interval.days;
  return approximateDays >= 1 && approximateDays <= MAX_DAYS ? interval : undefined;
}

/**
 * The calendar date `interval` after `from` (a date-time counts from its UTC day). A month
 * later than 31 January is the last day of February, as a calendar reads it, not 3 March.
 */
export function addInterval(from: IsoDate, interval: ReviewInterval): IsoDate {
  const start = from.date;
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + interval.years * 12 + interval.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const date = new Date(0);
  // setUTCFullYear takes every year as written (Date.UTC reads 0–99 as 1900–1999).
  date.setUTCFullYear(year, month + 1, 0);
  date.setUTCFullYear(year, month, Math.min(start.getUTCDate(), date.getUTCDate()) + interval.days);
  // ISO 8601 writes years 0000–9999 with four digits, as `<time datetime>` takes them.
  return { date, datetime: date.toISOString().slice(0, 10), dateOnly: true };
}

/**
 * Whether the day `due` names has passed for the reader: a calendar date passes at the end of
 * that day in the reader's time zone (the review is due on the day itself, overdue after it); a
 * date-time passes at its instant.
 */
export function hasPassed(due: IsoDate, now: Date = new Date()): boolean {
  if (!due.dateOnly) return now.getTime() > due.date.getTime();
  // The reader's calendar day, at midnight UTC like `due` (setUTCFullYear takes years 0–99 as written).
  const today = new Date(0);
  today.setUTCFullYear(now.getFullYear(), now.getMonth(), now.getDate());
  return today.getTime() > due.date.getTime();
}

/** Says what is wrong with an attribute's value and what the element does instead. */
type Warn = (attribute: string, value: string | null | undefined, consequence: string) => void;

/**
 * The day of the next review, from `next-review` or else from `review-interval` after `updated`,
 * warning (through `warn`, which names the element) about each value it cannot use.
 */
export function scheduledReview(
  nextReview: string | null | undefined,
  reviewInterval: string | null | undefined,
  updated: IsoDate | undefined,
  warn: Warn,
): IsoDate | undefined {
  const notShown = 'the next review is not shown.';
  if (nextReview != null) {
    if (reviewInterval != null) warn('review-interval', reviewInterval, 'next-review gives the date of the next review; the interval is not used.');
    const date = parseIsoDate(nextReview);
    if (!date) warn('next-review', nextReview, `expected an ISO 8601 date such as "2024-03-11"; ${notShown}`);
    else if (updated && date.date < updated.date) warn('next-review', nextReview, `is before the last update (updated); ${notShown}`);
    else return date;
    return undefined;
  }
  if (reviewInterval == null) return undefined;
  const interval = parseReviewInterval(reviewInterval);
  if (!interval) {
    warn('review-interval', reviewInterval, `expected an ISO 8601 duration from one day to ten years, such as "P3Y" or "P18M"; ${notShown}`);
  } else if (!updated) {
    warn('review-interval', reviewInterval, `counts from the last update, and updated is missing or invalid; ${notShown}`);
  } else {
    return addInterval(updated, interval);
  }
  return undefined;
}
