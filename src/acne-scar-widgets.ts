/**
 * The one-tag bundle: `<script type="module" src=".../acne-scar-widgets.js">` defines every
 * element. It also exports the public API, for pages that want to call `setLocale`.
 */
import './define/med-review.js';
import './define/promo-banner.js';
import './define/scar-types.js';
import './define/microneedling-facts.js';
import './define/microneedling-evidence.js';
import './define/microneedling-candidacy.js';
import './define/scar-treatments.js';
import './define/scar-prevention.js';
import './define/med-disclaimer.js';
import './define/acne-scar-article.js';

export * from './index.js';
