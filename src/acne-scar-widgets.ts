/**
 * The one-tag bundle: `<script type="module" src=".../acne-scar-widgets.js">` defines every
 * element. It also exports the public API, for pages that want to call `setLocale`.
 */
import './define/med-review.js';
import './define/med-disclaimer.js';

export * from './index.js';
