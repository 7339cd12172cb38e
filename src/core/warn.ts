import { isServer } from 'lit';

/**
 * Console warnings for page authors. Each element warns once per attribute and value, so a
 * re-render or a burst of identical changes never floods the console.
 */
const warnedByElement = new WeakMap<Element, Set<string>>();

/** The longest attribute value quoted back in a warning; fuzzed or pasted values can be huge. */
const MAX_QUOTED_LENGTH = 80;

function quote(value: string): string {
  const shortened =
    value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
  return JSON.stringify(shortened);
}

/**
 * Warns that `attribute` of `element` holds a value the element cannot use, and what it does
 * instead. Returns whether a warning was written (false when this one was already given).
 */
export function warnInvalidAttribute(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  consequence: string,
): boolean {
  const shown = value == null ? 'missing' : quote(value);
  const key = `${attribute}\u0000${shown}`;
  let warned = warnedByElement.get(element);
  if (!warned) {
    warned = new Set();
    warnedByElement.set(element, warned);
  }
  if (warned.has(key)) return false;
  warned.add(key);
  const written = value == null ? `has no ${attribute} attribute` : `${attribute}=${shown}`;
  const message = `<${element.localName}> ${written}: ${consequence}`;
  // In a browser the console links the element; a server's console would print the whole object.
  if (isServer) say(message);
  else say(message, element);
  return true;
}

/** console.warn, which a page may have broken: a warning never stops a widget. */
function say(...parts: unknown[]): void {
  try {
    console.warn(...parts);
  } catch {
    // Nowhere to say it.
  }
}

const warnedOnce = new Set<string>();

/** Warns once per page for problems that are not tied to one element (a locale file, a tag name). */
export function warnOncePerPage(key: string, message: string): void {
  if (warnedOnce.has(key)) return;
  warnedOnce.add(key);
  say(`acne-scar-widgets: ${message}`);
}
