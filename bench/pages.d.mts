/** The part of bench/pages.mjs the browser tests use (tests/layout.test.ts, tests/embed/anti-flash.test.ts). */
export declare const SITE_OWNERS_PAGE: string;
export declare function publishedCss(markdown: string, heading: string): string;
export declare function publishedReservationCss(markdown: string): string;
