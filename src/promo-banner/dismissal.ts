/**
 * Remembers which banners a reader dismissed, in `localStorage` when the page may use it. Every
 * access is guarded: reading the `localStorage` property itself throws in sandboxed iframes and
 * some private modes, and writing throws when the quota is full. When storage fails, a dismissal
 * lasts for the page view, kept in memory.
 */

/** The storage key for a banner's `dismiss-key`; the value is when it was dismissed, in ms since 1970. */
export const DISMISSAL_STORAGE_PREFIX = 'promo-banner:dismissed:';

const DAY_MS = 86_400_000;

/** Dismissals that storage could not keep: key → when they were made. */
const rememberedInMemory = new Map<string, number>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clean up when storage cannot be reached.
  }
}

/** Whether the banner with `dismissKey` was dismissed less than `days` days before `now`. */
export function isDismissed(dismissKey: string, days: number, now = Date.now()): boolean {
  const storageKey = DISMISSAL_STORAGE_PREFIX + dismissKey;
  const stored = read(storageKey);
  const at = rememberedInMemory.get(storageKey) ?? (stored === null ? NaN : Number(stored));
  if (Number.isNaN(at)) {
    if (stored !== null) remove(storageKey);
    return false;
  }
  if (now - at < days * DAY_MS) return true;
  rememberedInMemory.delete(storageKey);
  if (stored !== null) remove(storageKey);
  return false;
}

/**
 * Remembers that the banner with `dismissKey` was dismissed at `now`. Returns whether storage
 * kept it; if not, it is remembered for this page view only.
 */
export function rememberDismissal(dismissKey: string, now = Date.now()): boolean {
  const storageKey = DISMISSAL_STORAGE_PREFIX + dismissKey;
  if (write(storageKey, String(now))) return true;
  rememberedInMemory.set(storageKey, now);
  return false;
}
