// First, before the library: the counters replace the observers and wrap the listener and interval
// functions, so everything the elements create is counted.
import { listenersOn, observing, runningIntervals, snapshot } from './support/churn-counters.js';
import { expect } from '@open-wc/testing';
import '../src/define/acne-scar-article.js';
import type { LitElement } from 'lit';
import { captureWarnings } from './support/console.js';
import { WIDGET_TAGS } from '../src/core/tags.js';

/**
 * Late and repeated DOM work (a single-page app re-rendering, a CMS moving blocks around): every
 * element is created, connected, moved to another parent (in a shadow root), removed and re-added,
 * removed and re-added 50 times (in one task, and across updates), removed before it ever rendered,
 * and has its attributes changed 100 times in a burst. Through all of it, nothing throws, and once the
 * element is out of the page again every observer observation, every listener on `window` and
 * `document` and every interval it started is gone: the counts return to what they were before it
 * was made. What is legitimately global (one MutationObserver on `<html lang>` for the whole page)
 * is checked not to grow with the number of elements.
 */

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

type Widget = LitElement;

const day = 24 * 60 * 60 * 1000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

/**
 * The attributes each element starts with: enough to switch on everything that observes or listens
 * (the offer's impression observer, visibility listener and countdown; the scar types' width).
 */
const RICH: Record<string, Record<string, string>> = {
  'med-review': { reviewer: 'Kristin Hall', 'reviewer-credentials': 'FNP', author: 'Our Editorial Team', updated: '2021-03-11' },
  'promo-banner': {
    preset: 'new-customer',
    href: 'https://example.com/start',
    dismissible: '',
    starts: isoDate(-1),
    ends: isoDate(3),
    countdown: '',
  },
  'acne-scar-article': { 'promo-href': '/offer', 'editorial-href': '/standards' },
  'med-disclaimer': { 'editorial-href': '/standards' },
};

