import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../src/core/tags.js';
import '../src/define/acne-scar-article.js';

/**
 * Bad input, fuzzed (DESIGN.md, "Bad input never breaks the page"). Every attribute that
 * `custom-elements.json` publishes for every element is set, on a live element, to each value of a
 * fixed, generated corpus of a few hundred hostile or broken values: empty and blank strings,
 * boundary numbers, impossible dates, URL schemes (`javascript:` in every spelling a browser still
 * runs), Unicode edge cases, 100 KB strings, JSON fragments and the classic XSS payloads. For each
 * (element, attribute, value):
 *
 * - nothing throws: no exception from `setAttribute` or the update, no window `error` or
 *   `unhandledrejection`, no `console.error`;
 * - no injected script runs: every payload sets `window.__fuzzSentinel` if it ever executes (a
 *   canary test shows it does when the same string is parsed as HTML), and the sentinel stays unset;
 *   no `<script>`, `<img>` or other active element, no `on…` attribute and no `href` with a scheme
 *   other than `http:`, `https:` or `mailto:` appears in any shadow root, nested ones included; the
 *   light DOM is untouched;
 * - `console.warn` is called at most once, naming `<tag>` and the attribute, and never quotes a huge
 *   value back; a value the element must refuse (any scheme but the allowed ones in an `*href`, a
 *   date that is not ISO 8601, a heading level outside 1–6, an unknown keyword, …) warns exactly
 *   once, and a value it must accept does not warn at all;
 * - where the value is shown as text (names, headlines), an XSS payload is shown verbatim: it stayed
 *   text.
 *
 * axe runs on each element after its whole sweep, and on a few elements holding nasty values.
 */

declare global {
  interface Window {
    __fuzzSentinel?: unknown;
  }
}

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

interface Widget extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** The library's elements, in article order (checked against the manifest below). */
const TAGS: readonly string[] = WIDGET_TAGS;

/**
 * Each element's attributes before and after every fuzzed value: valid, so that the only warning a
 * case may produce is about the attribute under test.
 */
const BASELINE: Record<string, Record<string, string>> = {
  'med-review': {
    reviewer: 'Kristin Hall',
    'reviewer-credentials': 'FNP',
    author: 'Our Editorial Team',
    updated: '2021-03-11',
  },
  'promo-banner': { href: 'https://example.com/start' },
  'med-disclaimer': { 'editorial-href': '/editorial-standards' },
  'acne-scar-article': { 'promo-href': 'https://example.com/start', 'editorial-href': '/editorial-standards' },
};

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/** What every payload runs if it is ever executed. */
const RUN = 'window.__fuzzSentinel=1';

const EMPTY_AND_BLANK = ['', ' ', '   ', '\t', '\n', '\r\n', ' \n\t ', '\u00A0', '\u3000', '\uFEFF', '\u2028', '\u200B'];

const NUMBERS = [
  ...[
    0, -0, 1, -1, 2, 5, 6, 7, 9, 10, 99, 100, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32,
    Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE,
    Number.EPSILON, 1e21, 1e-7, 0.1 + 0.2, -0.01, 2.5, 1.5e3,
  ].map(String),
  '-0',
  '9007199254740993',
  'NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '1e309',
  '-1e309',
  '0x10',
  '0b11',
  '0o7',
  '1_000',
  '1,000',
  '1.000,50',
  '.5',
  '5.',
  '+5',
  '00',
  '007',
  '1e',
  'e1',
  '--1',
  '1-',
  '١٢',
  '６',
  'Ⅻ',
  '½',
  '15 USD',
  '$15',
  '15%',
  'true',
  'false',
  'null',
  'undefined',
];

/** Calendar dates generated on a grid of years and month-days, real and impossible. */
const DATE_GRID = ['1970', '2000', '2021', '2100', '9999'].flatMap((year) =>
  ['01-01', '02-28', '02-29', '02-30', '04-31', '12-31', '13-01', '00-10', '03-00', '01-32'].map(
    (monthDay) => `${year}-${monthDay}`,
  ),
);

