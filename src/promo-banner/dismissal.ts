/**
 * Remembers which banners a reader dismissed, in `localStorage` when the page may use it. Every
 * access is guarded: reading the `localStorage` property itself throws in sandboxed iframes and
 * some private modes, and writing throws when the quota is full. When storage fails, a dismissal
 * lasts for the page view, kept in memory.
 */

/**
 * The storage key for a banner's `dismiss-key`. The value is when it was dismissed and for how many
 * days, `<ms since 1970>/<days>` (an older version stored the time alone; those are read with the
 * asking banner's days).
 */
export const DISMISSAL_STORAGE_PREFIX = 'promo-banner:dismissed:';

/** The longest a dismissal is kept, in days: a longer `dismiss-days` is cut to it. */
export const MAX_DISMISS_DAYS = 365;

const DAY_MS = 86_400_000;

/** Dismissals kept in memory (when only for this page view, or when storage fails): key → until. */
const rememberedInMemory = new Map<string, number>();

/** Who wants to know when a `dismiss-key` is dismissed: every banner on the page. */
const listeners = new Set<(dismissKey: string) => void>();
let hearingOtherTabs = false;

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

/**
 * When the dismissal stored under `storageKey` ends (ms since 1970; 0 for none). A value that is not
 * a time, was written in the future (beyond a day of clock skew), or keeps a banner away longer than
 * any may, is removed and not trusted; an expired one is removed. A value without its days (written
 * by an older version) is read with `days`, and left for the banners that keep it longer.
 */
function storedUntil(storageKey: string, days: number, now: number): number {
  const stored = read(storageKey);
  if (stored === null) return 0;
  const [, at, period] = /^(\d+)(?:\/(\d+(?:\.\d+)?))?$/.exec(stored) ?? [];
  const until = Number(at) + Number(period ?? days) * DAY_MS;
  const untrusted = !at || Number(at) > now + DAY_MS || Number(period) > MAX_DISMISS_DAYS || now - Number(at) > MAX_DISMISS_DAYS * DAY_MS;
  if (untrusted || (period !== undefined && until <= now)) {
    remove(storageKey);
    return 0;
  }
  return until;
}

/** Whether the banner with `dismissKey` (which keeps a dismissal `days` days) is dismissed at `now`. */
export function isDismissed(dismissKey: string, days: number, now = Date.now()): boolean {
  const storageKey = DISMISSAL_STORAGE_PREFIX + dismissKey;
  return Math.max(rememberedInMemory.get(storageKey) ?? 0, storedUntil(storageKey, days, now)) > now;
}

/**
 * Remembers that the banner with `dismissKey` was dismissed at `now`, for `days` days (0: for this
 * page view), and tells every banner with that key. A dismissal already kept longer is never
 * shortened. Returns whether storage keeps it; if not, it lasts for this page view.
 */
export function rememberDismissal(dismissKey: string, days: number, now = Date.now()): boolean {
  const storageKey = DISMISSAL_STORAGE_PREFIX + dismissKey;
  const kept =
    days > 0 && (storedUntil(storageKey, days, now) >= now + days * DAY_MS || write(storageKey, `${now}/${days}`));
  if (!kept) rememberedInMemory.set(storageKey, Infinity);
  for (const listener of listeners) listener(dismissKey);
  return kept;
}

/** Calls `listener` with the key of every dismissal, on this page or (through storage) in another tab; returns how to stop. */
export function onDismissal(listener: (dismissKey: string) => void): () => void {
  if (!hearingOtherTabs) {
    hearingOtherTabs = true;
    try {
      addEventListener('storage', (event) => {
        if (event.key?.startsWith(DISMISSAL_STORAGE_PREFIX)) for (const heard of listeners) heard(event.key.slice(DISMISSAL_STORAGE_PREFIX.length));
      });
    } catch {
      // Without storage events, other tabs' dismissals show on the next page view.
    }
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
