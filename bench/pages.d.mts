/** The part of bench/pages.mjs the browser tests use (tests/layout.test.ts, tests/embed/anti-flash.test.ts). */
export declare function readmeCss(readme: string, heading: string): string;
export declare function readmeReservationCss(readme: string): string;