const DATES = [
  ...DATE_GRID,
  '2021-03-11T09:30:00Z',
  '2021-03-11T09:30:00.000Z',
  '2021-03-11T09:30:00+05:30',
  '2021-03-11T09:30:00-08:00',
  '2021-03-11T23:59:59Z',
  '2021-03-11T09:30',
  '2021-03-11 09:30:00',
  '2021-03-11t09:30:00z',
  '2021-03-11T24:00:00Z',
  '2021-03-11T23:60:00Z',
  '2021-03-11T23:59:60Z',
  '2021-02-30T09:30:00Z',
  '2021-03-11T9:30Z',
  '2021-03-11T09:30:00+99:99',
  '2021-03-11T09:30:00.1234567890Z',
  '2021-03-11T',
  '2021-03-11TZ',
  '2021-03-11T09:30:00ZZ',
  'T09:30:00Z',
  ' 2021-03-11 ',
  '\u00A02021-03-11',
  '2021-03-11\u0000',
  '03/11/2021',
  '11.03.2021',
  'March 11, 2021',
  '11 March 2021',
  'Thu, 11 Mar 2021 00:00:00 GMT',
  '2021-3-11',
  '2021-03-1',
  '21-03-11',
  '+002021-03-11',
  '-002021-03-11',
  '+275760-09-13',
  '20210311',
  '2021-W10-4',
  '2021-070',
  '2021',
  '2021-03',
  '1615420800000',
  'now',
  'today',
  'Invalid Date',
  '٢٠٢١-٠٣-١١',
  '２０２１-０３-１１',
  '2021\u201003\u201011',
];

const URLS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `JAVASCRIPT:${RUN}`,
  `\tjava\nscript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\r\nscript:${RUN}`,
  ` javascript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `\u00A0javascript:${RUN}`,
  `javascript\u200B:${RUN}`,
  `javascript&colon;${RUN}`,
  `jav&#x61;script:${RUN}`,
  `&#106;avascript:${RUN}`,
  `javascript://%0A${RUN}`,
  `javascript:/*-/*\`/*\\\`/*'/*"/**/(/* */${RUN} )//%0D%0A//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${RUN}//>\\x3e`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}`,
  `DATA:image/svg+xml,<svg onload="${RUN}"/>`,
  'data:,hello',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/6f1c1b1e-0000-4000-8000-000000000000',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.com',
  'ftp://example.com/file',
  'ws://example.com/socket',
  'tel:+15555550100',
  'sms:+15555550100',
  'intent://scan/#Intent;scheme=zxing;end',
  'C:\\Windows\\win.ini',
  'mailto:editors@example.com',
  'MAILTO:editors@example.com',
  'mailto:',
  'http://example.com',
  'https://example.com/path?q=1&r=%20#hash',
  'HTTPS://EXAMPLE.COM/',
  'https://user:pass@example.com/',
  'https://example.com:8443/x',
  'https://例え.jp/',
  'https://xn--r8jz45g.jp/',
  'https://[::1]/',
  'https://999.999.999.999/',
  'https://example.com/<script>',
  `https://example.com/"onmouseover="${RUN}`,
  'https://example.com/\u202Eevil',
  '//evil.example',
  '///evil.example',
  '\\\\evil.example',
  '/\\evil.example',
  '//',
  'https://exa mple.com',
  'https://exa%20mple.com',
  'http://',
  'https://',
  'https:',
  'http:evil.example',
  '/editorial-standards',
  'standards.html',
  '../../etc/passwd',
  '?q=1',
  '#top',
  '.',
];

const UNICODE = [
  '\u202Eevil\u202C',
  'Kristin \u202EllaH',
  '\u2066isolate\u2069',
  '\u200B\u200C\u200D\u2060',
  'e\u0301\u0302\u0303',
  'Z\u0337\u0322\u031Ba\u0334l\u0338g\u0336o\u0335',
  '👩🏽‍⚕️',
  '🏳️‍🌈🇺🇸',
  '\uD800',
  '\uDFFF',
  'a\uD800b',
  '\uDBFF\uDFFF',
  '\u0000',
  'a\u0000b',
  '\u0007\u0008',
  '\u001B[31mred',
  '\u2029',
  '\uFFFD',
  '\uFFFF',
  '\uE000',
  'price \uE000 here',
  'Ｋｒｉｓｔｉｎ',
  'كريستين هول',
  'קריסטין',
  '克里斯汀',
  'क्रिस्टिन',
  'İstanbul ı ß ŉ ǅ',
  'ＣＡＲＤ',
  'card\u0000',
  '\u00ADsoft\u00ADhyphen',
];

/** 100 KB strings, each with its own prefix (a warning quotes only a value's first 80 characters). */
const HUGE = [
  `huge-ascii:${'a'.repeat(100_000)}`,
  ' '.repeat(100_000),
  `huge-emoji:${'😀'.repeat(50_000)}`,
  `huge-rtl:${'\u202E\u0645'.repeat(50_000)}`,
  `huge-xss:${`<img src=x onerror="${RUN}">`.repeat(2_500)}`,
  `https://example.com/${'a'.repeat(100_000)}`,
  `javascript:${RUN};${'/'.repeat(100_000)}`,
  `2021-03-11${'0'.repeat(100_000)}`,
  `${'9'.repeat(100_000)}`,
];

