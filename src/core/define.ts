import { isServer } from 'lit';
import { missingFeature } from './support.js';
import { VERSION } from './version.js';
import { warnOncePerPage } from './warn.js';

/**
 * Marks classes from this library, whichever copy of it defined them. `Symbol.for` is shared by
 * every copy on the page, so a second copy recognises the first.
 */
export const LIBRARY_MARK = Symbol.for('acne-scar-widgets.version');

interface MarkedConstructor extends CustomElementConstructor {
  [LIBRARY_MARK]?: string;
}

/**
 * Defines `tagName` unless it is already defined. Never throws: loading the bundle twice, two
 * versions of it, or a per-element module beside the bundle all leave the first definition in
 * place; a tag taken by some other library's element is reported once. In a browser that lacks
 * what the widgets need (./support.ts) nothing is defined, and that is reported once.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const missing = isServer ? undefined : missingFeature();
  if (missing) {
    warnOncePerPage(
      `unsupported:${missing}`,
      `no element is defined: this browser lacks ${missing}, so the page's own content stays.`,
    );
    return;
  }
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tagName) as MarkedConstructor | undefined;
  if (existing === constructor) return;
  if (existing) {
    const existingVersion = existing[LIBRARY_MARK];
    if (existingVersion === undefined) {
      warnOncePerPage(
        `taken:${tagName}`,
        `<${tagName}> is already defined by another script, so this library's element is not used.`,
      );
    } else if (existingVersion !== VERSION) {
      warnOncePerPage(
        'other-version',
        `version ${existingVersion} was loaded first and stays in use; this copy (${VERSION}) defines nothing.`,
      );
    }
    return;
  }
  try {
    registry.define(tagName, constructor);
  } catch (error) {
    warnOncePerPage(`define:${tagName}`, `<${tagName}> could not be defined: ${String(error)}`);
  }
}