/** Values the burst cycles through for each attribute: good ones, and bad ones that warn. */
const BURST_VALUES: Record<string, string[]> = {
  'heading-level': ['3', '1', '6', '0', 'seven', '2'],
  layout: ['tabs', 'columns', 'sideways', 'auto'],
  variant: ['card', 'inline', 'banner', 'bar'],
  preset: ['adult-acne', 'customized-treatment', 'free-stuff', 'new-customer'],
  href: ['/a', 'javascript:alert(1)', 'https://example.com/b', ''],
  'promo-href': ['/a', 'javascript:alert(1)', 'https://example.com/b'],
  'editorial-href': ['/a', 'data:text/html,x', '/standards'],
  updated: ['2022-01-02', 'yesterday', '2021-03-11'],
  starts: [isoDate(-2), 'soon', isoDate(-1)],
  ends: [isoDate(5), isoDate(-1), 'later', isoDate(3)],
  'price-amount': ['15', '-1', 'x', '9.99'],
  'price-currency': ['EUR', 'xx', 'USD'],
  'price-period': ['year', 'fortnight', 'month'],
  'dismiss-days': ['0', '-3', '30'],
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The element and every widget inside its shadow roots (the article's blocks). */
function widgetsIn(root: Element): Widget[] {
  const found: Widget[] = [];
  const visit = (element: Element) => {
    if ('updateComplete' in element) found.push(element as Widget);
    element.shadowRoot?.querySelectorAll('*').forEach(visit);
  };
  visit(root);
  return found;
}

/**
 * Lets every pending update (and those it causes, and the observers' first reports) run. Blocks an
 * element rendered while off the page were never connected, so they never update: not awaited.
 */
async function settle(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending = widgetsIn(element).filter((widget) => widget === element || widget.isConnected);
    await Promise.all(pending.map((widget) => widget.updateComplete));
    await frame();
  }
}

describe('late and repeated DOM work', function () {
  this.timeout(30000);

  let tags: { tag: string; attributes: { name: string; boolean: boolean }[] }[] = [];
  let pageA: HTMLElement;
  let pageB: HTMLElement;
  let shadowHost: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;
  const errors: string[] = [];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${event.reason}`);

  before(async () => {
    const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
    tags = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName!,
        attributes: (declaration.attributes ?? []).map(({ name, type }) => ({ name, boolean: type?.text === 'boolean' })),
      }));

    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError(...args);
    };

    // Two parents below the fold (so no impression fires and changes the counts mid-test), one of
    // them inside a shadow root.
    pageA = document.createElement('div');
    pageA.style.cssText = 'position: absolute; top: 300vh; width: 800px';
    shadowHost = document.createElement('div');
    shadowHost.style.cssText = 'position: absolute; top: 600vh; width: 400px';
    pageB = document.createElement('div');
    shadowHost.attachShadow({ mode: 'open' }).append(pageB);
    document.body.append(pageA, shadowHost);

    // The library's one-time set-up (it starts localization on the first connection) happens here,
    // before any count is taken.
    const first = create('med-review');
    pageA.append(first);
    await settle(first);
    first.remove();
    await settle(first);
  });

  after(() => {
    pageA.remove();
    shadowHost.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
  });

  beforeEach(() => {
    warnings = captureWarnings();
    errors.length = 0;
  });
  afterEach(() => warnings.restore());

  function create(tag: string): Widget {
    const element = document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries(RICH[tag] ?? {})) element.setAttribute(name, value);
    return element;
  }

  it('reads every element from custom-elements.json', () => {
    expect(tags.map(({ tag }) => tag)).to.have.members([...WIDGET_TAGS]);
  });

  it('counts what the elements hold while connected, so the leak checks below can see a leak', async () => {
    const baseline = snapshot();
    const types = create('scar-types');
    const banner = create('promo-banner');
    pageA.append(types, banner);
    await settle(types);
    await settle(banner);
    const connected = snapshot();
    expect(connected.ResizeObserver, 'the scar types measure their width').to.equal(baseline.ResizeObserver + 1);
    expect(connected.IntersectionObserver, 'the offer waits for an impression').to.equal(baseline.IntersectionObserver + 1);
    expect(connected.intervals, 'the offer counts down').to.equal(baseline.intervals + 1);
    expect(connected.document.visibilitychange ?? 0).to.equal((baseline.document.visibilitychange ?? 0) + 1);
    expect(connected.window['lit-localize-status'] ?? 0, 'each widget follows the locale').to.equal(
      (baseline.window['lit-localize-status'] ?? 0) + 2,
    );
    types.remove();
    banner.remove();
    await settle(types);
    await settle(banner);
    expect(snapshot()).to.deep.equal(baseline);
  });

  for (const tag of WIDGET_TAGS) {
    describe(`<${tag}>`, () => {
      it('holds the same observers and listeners after a move to another parent and after a removal and re-adding', async () => {
        const baseline = snapshot();
        const element = create(tag);
        pageA.append(element);
        await settle(element);
        const connected = snapshot();

        pageB.append(element);
        await settle(element);
        expect(snapshot(), 'moved into a shadow root').to.deep.equal(connected);

        element.remove();
        await settle(element);
        expect(snapshot(), 'removed').to.deep.equal(baseline);

        pageA.append(element);
        await settle(element);
        expect(snapshot(), 'added again').to.deep.equal(connected);

        element.remove();
        await settle(element);
        expect(snapshot(), 'removed again').to.deep.equal(baseline);
        expect(errors).to.deep.equal([]);
      });

      it('leaves nothing behind after 50 removals and re-addings, in one task and across updates', async () => {
        const baseline = snapshot();
        const element = create(tag);
        pageA.append(element);
        await settle(element);
        const connected = snapshot();

        for (let time = 0; time < 50; time += 1) {
          element.remove();
          (time % 2 ? pageA : pageB).append(element);
        }
        await settle(element);
        expect(snapshot(), 'after 50 in one task').to.deep.equal(connected);

        for (let time = 0; time < 50; time += 1) {
          element.remove();
          await element.updateComplete;
          (time % 2 ? pageA : pageB).append(element);
          await element.updateComplete;
        }
        await settle(element);
        expect(snapshot(), 'after 50 across updates').to.deep.equal(connected);

        element.remove();
        await settle(element);
        expect(snapshot(), 'removed').to.deep.equal(baseline);
        expect(errors).to.deep.equal([]);
      });

      it('leaves nothing behind when removed before it ever rendered', async () => {
        const baseline = snapshot();
        // Connected and removed in one task: its first update runs after it has left the page.
        const element = create(tag);
        pageA.append(element);
        element.remove();
        await settle(element);
        expect(snapshot(), 'removed at once').to.deep.equal(baseline);

        // Removed while its first update waits (for the locale, or a microtask).
        const later = create(tag);
        pageA.append(later);
        await Promise.resolve();
        later.remove();
        await settle(later);
        expect(snapshot(), 'removed a microtask later').to.deep.equal(baseline);
        expect(errors).to.deep.equal([]);
      });

      it('survives 100 attribute changes in a burst, then leaves nothing behind', async () => {
        const { attributes } = tags.find((entry) => entry.tag === tag)!;
        const baseline = snapshot();
        const element = create(tag);
        pageA.append(element);
        await settle(element);

        const changes = attributes.length ? 100 : 0;
        for (let change = 0; change < changes; change += 1) {
          const attribute = attributes[change % attributes.length];
          const round = Math.floor(change / attributes.length);
          if (attribute.boolean) {
            element.toggleAttribute(attribute.name, round % 2 === 0);
          } else {
            const values = BURST_VALUES[attribute.name] ?? [`value ${round}`, '', `<b>value</b> ${round}`];
            element.setAttribute(attribute.name, values[round % values.length]);
          }
        }
        await element.updateComplete;
        await settle(element);
        expect(element.shadowRoot!.childNodes.length, 'it still renders').to.be.greaterThan(0);

        // The burst again while moving it: a change lands on a disconnected element, too.
        for (let change = 0; change < changes; change += 1) {
          const attribute = attributes[change % attributes.length];
          if (change % 10 === 0) element.remove();
          if (change % 10 === 5) pageB.append(element);
          if (attribute.boolean) element.toggleAttribute(attribute.name);
          else element.setAttribute(attribute.name, (BURST_VALUES[attribute.name] ?? ['x', 'y'])[change % 2]);
        }
        await settle(element);
        element.remove();
        await settle(element);
        expect(snapshot(), 'removed after the bursts').to.deep.equal(baseline);
        expect(errors).to.deep.equal([]);
      });
    });
  }

  it('keeps one locale observer on <html> for the whole page, however many elements are connected', async () => {
    const baseline = snapshot();
    const htmlObservations = () => observing('MutationObserver').targets.filter((target) => target === document.documentElement).length;
    expect(htmlObservations(), 'started by the first element').to.equal(1);

    const elements = tags.flatMap(({ tag }) => Array.from({ length: 10 }, () => create(tag)));
    pageA.append(...elements);
    await Promise.all(elements.map(settle));
    const hosts = elements.flatMap(widgetsIn);
    expect(hosts.length).to.be.greaterThan(elements.length);

    expect(htmlObservations(), 'still one').to.equal(1);
    expect(observing('MutationObserver').observations).to.equal(baseline.MutationObserver);
    // Per connected widget, one listener for the locale (lit-localize's, removed on disconnect);
    // nothing else on window or document grows with the number of elements, except what each
    // offer holds while it waits for an impression.
    const offers = hosts.filter((host) => host.localName === 'promo-banner').length;
    const expectedWindow = { ...baseline.window, 'lit-localize-status': (baseline.window['lit-localize-status'] ?? 0) + hosts.length };
    expect(listenersOn(window)).to.deep.equal(expectedWindow);
    expect(listenersOn(document)).to.deep.equal({
      ...baseline.document,
      visibilitychange: (baseline.document.visibilitychange ?? 0) + offers,
    });
    expect(runningIntervals()).to.equal(baseline.intervals + 10);

    elements.forEach((element) => element.remove());
    await Promise.all(elements.map(settle));
    expect(snapshot()).to.deep.equal(baseline);
    expect(errors).to.deep.equal([]);
  });
});
