/**
 * The one-tag bundle for pages rendered on a server (see `acne-scar-widgets/ssr`):
 * `<script type="module" src=".../acne-scar-widgets-hydrate.js">` defines every element, like
 * `acne-scar-widgets.js`, and takes over their server-rendered shadow roots (hydration) instead of
 * rendering them again. Lit's hydration support must run before Lit itself, so it comes first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './acne-scar-widgets.js';
