/**
 * What a browser needs for the widgets to work as designed. Where one of these is missing the
 * elements are not defined at all, so the page's own content for them (its light-DOM fallback)
 * stays, rather than a widget that half works: a dismissed offer that cannot hide itself, colours
 * that no longer follow the page. docs/browser-support.md lists the same features with the
 * first browser versions that have them (written by scripts/browser-support.mjs from MDN's
 * compatibility data); every other feature the library uses is older than these.
 */

/** Asks CSS; where the page has removed or broken `CSS.supports` the answer is yes, so no host can blank a widget with it. */
function cssSupports(...condition: [string] | [string, string]): boolean {
  try {
    return CSS.supports(...(condition as [string, string]));
  } catch {
    return true;
  }
}

/**
 * The newest features the widgets need: every browser with these has custom elements, shadow DOM
 * and the rest (and one without custom elements never gets this far).
 */
export const REQUIRED_FEATURES: readonly { name: string; supported: () => boolean }[] = [
  // ElementInternals is older than :state() in every engine.
  { name: ':state()', supported: () => cssSupports('selector(:state(x))') },
  { name: 'light-dark()', supported: () => cssSupports('color', 'light-dark(red,red)') },
];

/** The first feature this browser lacks, or undefined when it has them all. */
export function missingFeature(): string | undefined {
  return REQUIRED_FEATURES.find((feature) => !feature.supported())?.name;
}
