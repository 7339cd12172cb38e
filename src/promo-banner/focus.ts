const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0) return false;
  const visible = (element as HTMLElement & { checkVisibility?: () => boolean }).checkVisibility?.();
  return visible ?? element.getClientRects().length > 0;
}

/**
 * Moves focus to the first element a reader can tab to after `host` in its tree, else the last
 * one before it: where the reader would go next, now that the banner they were in is gone.
 */
export function focusPast(host: Element): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !host.contains(element) && isTabbable(element),
  );
  const after = candidates.find(
    (element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  (after ?? candidates.reverse().find((element) => element !== host))?.focus();
}
