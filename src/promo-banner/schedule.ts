import { msg, str } from '@lit/localize';
import { LATIN_DIGITS, withIntl } from '../core/figures.js';
import { parseIsoDate, type IsoDate } from '../core/attributes.js';
import { MARKUP_PLACEHOLDER } from '../core/sentence.js';

/** One end of a banner's schedule: the instant, and the attribute's value for `<time datetime>`. */
export interface ScheduleBound {
  at: number;
  datetime: string;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Midnight where the reader is, `dayOffset` days after `value`'s calendar day (any year, 0–99 too). */
function localDay(value: IsoDate, dayOffset: number): number {
  const day = value.date;
  const local = new Date(0);
  local.setFullYear(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + dayOffset);
  return local.setHours(0, 0, 0, 0);
}

/**
 * Parses `starts` or `ends`. A date without a time means that whole day where the reader is:
 * `starts` from its first moment, `ends` through its last (so `ends="2025-06-30"` shows the
 * banner all of June 30).
 */
export function parseBound(value: string | null | undefined, edge: 'starts' | 'ends'): ScheduleBound | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  const at = parsed.dateOnly ? localDay(parsed, edge === 'ends' ? 1 : 0) : parsed.date.getTime();
  return { at, datetime: parsed.datetime };
}

/** Whether `now` falls in the window; a missing bound leaves that side open. */
export function isWithinSchedule(now: number, starts?: ScheduleBound, ends?: ScheduleBound): boolean {
  return (!starts || now >= starts.at) && (!ends || now < ends.at);
}

/**
 * The time left until `end`, in the largest whole unit that fits ("in 2 days", "in 5 hours",
 * "in 12 minutes"), formatted by `Intl.RelativeTimeFormat`; `undefined` once the time has passed.
 */
export function timeLeft(end: number, now: number, locale: string): string | undefined {
  const left = end - now;
  if (left <= 0) return undefined;
  const [count, unit]: [number, Intl.RelativeTimeFormatUnit] =
    left >= DAY_MS ? [Math.floor(left / DAY_MS), 'day'] : left >= HOUR_MS ? [Math.floor(left / HOUR_MS), 'hour'] : [Math.max(1, Math.ceil(left / MINUTE_MS)), 'minute'];
  return withIntl(
    () => new Intl.RelativeTimeFormat(locale, { ...LATIN_DIGITS, numeric: 'always' }).format(count, unit),
    // Without Intl, when it ends: the time of day (UTC) in the language every reader can read.
    () => new Date(end).toISOString().slice(0, 16).replace('T', ' '),
  );
}

/** The countdown's sentence, with `MARKUP_PLACEHOLDER` where the time left goes. */
export function countdownSentence(): string {
  const when = MARKUP_PLACEHOLDER;
  return msg(str`Offer ends ${when}`, {
    desc: 'Countdown of a limited-time offer. The placeholder is the time left as Intl words it, e.g. "in 2 days" or "in 5 hours".',
  });
}

/** Shown in place of the countdown once the offer has ended while the reader is on the page. */
export function offerEndedSentence(): string {
  return msg('This offer has ended', { desc: 'Shown in place of the countdown once an offer\'s end date has passed.' });
}
