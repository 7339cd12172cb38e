import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, localeDirection } from './locale.js';

/** The nearest element above `element` (crossing shadow roots) that has a `dir` attribute. */
function directionFromAbove(element: Element): Element | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('dir')) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Lays a widget out right to left when its locale is written that way (`ar`), unless the page
 * already says which way the text goes: a `dir` on the widget or on anything above it wins.
 * Elements inside another widget inherit their host's direction.
 */
export class DirectionController implements ReactiveController {
  /** The `dir` value this controller wrote on the host, so it never overwrites the page's own. */
  private written: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.host;
    const current = host.getAttribute('dir');
    if (current !== null && current !== this.written) {
      this.written = undefined;
      return;
    }
    const wanted = localeDirection(getLocale()) === 'rtl' && !directionFromAbove(host) ? 'rtl' : undefined;
    if (wanted === this.written) return;
    if (wanted) host.setAttribute('dir', wanted);
    else host.removeAttribute('dir');
    this.written = wanted;
  }
}
