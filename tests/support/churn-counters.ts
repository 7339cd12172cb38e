/**
 * Observable counts of what an element can leak, for tests/dom-churn.test.ts. Importing this module
 * (before the library: ES modules run in import order) replaces `ResizeObserver`,
 * `IntersectionObserver` and `MutationObserver` with subclasses that remember each instance's
 * observed targets, wraps `addEventListener`/`removeEventListener` to remember the listeners on
 * `window` and `document`, and wraps `setInterval`/`clearInterval` to remember running intervals.
 * Behaviour is unchanged: every call goes through to the browser.
 */

export type ObserverKind = 'ResizeObserver' | 'IntersectionObserver' | 'MutationObserver';
export const OBSERVER_KINDS: readonly ObserverKind[] = ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'];

/** Each observer instance ever made, by kind, with the targets it observes now. */
const observations = new Map<ObserverKind, Map<object, Set<Node>>>(OBSERVER_KINDS.map((kind) => [kind, new Map()]));

type ObserverConstructor = new (...args: never[]) => {
  observe(target: Node, options?: unknown): void;
  disconnect(): void;
  unobserve?(target: Node): void;
};

function countObservers(kind: ObserverKind): void {
  const Original = window[kind] as unknown as ObserverConstructor;
  const instances = observations.get(kind)!;
  const Counted = class extends Original {
    constructor(...args: never[]) {
      super(...args);
      instances.set(this, new Set());
    }

    override observe(target: Node, options?: unknown): void {
      super.observe(target, options);
      instances.get(this)!.add(target);
    }

    override disconnect(): void {
      super.disconnect();
      instances.get(this)!.clear();
    }
  };
  if (typeof Original.prototype.unobserve === 'function') {
    Object.defineProperty(Counted.prototype, 'unobserve', {
      configurable: true,
      writable: true,
      value(this: InstanceType<ObserverConstructor>, target: Node) {
        Original.prototype.unobserve!.call(this, target);
        instances.get(this)!.delete(target);
      },
    });
  }
  Object.defineProperty(Counted, 'name', { value: kind });
  (window as unknown as Record<ObserverKind, unknown>)[kind] = Counted;
}

OBSERVER_KINDS.forEach(countObservers);

/** What one kind of observer observes now: its live observations, and how many observers have any. */
export function observing(kind: ObserverKind): { observations: number; observers: number; targets: Node[] } {
  const targets = [...observations.get(kind)!.values()].flatMap((set) => [...set]);
  const observers = [...observations.get(kind)!.values()].filter((set) => set.size > 0).length;
  return { observations: targets.length, observers, targets };
}

/** The listeners now on window and document, one entry per registration the browser keeps. */
interface Registration {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}
const registrations: Registration[] = [];
const counted = (target: EventTarget) => target === window || target === document;
const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;
const indexOf = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) =>
  registrations.findIndex(
    (entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture,
  );

const { addEventListener, removeEventListener } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  addEventListener.call(this, type, listener, options);
  if (!listener || !counted(this)) return;
  const capture = captureOf(options);
  // Adding the same listener twice is a no-op in the browser, so it is one registration here too.
  if (indexOf(this, type, listener, capture) === -1) registrations.push({ target: this, type, listener, capture });
};
EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  removeEventListener.call(this, type, listener, options);
  if (!listener || !counted(this)) return;
  const index = indexOf(this, type, listener, captureOf(options));
  if (index !== -1) registrations.splice(index, 1);
};

/** How many listeners of each type are on `target` (window or document) now. */
export function listenersOn(target: Window | Document): Record<string, number> {
  const byType: Record<string, number> = {};
  for (const entry of registrations) {
    if (entry.target === target) byType[entry.type] = (byType[entry.type] ?? 0) + 1;
  }
  return byType;
}

/** The ids of the intervals running now. */
const intervals = new Set<unknown>();
const originalSetInterval = window.setInterval;
const originalClearInterval = window.clearInterval;
window.setInterval = function (...args: Parameters<typeof setInterval>) {
  const id = originalSetInterval.apply(window, args);
  intervals.add(id);
  return id;
} as typeof setInterval;
window.clearInterval = function (id?: number) {
  originalClearInterval.call(window, id);
  intervals.delete(id);
} as typeof clearInterval;

export function runningIntervals(): number {
  return intervals.size;
}

/** Everything counted, in one object that deep-equals another taken when nothing leaked. */
export function snapshot() {
  return {
    ResizeObserver: observing('ResizeObserver').observations,
    IntersectionObserver: observing('IntersectionObserver').observations,
    MutationObserver: observing('MutationObserver').observations,
    window: listenersOn(window),
    document: listenersOn(document),
    intervals: runningIntervals(),
  };
}
