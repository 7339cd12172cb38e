import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The share of the banner that must be on screen, and for how long, to count as seen. */
export const IMPRESSION_VISIBLE_RATIO = 0.5;
export const IMPRESSION_DELAY_MS = 1000;

/**
 * Calls `onImpression` once, when at least half of the host has been on screen for a second
 * while the page is visible. An IntersectionObserver reports the visibility (no polling); the
 * observer and the timer exist only while the host is connected and `watch(true)` is in force,
 * and are released after the impression.
 */
export class ImpressionController implements ReactiveController {
  private wanted = false;
  private counted = false;
  private inView = false;
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
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
        this.restartTimer();
      },
      { threshold: [0, IMPRESSION_VISIBLE_RATIO] },
    );
    this.observer.observe(this.host);
    document.addEventListener('visibilitychange', this.restartTimer);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.inView = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.restartTimer);
  }

  private readonly restartTimer = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.inView || document.visibilityState !== 'visible') return;
    this.timer = setTimeout(() => {
      this.counted = true;
      this.stop();
      this.onImpression();
    }, IMPRESSION_DELAY_MS);
  };
}
