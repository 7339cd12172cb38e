/**
 * Every element's props in JSX, by tag: its attributes (with the values the element accepts) and
 * its events as `on` followed by the event's name, which React 19 and Preact both listen for.
 *
 * Generated from custom-elements.json by scripts/framework-bindings.mjs (npm run build): edit the
 * elements' JSDoc, not this file.
 */
export interface ElementAttributes {
  /** `<acne-scar-article>`: The whole article, composed from every element in the article's order. */
  'acne-scar-article': {
    /** The level of the article's title (1–6); each block's heading is one level below. Default 2. */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /** Leaves the article's three offers out, even when `promo-href` is given. */
    'hide-promos'?: boolean;
    /**
     * Where the offers' calls to action lead (`http:`, `https:` or relative). The article's three
     * offers appear only with it: an offer that cannot be acted on is left out.
     */
    'promo-href'?: string;
    /** Where the disclaimer's "Learn more about our editorial standards" link leads. */
    'editorial-href'?: string;
    /**
     * When the article's next medical review is due (ISO 8601 date), shown in the byline as
     * `<med-review>` shows it: "Next review due", then once the day has passed, that the article has
     * been due for review since then.
     */
    'next-review'?: string;
    /**
     * Instead of `next-review`: the time from the article's last update (11 March 2021) to its next
     * review, as an ISO 8601 duration (`P3Y`, `P18M`), as `<med-review>` takes it.
     */
    'review-interval'?: string;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
    /** From one of the article's offers: once, when a reader could see it for one second (half of it on screen and drawn, as `<promo-banner>` says). */
    'onpromo-impression'?: (event: HTMLElementEventMap['promo-impression']) => void;
    /** From one of the article's offers: its call to action was followed (a click, a middle click, a modifier click or Enter; `detail.opens` and `detail.input` as `<promo-banner>` says). Cancelable: `preventDefault()` stops the navigation. */
    'onpromo-click'?: (event: HTMLElementEventMap['promo-click']) => void;
    /** From the scar types block, when the reader selects the other scar type's tab (the block shows tabs when it is narrower than 36rem). */
    'onscar-types-tab-change'?: (event: HTMLElementEventMap['scar-types-tab-change']) => void;
    /** From the self-check, when the reader ticks or unticks a condition, or clears the answers. */
    'oncandidacy-change'?: (event: HTMLElementEventMap['candidacy-change']) => void;
  };
  /** `<med-disclaimer>`: The medical disclaimer, with an optional link to the editorial standards. */
  'med-disclaimer': {
    /**
     * Where the "Learn more about our editorial standards" link goes: an `http:`, `https:`,
     * `mailto:` or relative URL. Without it, or with any other scheme, there is no link.
     */
    'editorial-href'?: string;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
  };
  /** `<med-review>`: Byline of a medically reviewed article: reviewer, author, last update and next review. */
  'med-review': {
    /** The medical reviewer's name, e.g. "Kristin Hall". Without it the reviewer line is left out (with a warning). */
    reviewer?: string;
    /** The reviewer's credentials, shown after the name, e.g. "FNP". */
    'reviewer-credentials'?: string;
    /** Who wrote the article, e.g. "Our Editorial Team". Without it the "Written by" line is left out. */
    author?: string;
    /**
     * When the article was last updated: an ISO 8601 date (`2021-03-11`) or date-time. A missing or
     * invalid value leaves the "Last updated" line out, with a warning.
     * (The `updated` attribute, which JSX sets as this property: define the element before it renders.)
     */
    lastUpdated?: string;
    /** Use `lastUpdated`: in JSX `updated` would replace the element's own `updated()` method. */
    updated?: never;
    /**
     * When the article's next medical review is due: an ISO 8601 date (`2024-03-11`). Until that day
     * has passed, the byline says "Next review due"; after it, that the article has been due for
     * review since then. An invalid value leaves the line out, with a warning.
     */
    'next-review'?: string;
    /**
     * Instead of `next-review`: the time from the last update (`updated`) to the next review, as an
     * ISO 8601 duration of years, months, weeks or days (`P3Y`, `P18M`, `P1Y6M`), from one day to ten
     * years. `next-review` wins when both are given.
     */
    'review-interval'?: string;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
  };
  /** `<microneedling-candidacy>`: Advantages, who may not be a good candidate, side effects, and a self-check. */
  'microneedling-candidacy': {
    /**
     * The level of the element's heading, 1 to 6 (default 2); section headings are one level below.
     * Another value falls back to 2, with a warning.
     */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
    /** When the reader ticks or unticks a condition, or clears the answers. Bubbles and is composed. `detail.conditions` holds the ticked ids in the article's order (`active-acne`, `local-infection`, `skin-condition`, `anticoagulants`, `weak-immune-system`); `detail.mayNotBeCandidate` is true when any is ticked. */
    'oncandidacy-change'?: (event: HTMLElementEventMap['candidacy-change']) => void;
  };
  /** `<microneedling-evidence>`: What the studies found about microneedling for acne scars, with a figure of the numbers. */
  'microneedling-evidence': {
    /**
     * The level of the section's heading, 1 to 6 (default 2); each study's heading is one level
     * below. Any other value uses 2, with a warning.
     */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
  };
  /** `<microneedling-facts>`: What microneedling is: the roller and needle sizes, skin layers, healing, aftercare and results. */
  'microneedling-facts': {
    /**
     * The level of the element's heading, a whole number from 1 to 6; the cards' headings are one
     * level below. Defaults to 2; any other value falls back to 2 with a warning.
     */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
  };
  /** `<promo-banner>`: An offer, marked as an advertisement, with a safe tracked link, dismissal and scheduling. */
  'promo-banner': {
    /** One of the article's offers: `new-customer`, `adult-acne` or `customized-treatment`. */
    preset?: 'new-customer' | 'adult-acne' | 'customized-treatment';
    /** The layout: `bar` (default, a slim strip for the top of a page), `card` or `inline`. */
    variant?: 'bar' | 'card' | 'inline';
    /** Where the call to action goes: an `http:`, `https:` or relative URL. */
    href?: string;
    /** The call to action's label, replacing the preset's ("Get started") or the neutral "Learn more". */
    'cta-label'?: string;
    /** A headline of the site owner's own (plain text; use the `headline` slot for markup). */
    headline?: string;
    /** Text of the site owner's own under the headline (plain text; use the `body` slot for markup). */
    body?: string;
    /** The price's amount, a number such as `15` or `9.99`. */
    'price-amount'?: string;
    /** The price's ISO 4217 currency code; default `USD`. */
    'price-currency'?: string;
    /** How often the price is paid: `month`, `year`, `week`, `day` or `once` (default, the amount alone). */
    'price-period'?: 'month' | 'year' | 'week' | 'day' | 'once';
    /** Adds a close button. */
    dismissible?: boolean;
    /** The name a dismissal is remembered under; banners that share it are dismissed together. */
    'dismiss-key'?: string;
    /** For how many days a dismissal is remembered (default 30, at most 365; 0 for this page view only). */
    'dismiss-days'?: string;
    /** The first moment the banner shows: an ISO 8601 date (`2025-06-01`) or date-time; one that cannot be read hides the banner. */
    starts?: string;
    /** When the banner stops showing: an ISO 8601 date (shown through that day) or date-time; one that cannot be read hides the banner. */
    ends?: string;
    /** Shows the time left until `ends` ("Offer ends in 2 days"). Needs `ends`. */
    countdown?: boolean;
    /** Campaign source, added to the link as `utm_source`. */
    'utm-source'?: string;
    /** Campaign medium, added to the link as `utm_medium`. */
    'utm-medium'?: string;
    /** Campaign name, added to the link as `utm_campaign`. */
    'utm-campaign'?: string;
    /** Campaign content, added to the link as `utm_content`. */
    'utm-content'?: string;
    /** Campaign term, added to the link as `utm_term`. */
    'utm-term'?: string;
    /** The banner's name in the events' `detail.id`. */
    'promo-id'?: string;
    /** Once, when a reader could see the banner for one second: at least half of it on screen, drawn at no less than half its size, not hidden by `opacity: 0` or `visibility: hidden` (on it or above it), the page visible (the usual rule for display ads: half of the pixels for one second). */
    'onpromo-impression'?: (event: HTMLElementEventMap['promo-impression']) => void;
    /** The call to action was followed: a click, a middle click, a click with Ctrl, ⌘ or Shift, or Enter; `detail.opens` says where the link opens (`this-tab`, `new-tab`, `new-window`) and `detail.input` whether by `keyboard` or `pointer`. Cancelable: `preventDefault()` stops the navigation (a browser's own "Open link in new tab" menu and dragging the link cannot be seen or stopped). */
    'onpromo-click'?: (event: HTMLElementEventMap['promo-click']) => void;
    /** The reader closed the banner. */
    'onpromo-dismiss'?: (event: HTMLElementEventMap['promo-dismiss']) => void;
  };
  /** `<scar-prevention>`: The four tips for preventing acne scars. */
  'scar-prevention': {
    /**
     * The level (1–6) of the element's heading; each tip's title is one level below. Any other
     * value falls back to 2, with a warning.
     */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
  };
  /** `<scar-treatments>`: Other options for reducing acne scars, as comparable cards. */
  'scar-treatments': {
    /**
     * The level (1–6) of the element's heading; each option's name is one level below. Any other
     * value falls back to 2, with a warning.
     */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
  };
  /** `<scar-types>`: What causes acne scars, and atrophic vs hypertrophic scars compared. */
  'scar-types': {
    /** The level (1–6) of the element's heading; sub-headings go one and two levels below. Default 2. */
    'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6' | 1 | 2 | 3 | 4 | 5 | 6;
    /**
     * How the two scar types are compared: `auto` (default) shows two cards side by side when the
     * element is at least 36rem wide and tabs when it is narrower; `tabs` and `columns` force one.
     * Any other value warns once and behaves as `auto`.
     */
    layout?: 'auto' | 'tabs' | 'columns';
    /**
     * The address of the article this content comes from, its canonical URL (`http:`, `https:` or
     * relative). With it (or `publisher`), the element ends with a source line naming the publisher
     * and the article's title, linked here. Other schemes are refused, with a warning.
     */
    'source-href'?: string;
    /** The publisher of the article, named in the source line, e.g. "Example Health". */
    publisher?: string;
    /** When the reader selects the other scar type's tab (by pointer or keyboard); `detail.type` is `"atrophic"` or `"hypertrophic"`. Not fired on first render nor in the side-by-side layout. */
    'onscar-types-tab-change'?: (event: HTMLElementEventMap['scar-types-tab-change']) => void;
  };
}
