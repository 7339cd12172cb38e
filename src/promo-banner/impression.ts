import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The share of the banner that must be on screen, and for how long, to count as seen. */
export const IMPRESSION_VISIBLE_RATIO = 0.5;
export const IMPRESSION_DELAY_MS = 1000;

/** How often a banner in view is looked at again while its second runs: opacity and visibility send no event. */
const CHECK_EVERY_MS = 250;

/**
 * Calls `onImpression` once, when a reader has been able to see the host for a second: at least
 * half of it on screen (an IntersectionObserver, no polling while it is out of view), drawn at no
 * less than half its size (not scaled to nothing), not made invisible by `opacity: 0` or
 * `visibility: hidden` on it or above it (`checkVisibility()`), and the page visible, the whole
 * second through: the usual rule for display ads, half of the pixels for one second. While it is
 * in view the host is looked at four times a second. The observer and the timer exist only while
 * the host is connected and `watch(true)` is in force, and are released after the impression.
 */
export class ImpressionController implements ReactiveController {
  private wanted = false;
  private counted = false;
  private inView = false;
  /** Since when (ms, performance.now()) the host has been seen without a break. */
  private seenSince?: number;
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onImpression: () => void,
  ) {
    host.addController(this);
  }

  /** Starts or stops watching; the banner watches while it is shown. */
  watch(wanted: boolean): void {
    this.wanted = wanted;
    if (wanted && this.host.isConnected) this.start();
    else this.stop();
  }

  hostConnected(): void {
    if (this.wanted) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private start(): void {
    if (this.counted || this.observer || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      ([entry]) => {
        // Ratios come back a hair under the threshold that triggered them.
        this.inView = entry.isIntersecting && entry.intersectionRatio >= IMPRESSION_VISIBLE_RATIO - 0.01;
        this.look();
      },
      { threshold: [0, IMPRESSION_VISIBLE_RATIO] },
    );
    this.observer.observe(this.host);
    document.addEventListener('visibilitychange', this.look);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.inView = false;
    this.seenSince = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.look);
  }

  /** Whether a reader can see the host now, the share on screen aside (the observer's part). */
  private drawn(): boolean {
    const host = this.host;
    const { width, height } = host.getBoundingClientRect();
    if (width * height < IMPRESSION_VISIBLE_RATIO * host.offsetWidth * host.offsetHeight - 1) return false;
    try {
      return host.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    } catch {
      return true;
    }
  }

  private readonly look = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.inView || document.visibilityState !== 'visible' || !this.drawn()) {
      this.seenSince = undefined;
      // In view but not drawn: look again, since nothing tells when it is.
      if (this.inView) this.timer = setTimeout(this.look, CHECK_EVERY_MS);
      return;
    }
    const now = performance.now();
    this.seenSince ??= now;
    if (now - this.seenSince >= IMPRESSION_DELAY_MS) {
      this.counted = true;
      this.stop();
      this.onImpression();
      return;
    }
    this.timer = setTimeout(this.look, Math.min(CHECK_EVERY_MS, this.seenSince + IMPRESSION_DELAY_MS - now));
  };
}