const JSON_FRAGMENTS = [
  '{}',
  '[]',
  '{"a":1}',
  '[1,2,',
  '{"a":',
  '"quoted"',
  "{'a':1}",
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `{"reviewer":"<img src=x onerror=${RUN}>"}`,
  '{"$ref":"#"}',
  `${'['.repeat(1000)}${']'.repeat(1000)}`,
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

const XSS = [
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}//`,
  `"><script>${RUN}</script>`,
  `'><script>${RUN}</script>`,
  `</p><script>${RUN}</script>`,
  `"><img src=x onerror=${RUN}>`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s">`,
  `<iframe srcdoc="<script>parent.__fuzzSentinel=1</script>">`,
  `<a href="javascript:${RUN}">x</a>`,
  `<details open ontoggle="${RUN}">`,
  `<body onload=${RUN}>`,
  `<input autofocus onfocus="${RUN}">`,
  `<style>@import "javascript:${RUN}"</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<!--<img src=x onerror=${RUN}>-->`,
  `<scr<script>ipt>${RUN}</script>`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<img src=x onerror=eval(atob("${btoa(RUN)}"))>`,
  `&lt;img src=x onerror=${RUN}&gt;`,
  `" onmouseover="${RUN}" x="`,
  `' onfocus='${RUN}' autofocus x='`,
  `{{constructor.constructor('${RUN}')()}}`,
  `{{$on.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `\`\${${RUN}}\``,
  `#{${RUN}}`,
  `<%= ${RUN} %>`,
  `<?lit$1234$>`,
  '<!--?lit$1234$-->',
  'lit$1234$',
  `red;}</style><script>${RUN}</script>`,
  `expression(${RUN})`,
  `url(javascript:${RUN})`,
  `<x-widget onclick="${RUN}">`,
  `<med-review reviewer="<img src=x onerror=${RUN}>"></med-review>`,
];

/** Valid and near-miss values for each kind of attribute, added to that attribute's corpus. */
const HEADING_EXTRAS = ['1', '2', '3', '4', '5', '6', ' 4 ', '\t5\n', 'h2', '2.5', '02', '+2', '２', '٢', 'one', '1 2', '2.0'];
const AMOUNT_EXTRAS = ['15', '9.99', '0', '0.0', '100000', '1e3', '15.', '.99', '1 5', '-15', '-0', '0x10', 'Infinity', '+5', '365', '366'];
const CURRENCY_EXTRAS = ['USD', 'usd', ' EUR ', 'GBP', 'JPY', 'XXX', 'ZZZ', 'US', 'USDD', '$', '€', 'ＵＳＤ', 'U$D', '123'];
/** Review intervals: the documented forms, their edges, and near misses. */
const DURATION_EXTRAS = [
  'P3Y', 'p18m', 'P1Y6M', 'P26W', 'P1D', 'P1Y2M3W4D', ' P2Y ', 'P10Y', 'P120M', 'P3653D',
  'P0D', 'P0Y0M', 'P11Y', 'P3654D', 'PT12H', 'P1YT1H', '3y', 'P', 'P-1Y', 'P1.5Y', 'P1M1Y', 'P1000Y',
];

const NAME_EXTRAS = ['new-customer', 'a b', 'ünïcödé', 'promo-banner:dismissed:x'];
const enumExtras = (values: readonly string[]) =>
  values.flatMap((value) => [value, value.toUpperCase(), ` ${value} `, `${value}s`, `${value.slice(0, 1)}\u200B${value.slice(1)}`]);

/** The corpus every attribute gets, in a fixed order, without duplicates. */
const GENERIC = unique([...EMPTY_AND_BLANK, ...NUMBERS, ...DATES, ...URLS, ...UNICODE, ...HUGE, ...JSON_FRAGMENTS, ...XSS]);

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    // Two values with the same first 80 characters are one warning by design (the element quotes
    // only that much), so the corpus keeps the first of them.
    const key = value.slice(0, 80);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// What each attribute must do with a value: an oracle written from the documentation
// ---------------------------------------------------------------------------------------------

type Kind =
  /** A link target; `maybe` schemes are neither required nor forbidden. */
  | { kind: 'url'; schemes: string[]; maybe?: string[] }
  /** An ISO date; with `notBefore`, one earlier than that instant is refused too. */
  | { kind: 'date'; notBefore?: string }
  /** An ISO 8601 duration of years, months, weeks and days, from one day to ten years. */
  | { kind: 'duration' }
  | { kind: 'heading-level' }
  | { kind: 'enum'; values: readonly string[] }
  /** A plain decimal (no sign, exponent or hex); above `max` it is capped, with a warning. */
  | { kind: 'amount'; max?: number }
  | { kind: 'currency' }
  /** A name that must not be blank. */
  | { kind: 'name'; shown?: boolean }
  /** `countdown`: the baseline has no `ends`, so any value is refused. */
  | { kind: 'needs-ends' }
  | { kind: 'boolean' }
  | { kind: 'text'; shown?: boolean }
  /** An attribute this test does not know yet: only the generic guarantees. */
  | { kind: 'unknown' };

type Verdict = 'refuse' | 'accept' | 'either';

const HTTP = ['http:', 'https:'];
const HTTP_MAILTO = ['http:', 'https:', 'mailto:'];

const KINDS: Record<string, Kind> = {
  'med-review reviewer': { kind: 'name', shown: true },
  'med-review reviewer-credentials': { kind: 'text', shown: true },
  'med-review author': { kind: 'text', shown: true },
  'med-review updated': { kind: 'date' },
  'promo-banner preset': { kind: 'enum', values: ['new-customer', 'adult-acne', 'customized-treatment'] },
  'promo-banner variant': { kind: 'enum', values: ['bar', 'card', 'inline'] },
  'promo-banner href': { kind: 'url', schemes: HTTP },
  'promo-banner cta-label': { kind: 'text', shown: true },
  'promo-banner headline': { kind: 'text', shown: true },
  'promo-banner body': { kind: 'text', shown: true },
  'promo-banner price-amount': { kind: 'amount' },
  'promo-banner price-currency': { kind: 'currency' },
  'promo-banner price-period': { kind: 'enum', values: ['month', 'year', 'week', 'day', 'once'] },
  'promo-banner dismissible': { kind: 'boolean' },
  'promo-banner dismiss-key': { kind: 'name' },
  'promo-banner dismiss-days': { kind: 'amount', max: 365 },
  'promo-banner starts': { kind: 'date' },
  'promo-banner ends': { kind: 'date' },
  'promo-banner countdown': { kind: 'needs-ends' },
  'promo-banner utm-source': { kind: 'text' },
  'promo-banner utm-medium': { kind: 'text' },
  'promo-banner utm-campaign': { kind: 'text' },
  'promo-banner utm-content': { kind: 'text' },
  'promo-banner utm-term': { kind: 'text' },
  'promo-banner promo-id': { kind: 'text' },
  'scar-types layout': { kind: 'enum', values: ['auto', 'tabs', 'columns'] },
  'med-disclaimer editorial-href': { kind: 'url', schemes: HTTP_MAILTO },
  'acne-scar-article editorial-href': { kind: 'url', schemes: HTTP_MAILTO },
  'acne-scar-article promo-href': { kind: 'url', schemes: HTTP },
  'acne-scar-article hide-promos': { kind: 'boolean' },
  // The review schedule: after the last update (the byline's, or the article's 2021-03-11).
  'med-review next-review': { kind: 'date', notBefore: '2021-03-11' },
  'med-review review-interval': { kind: 'duration' },
  'acne-scar-article next-review': { kind: 'date', notBefore: '2021-03-11' },
  'acne-scar-article review-interval': { kind: 'duration' },
  // Every element but the offers (the article's content): the source line.
  ...Object.fromEntries(
    TAGS.filter((tag) => tag !== 'promo-banner').flatMap((tag) => [
      [`${tag} source-href`, { kind: 'url', schemes: HTTP } as Kind],
      [`${tag} publisher`, { kind: 'text', shown: true } as Kind],
    ]),
  ),
};

function kindOf(tag: string, attribute: string): Kind {
  const known = KINDS[`${tag} ${attribute}`];
  if (known) return known;
  if (attribute === 'heading-level') return { kind: 'heading-level' };
  // A new link attribute is held to the strict rule at once: only http(s) or relative.
  if (/href$/.test(attribute)) return { kind: 'url', schemes: HTTP, maybe: ['mailto:'] };
  return { kind: 'unknown' };
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The URL standard strips leading and trailing C0 controls and spaces, and every tab and newline. */
const urlStripped = (value: string) => value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

function urlVerdict(value: string, schemes: string[], maybe: string[] = []): Verdict {
  if (value.trim() === '') return 'refuse';
  // The scheme a browser would use, and the one seen after trimming any Unicode space.
  const candidates = [urlStripped(value), urlStripped(value.trim())];
  let scheme: string | undefined;
  for (const candidate of candidates) {
    const match = SCHEME.exec(candidate);
    if (!match) continue;
    scheme = `${match[1].toLowerCase()}:`;
    if (!schemes.includes(scheme) && !maybe.includes(scheme)) return 'refuse';
  }
  const stripped = candidates[0];
  if (scheme === undefined) {
    // Relative: resolved against the page, always http(s); a network-path reference ("//host")
    // may name an invalid host.
    return /^[\\/]{2}/.test(stripped) ? 'either' : 'accept';
  }
  if (maybe.includes(scheme)) return 'either';
  if (scheme === 'mailto:') return /^mailto:[^@\s]+@[a-z0-9.-]+$/i.test(stripped) ? 'accept' : 'either';
  const authority = /^https?:\/\/([^/?#]*)/i.exec(stripped)?.[1];
  if (authority === undefined) return 'either';
  if (authority === '' || /\s/.test(authority)) return 'refuse';
  // A plain host name (its last label not a number: "999.999.999.999" is an invalid IPv4 address).
  return /^([a-z0-9-]+\.)*[a-z][a-z0-9-]*(:\d{1,5})?$/i.test(authority) ? 'accept' : 'either';
}

function isRealDay(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function dateVerdict(value: string): Verdict {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) return isRealDay(+date[1], +date[2], +date[3]) ? 'accept' : 'refuse';
  const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (dateTime) {
    const [hours, minutes, seconds] = [+dateTime[4], +dateTime[5], +dateTime[6]];
    const real = isRealDay(+dateTime[1], +dateTime[2], +dateTime[3]) && hours < 24 && minutes < 60 && seconds < 60;
    const offset = /^[+-](\d{2}):(\d{2})$/.exec(dateTime[8]);
    if (offset && (+offset[1] > 14 || +offset[2] > 59)) return 'refuse';
    return real ? 'accept' : 'refuse';
  }
  // Padded, lower-case or minute-precision forms of an ISO date may go either way; anything that
  // does not even start like one is refused.
  return /^\s*\d{4}-\d{2}-\d{2}(\s*$|[T ])/i.test(value) ? 'either' : 'refuse';
}

function verdictOf(kind: Kind, value: string): Verdict {
  switch (kind.kind) {
    case 'url':
      return urlVerdict(value, kind.schemes, kind.maybe);
    case 'date': {
      const verdict = dateVerdict(value);
      if (verdict === 'refuse' || kind.notBefore === undefined) return verdict;
      const instant = new Date(value.trim().replace(' ', 'T')).getTime();
      const limit = new Date(kind.notBefore).getTime();
      // Before the last update: refused. A form the oracle is unsure of stays unsure.
      if (Number.isNaN(instant)) return verdict;
      return instant < limit ? 'refuse' : verdict;
    }
    case 'duration': {
      const parts = /^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/i.exec(value.trim());
      if (!parts || parts.slice(1).every((part) => part === undefined)) return 'refuse';
      const [years, months, weeks, days] = parts.slice(1).map((part) => Number(part ?? 0));
      const approximateDays = years * 365.25 + months * 30.44 + weeks * 7 + days;
      return approximateDays >= 1 && approximateDays <= 3653 ? 'accept' : 'refuse';
    }
    case 'heading-level':
      return /^[1-6]$/.test(value.trim()) ? 'accept' : 'refuse';
    case 'enum':
      if (kind.values.includes(value)) return 'accept';
      return kind.values.includes(value.trim().toLowerCase()) ? 'either' : 'refuse';
    case 'amount': {
      const trimmed = value.trim();
      if (!/^(\d+(\.\d+)?|\.\d+)$/.test(trimmed)) return 'refuse';
      return kind.max !== undefined && Number(trimmed) > kind.max ? 'refuse' : 'accept';
    }
    case 'currency':
      if (['USD', 'EUR', 'GBP', 'JPY'].includes(value.trim().toUpperCase())) return 'accept';
      return /^[A-Za-z]{3}$/.test(value.trim()) ? 'either' : 'refuse';
    case 'name':
      return value.trim() === '' ? 'refuse' : 'accept';
    case 'needs-ends':
      return 'refuse';
    case 'boolean':
    case 'text':
      return 'accept';
    case 'unknown':
      return 'either';
  }
}

function corpusFor(kind: Kind): string[] {
  switch (kind.kind) {
    case 'heading-level':
      return unique([...GENERIC, ...HEADING_EXTRAS]);
    case 'enum':
      return unique([...GENERIC, ...enumExtras(kind.values)]);
    case 'amount':
      return unique([...GENERIC, ...AMOUNT_EXTRAS]);
    case 'currency':
      return unique([...GENERIC, ...CURRENCY_EXTRAS]);
    case 'name':
      return unique([...GENERIC, ...NAME_EXTRAS]);
    case 'duration':
      return unique([...GENERIC, ...DURATION_EXTRAS]);
    default:
      return GENERIC;
  }
}

// ---------------------------------------------------------------------------------------------
// Watching the page
// ---------------------------------------------------------------------------------------------

/** Elements that run script or load content: none belongs in a widget's shadow DOM. */
const FORBIDDEN_TAGS = new Set([
  'script', 'img', 'image', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta',
  'link', 'style', 'form', 'foreignobject', 'animate', 'set', 'noscript', 'template', 'portal',
]);
/** URL-valued attributes other than `href`: none belongs in a widget's shadow DOM. */
const FORBIDDEN_URL_ATTRIBUTES = new Set(['src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'ping', 'background']);
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

function* shadowElements(host: Element): Generator<Element> {
  const root = host.shadowRoot;
  if (!root) return;
  for (const element of root.querySelectorAll('*')) {
    yield element;
    yield* shadowElements(element);
  }
}

/** Awaits `host`'s update and that of every widget in its shadow root, nested ones included. */
async function settle(host: Element): Promise<void> {
  const widget = host as Widget;
  if (widget.updateComplete) {
    for (let round = 0; round < 10 && !(await widget.updateComplete); round += 1);
  }
  const root = host.shadowRoot;
  if (!root) return;
  for (const child of root.querySelectorAll('*')) {
    if ((child as Widget).updateComplete || child.shadowRoot) await settle(child);
  }
}

function shadowTextOf(host: Element): string {
  let text = host.shadowRoot?.textContent ?? '';
  for (const element of shadowElements(host)) if (element.shadowRoot) text += element.shadowRoot.textContent;
  return text;
}

/** What is wrong with `host`'s rendering as far as injection goes (empty when nothing is). */
function injectionProblems(host: Element): string[] {
  const problems: string[] = [];
  if (host.childNodes.length > 0) problems.push('the light DOM changed');
  for (const element of shadowElements(host)) {
    const name = element.localName;
    if (FORBIDDEN_TAGS.has(name)) problems.push(`a <${name}> in the shadow DOM`);
    for (const attribute of element.getAttributeNames()) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) problems.push(`an ${attribute} attribute on <${name}>`);
      if (FORBIDDEN_URL_ATTRIBUTES.has(lower)) problems.push(`a ${attribute} attribute on <${name}>`);
      if (lower === 'href' || lower === 'xlink:href') {
        const href = element.getAttribute(attribute)!;
        let protocol: string;
        try {
          protocol = new URL(href, document.baseURI).protocol;
        } catch {
          protocol = 'unparseable';
        }
        const raw = SCHEME.exec(urlStripped(href));
        if (!SAFE_SCHEMES.includes(protocol) || (raw && !SAFE_SCHEMES.includes(`${raw[1].toLowerCase()}:`))) {
          problems.push(`<${name} ${attribute}=${JSON.stringify(href.slice(0, 60))}>`);
        }
      }
    }
  }
  return problems;
}

/** Lets asynchronous payloads (an image's error event, a frame's load) run if they were injected. */
async function drain(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
}

const show = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value);

let cases = 0;
let repeats = 0;
const verdicts: Record<Verdict, number> = { refuse: 0, accept: 0, either: 0 };
const warnings: string[] = [];
const errors: string[] = [];
const originalWarn = console.warn;
const originalError = console.error;
const onError = (event: ErrorEvent) => {
  errors.push(`error: ${event.message}`);
};
const onRejection = (event: PromiseRejectionEvent) => {
  errors.push(`unhandled rejection: ${String(event.reason)}`);
};

function listen(): void {
  warnings.length = 0;
  errors.length = 0;
  console.warn = (...args: unknown[]) => {
    warnings.push(String(args[0]));
  };
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
}

function unlisten(): void {
  console.warn = originalWarn;
  console.error = originalError;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
}

/** A live element of `tag` with its baseline attributes, rendered, in a container on the page. */
async function mount(tag: string, attributes: Record<string, string> = BASELINE[tag] ?? {}): Promise<Widget> {
  const container = document.createElement('div');
  container.className = 'fuzz-container';
  container.style.width = '800px';
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  document.body.append(container);
  await settle(element);
  return element;
}

/** Sets `attribute` to `value`, or back to its baseline (removes it when it has none). */
function assign(element: Element, attribute: string, value: string | null): void {
  if (value === null) element.removeAttribute(attribute);
  else element.setAttribute(attribute, value);
}

/**
 * Runs every value of the attribute's corpus through it; returns the failures, one line each (an
 * empty list is a pass), so one test reports every broken case at once.
 */
async function sweep(element: Widget, tag: string, attribute: string): Promise<string[]> {
  const kind = kindOf(tag, attribute);
  const baseline = BASELINE[tag]?.[attribute] ?? null;
  const failures: string[] = [];
  const lightDomScripts = document.querySelectorAll('script, img, iframe').length;
  const corpus = corpusFor(kind);
  // Then every fifth value again: the element has warned about it already, so it must not again.
  const repeated = corpus.filter((_, index) => index % 5 === 0);
  for (const [pass, value] of [...corpus.map((v) => ['first', v] as const), ...repeated.map((v) => ['again', v] as const)]) {
    if (pass === 'first') cases += 1;
    else repeats += 1;
    const problems: string[] = [];
    warnings.length = 0;
    errors.length = 0;
    try {
      assign(element, attribute, value);
      await settle(element);
    } catch (error) {
      problems.push(`threw ${String(error)}`);
    }
    const caseWarnings = [...warnings];
    problems.push(...errors);
    if (window.__fuzzSentinel !== undefined) problems.push('an injected script ran (the sentinel is set)');
    problems.push(...injectionProblems(element));
    if (document.querySelectorAll('script, img, iframe').length !== lightDomScripts) {
      problems.push('a <script>, <img> or <iframe> appeared in the page');
    }

    const verdict = pass === 'again' ? 'accept' : verdictOf(kind, value);
    if (pass === 'first') verdicts[verdict] += 1;
    if (caseWarnings.length > 1) problems.push(`${caseWarnings.length} warnings: ${caseWarnings.map((w) => w.slice(0, 100)).join(' | ')}`);
    for (const warning of caseWarnings) {
      const names = warning.startsWith(`<${tag}> ${attribute}=`) || warning.startsWith(`<${tag}> has no ${attribute} attribute`);
      if (!names) problems.push(`a warning that does not name <${tag}> ${attribute}: ${warning.slice(0, 120)}`);
      if (warning.length > 1000) problems.push(`a warning ${warning.length} characters long (it quotes the whole value)`);
    }
    if (verdict === 'refuse' && caseWarnings.length !== 1) problems.push(`must be refused with one warning, got ${caseWarnings.length}`);
    if (verdict === 'accept' && caseWarnings.length !== 0) {
      const expected = pass === 'again' ? 'no second warning for a value set again' : 'must be accepted without a warning';
      problems.push(`${expected}, got: ${caseWarnings[0].slice(0, 120)}`);
    }

    const shown = (kind.kind === 'text' || kind.kind === 'name') && kind.shown;
    if (shown && /<|javascript:/i.test(value) && value.length < 1000) {
      if (!shadowTextOf(element).includes(value.trim())) problems.push('the value is not shown verbatim as text');
    }

    // Back to the baseline: nothing to warn about there.
    warnings.length = 0;
    errors.length = 0;
    try {
      assign(element, attribute, baseline);
      await settle(element);
    } catch (error) {
      problems.push(`threw when reset: ${String(error)}`);
    }
    problems.push(...errors);
    if (warnings.length > 0) problems.push(`warned when reset to the baseline: ${warnings[0].slice(0, 120)}`);

    if (problems.length > 0) failures.push(`${attribute}=${show(value)}${pass === 'again' ? ' (again)' : ''}: ${problems.join('; ')}`);
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

let attributesOf: Map<string, string[]>;

before(async () => {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  attributesOf = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, (declaration.attributes ?? []).map((attribute) => attribute.name)]),
  );
});

after(() => {
  // Shown in the test run's output (browser logs).
  console.log(
    `fuzz: ${cases} cases run (element × attribute × value): ${verdicts.refuse} must be refused with one warning, ` +
      `${verdicts.accept} accepted without one, ${verdicts.either} either way (at most one warning); ` +
      `then ${repeats} values set a second time, with no second warning`,
  );
});

describe('fuzz: every attribute of every element against hostile values', function () {
  this.timeout(60_000);

  afterEach(() => {
    unlisten();
    for (const container of document.querySelectorAll('.fuzz-container')) container.remove();
    window.__fuzzSentinel = undefined;
  });

  it('covers every element of custom-elements.json, each defined, with a kind for each attribute', () => {
    expect([...attributesOf.keys()].sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
    const unknown = TAGS.flatMap((tag) => attributesOf.get(tag)!.filter((name) => kindOf(tag, name).kind === 'unknown').map((name) => `${tag} ${name}`));
    expect(unknown, 'attributes this test has no oracle for: add them to KINDS').to.deep.equal([]);
    expect(GENERIC.length).to.be.within(300, 400);
  });

  it('the sentinel works: the same payloads do run when a page parses them as HTML (canary)', async () => {
    const canary = document.createElement('div');
    canary.className = 'fuzz-container';
    canary.innerHTML = XSS[0];
    document.body.append(canary);
    for (let waited = 0; waited < 20 && window.__fuzzSentinel === undefined; waited += 1) await drain();
    expect(window.__fuzzSentinel).to.equal(1);
  });

  it('the shadow DOM inspection works: it reports injected markup (canary)', () => {
    const host = document.createElement('div');
    host.className = 'fuzz-container';
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<script>${RUN}</script><b onclick="${RUN}">x</b><a href=" JaVa\tScript:${RUN}">x</a><a href="/fine">ok</a>`;
    document.body.append(host);
    expect(injectionProblems(host)).to.have.length(3);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: every attribute × every value — no throw, no script, one warning per refused value; then axe`, async () => {
      window.__fuzzSentinel = undefined;
      const element = await mount(tag);
      expect(element.shadowRoot, `<${tag}> rendered`).to.exist;
      expect(injectionProblems(element), 'the baseline is clean').to.deep.equal([]);
      listen();
      const failures: string[] = [];
      for (const attribute of attributesOf.get(tag)!) failures.push(...(await sweep(element, tag, attribute)));
      await drain();
      unlisten();
      expect(window.__fuzzSentinel, 'an injected script ran').to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted, 'Object.prototype was polluted').to.equal(undefined);
      expect(failures.slice(0, 30), `${failures.length} failing cases`).to.deep.equal([]);
      await settle(element);
      await expect(element).to.be.accessible();
    });
  }

  /** Elements left holding hostile values, as a page might leave them: still accessible. */
  const NASTY: [string, Record<string, string>][] = [
    [
      'med-review',
      {
        reviewer: `"><img src=x onerror="${RUN}">`,
        'reviewer-credentials': '\u202EDNF',
        author: '👩🏽‍⚕️ Z\u0337\u0322a\u0334l\u0338g\u0336o\u0335 \uD800',
        updated: '2021-02-30',
      },
    ],
    [
      'promo-banner',
      {
        href: `javascript:${RUN}`,
        variant: `<svg onload="${RUN}">`,
        headline: `"><script>${RUN}</script>`,
        body: `huge:${'a '.repeat(5_000)}`,
        'price-amount': '-1',
        'price-currency': '€€€',
        'cta-label': '',
        dismissible: '',
        'dismiss-key': ' ',
        starts: 'not a date',
        countdown: '{}',
      },
    ],
    ['promo-banner', { preset: 'adult-acne', variant: 'card', href: `https://example.com/\u202Eevil?x="><script>${RUN}</script>`, 'cta-label': '\u202Eevil', 'utm-source': `<img src=x onerror=${RUN}>` }],
    ['med-disclaimer', { 'editorial-href': `\tjava\nscript:${RUN}` }],
    ['scar-types', { 'heading-level': '7', layout: '{"a":1}' }],
    ['microneedling-candidacy', { 'heading-level': `\${${RUN}}` }],
    ['scar-prevention', { 'heading-level': '0' }],
    [
      'acne-scar-article',
      { 'heading-level': '<h1>', 'promo-href': `data:text/html,<script>${RUN}</script>`, 'editorial-href': 'vbscript:msgbox(1)', 'hide-promos': 'false' },
    ],
  ];

  for (const [tag, attributes] of NASTY) {
    it(`<${tag}> holding nasty values passes axe and shows nothing injected`, async () => {
      listen();
      const element = await mount(tag, attributes);
      await drain();
      unlisten();
      expect(errors).to.deep.equal([]);
      expect(window.__fuzzSentinel).to.equal(undefined);
      expect(injectionProblems(element)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }
});
