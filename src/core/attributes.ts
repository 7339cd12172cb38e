/**
 * Parsers for attribute values written by page authors. Each returns `undefined` for a value it
 * cannot use, so the element decides its fallback and warns (see `warnInvalidAttribute`).
 */
import { isServer } from 'lit';
import { warnOncePerPage } from './warn.js';

export interface IsoDate {
  /** The instant, at midnight UTC for a date without a time. */
  date: Date;
  /** The value for a `<time datetime>` attribute, as the author wrote it (trimmed). */
  datetime: string;
  /** A calendar date without a time of day: format it in UTC so no time zone shifts the day. */
  dateOnly: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Midnight UTC of a calendar day, or `undefined` for a day that does not exist (`2021-02-30`).
 * `Date.UTC` reads the years 0–99 as 1900–1999; `setUTCFullYear` takes every year as written.
 */
function utcDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * Parses an ISO 8601 calendar date (`2021-03-11`) or date-time (`2021-03-11T09:30:00Z`). Rejects
 * days that do not exist (`2021-02-30`), which `Date.parse` would silently roll over.
 */
export function parseIsoDate(value: string | null | undefined): IsoDate | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  const dateOnly = ISO_DATE.exec(trimmed);
  const dateTime = dateOnly ? null : ISO_DATE_TIME.exec(trimmed);
  const parts = dateOnly ?? dateTime;
  if (!parts) return undefined;
  const day = utcDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (!day) return undefined;
  if (dateOnly) return { date: day, datetime: trimmed, dateOnly: true };
  const [hours, minutes, seconds] = [Number(parts[4]), Number(parts[5]), Number(parts[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const date = new Date(trimmed.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;
  return { date, datetime: trimmed, dateOnly: false };
}

/** Returns `value` when it is one of `allowed` (compared case-insensitively), else `undefined`. */
export function parseEnum<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value == null) return undefined;
  const normalized = value.trim().toLowerCase();
  return allowed.find((option) => option === normalized);
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
/** A heading level as a page gives it: a number from a framework's prop, or the attribute's text. */
export type HeadingLevelValue = HeadingLevel | `${HeadingLevel}`;

/** Parses a heading level, a whole number from 1 to 6. */
export function parseHeadingLevel(value: string | number | null | undefined): HeadingLevel | undefined {
  if (value == null) return undefined;
  const text = String(value).trim();
  if (!/^[1-6]$/.test(text)) return undefined;
  return Number(text) as HeadingLevel;
}

/** The page's address while rendering on a server, where there is no document to ask. */
let serverPageUrl: string | undefined;

/**
 * Tells link parsing the address of the page being rendered on a server (`undefined` to forget
 * it), so that relative links resolve to what the browser will follow on that page. A server
 * render keeps the links it writes: the browser does not rewrite them when it takes the page over.
 * Set by the server-rendering helper (`acne-scar-widgets/ssr`, its `baseUrl` option).
 * @internal
 */
export function setServerPageUrl(url: string | undefined): void {
  serverPageUrl = url;
}

function serverBase(value: string): string {
  if (serverPageUrl) return serverPageUrl;
  if (!URL.canParse(value)) {
    warnOncePerPage(
      'server-page-url',
      `the relative link ${JSON.stringify(value)} was resolved against https://localhost/: give the server render the page's address (baseUrl).`,
    );
  }
  return 'https://localhost/';
}

/** URL schemes a widget may link to. Anything else (`javascript:`, `data:`, `vbscript:`…) is refused. */
export const LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * Parses a link target: an absolute URL with one of `protocols`, or a relative URL. Returns the URL
 * resolved against the document's base, which is what the browser would follow, so the scheme
 * checked here is the scheme used (no parser differential with tabs, case or leading spaces).
 */
export function parseSafeUrl(
  value: string | null | undefined,
  protocols: readonly string[] = LINK_PROTOCOLS,
): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const base = isServer
    ? serverBase(trimmed)
    : typeof document === 'undefined'
      ? 'https://localhost/'
      : document.baseURI;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (!protocols.includes(url.protocol)) return undefined;
  // Chromium accepts hosts the URL standard forbids ("exa mple.com" becomes "exa%20mple.com").
  if (url.hostname.includes('%')) return undefined;
  return url.href;
}
