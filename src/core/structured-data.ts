/**
 * The article as schema.org `MedicalWebPage` data (JSON-LD), for search engines and health-content
 * aggregators: the server render adds it to pages with `<acne-scar-article>`, and pages that add
 * JSON-LD themselves get the same object from `articleStructuredData()`.
 */
import type { MedicalWebPage, WithContext } from 'schema-dts';
import { parseSafeUrl } from './attributes.js';
import { articleTitle, BYLINE } from './article.js';
import { getLocale, needLocaleChunk } from './locale.js';

export interface StructuredDataOptions {
  /** The address of the page that shows the article (`url`). */
  url?: string;
  /**
   * The source article's canonical URL, as `source-href` gives it (`isBasedOn`): absolute, or
   * relative to the page. Other schemes are left out.
   */
  sourceHref?: string;
  /** The article's publisher (`publisher`), as `publisher` names it. */
  publisher?: string;
}

/**
 * The article as a schema.org `MedicalWebPage`, in the locale the widgets show (its headline
 * translated, `inLanguage` that locale): the title, what it is about (acne scars; microneedling,
 * a medical procedure), the author, the medical reviewer with credentials, the date of the last
 * review, and where given the page's URL, the source's and the publisher.
 *
 * schema.org has no property for the next scheduled review: the byline shows it, the data does not
 * (the NHS content API lists it as a second `lastReviewed`, which reads as a review that has not
 * happened).
 *
 * @example
 * const data = await articleStructuredData({ url: location.href, sourceHref: 'https://example.com/acne-scars' });
 * script.textContent = JSON.stringify(data); // a <script type="application/ld+json">
 */
export async function articleStructuredData(options: StructuredDataOptions = {}): Promise<WithContext<MedicalWebPage>> {
  // The title is translated in every element's messages: loading the byline's is enough.
  await needLocaleChunk('med-review');
  return structuredDataNow(options);
}

/** `articleStructuredData` in the locale showing now, its messages already loaded (the server's case). */
export function structuredDataNow(options: StructuredDataOptions = {}): WithContext<MedicalWebPage> {
  const url = parseSafeUrl(options.url, ['http:', 'https:']);
  const source = parseSafeUrl(options.sourceHref, ['http:', 'https:']);
  const publisher = options.publisher?.trim();
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: articleTitle(),
    inLanguage: getLocale(),
    about: [
      { '@type': 'MedicalCondition', name: 'Acne scars' },
      { '@type': 'MedicalProcedure', name: 'Microneedling', alternateName: 'Collagen induction therapy' },
    ],
    author: { '@type': 'Organization', name: BYLINE.author },
    reviewedBy: { '@type': 'Person', name: BYLINE.reviewer, honorificSuffix: BYLINE.reviewerCredentials },
    lastReviewed: BYLINE.updated,
    dateModified: BYLINE.updated,
    ...(url && { url }),
    ...(source && { isBasedOn: source }),
    ...(publisher && { publisher: { '@type': 'Organization', name: publisher } }),
  };
}

/**
 * The data as the text of a `<script type="application/ld+json">` in HTML: `<` written `\u003c`,
 * so no value (a publisher's name) can close the script element or open a comment.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
