import { setLocale } from '../../src/core/locale.js';

/** Records console.warn calls for the duration of a test, without printing them. */
export function captureWarnings() {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    /** The first argument of each warning, i.e. its message. */
    messages: () => calls.map((args) => String(args[0])),
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Captures console warnings during each test of the enclosing `describe`: `messages()` reads the
 * current test's. With `resetLocale`, the widgets follow the page's own locale again after each.
 */
export function warningsOfEachTest({ resetLocale = false } = {}) {
  let current: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => {
    current = captureWarnings();
  });
  afterEach(async () => {
    current?.restore();
    if (resetLocale) await setLocale(null);
  });
  return { messages: () => current?.messages() ?? [] };
}

/** An element's text, with white space collapsed (empty for none). */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible text of an element's shadow root, with white space collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element in `host`'s shadow root that carries `part`, or null. */
export function part(host: Element, name: string): HTMLElement | null {
  return host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Resolves when lit-localize reports that a locale is ready (after a change of `<html lang>`). */
export function nextLocaleReady(): Promise<string> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', listener);
      resolve(detail.readyLocale!);
    };
    window.addEventListener('lit-localize-status', listener);
  });
}
