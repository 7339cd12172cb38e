/**
 * Reading and rewriting the XLIFF 1.2 files in xliff/, shared by the localize scripts. A unit is
 * kept as lit-localize writes it (its `<source>`, its `<target state="…">`, its notes); two things
 * are ours:
 *
 * - `<note from="translated-from">`: the English the target was translated from, written as the
 *   `msg()` template (`Written by ${author}`). A unit whose English has changed since is stale
 *   until someone translates it again, whatever extract does to its `<source>`.
 * - The target's `state`: `needs-translation` (stale or new), `translated` or
 *   `needs-review-translation` (translated, not medically reviewed), `final` or `signed-off`
 *   (reviewed by the reviewer recorded in xliff/reviews.json).
 */
import { readFileSync } from 'node:fs';

export const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
export const XLIFF_DIR = config.interchange.xliffDir;
/** The pseudo-locale: generated from the English, never translated or reviewed by anyone. */
export const PSEUDO_LOCALE = 'en-XA';
export const REVIEWS_PATH = `${XLIFF_DIR}/reviews.json`;
export const REVIEWED_STATES = ['final', 'signed-off'];
export const STALE_STATE = 'needs-translation';

export const xliffPath = (locale) => `${XLIFF_DIR}/${locale}.xlf`;

export const unescapeXml = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
export const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const PLACEHOLDER_XML = /<x id="(\d+)" equiv-text="([^"]*)"\/>/g;

/**
 * A unit's XML content as text, each placeholder written by `placeholder`: by default as the
 * `msg()` template reads (`Written by <x id="0" equiv-text="${author}"/>` → `Written by ${author}`),
 * or by its index for registerLocale (`(index) => '${' + index + '}'`).
 */
export function asTemplate(xml = '', placeholder = (index, equivText) => equivText) {
  const pieces = xml.split(PLACEHOLDER_XML); // text, id, equiv-text, text, …
  let text = '';
  for (let index = 0; index < pieces.length; index += 3) {
    text += unescapeXml(pieces[index]);
    if (index + 2 < pieces.length) text += placeholder(pieces[index + 1], unescapeXml(pieces[index + 2]));
  }
  return text;
}

const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;

/** Every unit of an XLIFF text, in file order. */
export function readUnits(xml) {
  return [...xml.matchAll(UNIT)].map(([, id, body]) => {
    const target = body.match(/<target(?:\s+state="([^"]*)")?\s*(?:\/>|>([\s\S]*?)<\/target>)/);
    const from = body.match(/<note from="translated-from">([\s\S]*?)<\/note>/);
    return {
      id,
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
      target: target ? (target[2] ?? '') : undefined,
      state: target?.[1],
      translatedFrom: from ? unescapeXml(from[1]) : undefined,
      note: body.match(/<note from="lit-localize">([\s\S]*?)<\/note>/)?.[1],
    };
  });
}

/** Rewrites each unit of an XLIFF text through `change(unit, body)`, which returns the unit's new body. */
export function rewriteUnits(xml, change) {
  return xml.replace(UNIT, (whole, id, body) => {
    const unit = readUnits(whole)[0];
    return `<trans-unit id="${id}">${change(unit, body)}</trans-unit>`;
  });
}

/** A unit body with its target's state set to `state`. */
export const withState = (body, state) =>
  body.replace(/<target(?:\s+state="[^"]*")?(\s*\/?>)/, `<target state="${state}"$1`);

/** A unit body whose `translated-from` note says `template` (added after the target, or replaced). */
export function withTranslatedFrom(body, template) {
  const note = `<note from="translated-from">${escapeXml(template)}</note>`;
  if (/<note from="translated-from">[\s\S]*?<\/note>/.test(body)) {
    return body.replace(/<note from="translated-from">[\s\S]*?<\/note>/, note);
  }
  return body.replace(/(<\/target>|<target[^>]*\/>)/, `$1\n  ${note}`);
}

/** Whether a unit's translation no longer matches its English: never translated from this English, or flagged. */
export const isStale = (unit) =>
  unit.target !== undefined && (unit.state === STALE_STATE || (unit.translatedFrom !== undefined && unit.translatedFrom !== asTemplate(unit.source)));

export const isReviewed = (unit) => unit.target !== undefined && REVIEWED_STATES.includes(unit.state ?? '') && !isStale(unit);

/** Whether `value` is a calendar day written `YYYY-MM-DD` that exists (`2027-02-30` does not). */
export function isCalendarDay(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * The medical review a locale's files carry (`{ date }`), from its record in xliff/reviews.json:
 * only when every one of `units` is reviewed (`final` or `signed-off`, none stale), else null;
 * `unreviewed` lists the units that keep it from shipping.
 */
export function shippedReview(record, units) {
  const unreviewed = units.filter((unit) => !isReviewed(unit));
  if (!record || units.length === 0 || unreviewed.length > 0) return { review: null, unreviewed };
  if (!isCalendarDay(record.date)) throw new Error(`${REVIEWS_PATH}: a review needs a date such as "2027-01-15", not ${JSON.stringify(record.date)}`);
  return { review: { date: record.date }, unreviewed };
}

/** Who reviewed each locale's translation and when: { "<locale>": { "reviewer": "…", "date": "YYYY-MM-DD" } }. */
export function readReviews() {
  try {
    return JSON.parse(readFileSync(REVIEWS_PATH, 'utf8'));
  } catch {
    return {};
  }
}

/** Message id → the element it is shown by (`med-review`…, or `every element` for src/core/). */
export async function elementOfMessages() {
  const { relative, sep } = await import('node:path');
  const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
  const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
  const { messages } = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json')).extractSourceMessages();
  return new Map(
    messages.map((message) => {
      const folder = relative('src', message.file.fileName).split(sep)[0];
      return [message.name, folder === 'core' ? 'every element' : `<${folder}>`];
    }),
  );
}
