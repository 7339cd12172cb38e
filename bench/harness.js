/*
 * The benchmark's probe, run in every frame before the page's own scripts (puppeteer's
 * evaluateOnNewDocument). It only observes: long tasks, layout shifts and paints from the
 * Performance API, and, on request, the moment the page's content is rendered, judged the same way
 * for every kind of page:
 *
 * - static: the document is parsed, then the next frame has been produced;
 * - widget: the document is parsed, every custom element in it (through shadow roots) is defined
 *   and has finished updating, then the next frame has been produced;
 * - iframe: the embedded document reports it is rendered (by the rule above), then the host's
 *   next frame has been produced.
 *
 * The kind comes from the page's <meta name="bench-kind">, else from whether it loads a module.
 */
(() => {
  if (window.__bench) return;
  const bench = (window.__bench = {
    longTasks: [],
    shifts: [],
    paints: {},
    largestContentfulPaint: undefined,
  });

  function describe(node) {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : 'unknown';
    const root = node.getRootNode();
    const host = root && root.host ? `${describe(root.host)} >> ` : '';
    const id = node.id ? `#${node.id}` : '';
    const className = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    const siblings = node.parentNode ? [...node.parentNode.children].filter((other) => other.localName === node.localName) : [];
    const position = !id && siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(node) + 1})` : '';
    return `${host}${node.localName}${id}${className}${position}`;
  }

  function observe(type, onEntry) {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not know: that figure is left out.
    }
  }

  observe('longtask', (entry) => {
    bench.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
  });
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    bench.shifts.push({
      value: entry.value,
      at: entry.startTime,
      sources: (entry.sources || []).map((source) => describe(source.node)),
    });
  });
  observe('paint', (entry) => {
    bench.paints[entry.name] = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    bench.largestContentfulPaint = entry.renderTime || entry.loadTime || entry.startTime;
  });

  // The box each custom element had before it was defined (the space the page reserved for it),
  // read in the first frame after parsing; compared with its height once rendered.
  const undefinedElements = [];
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    requestAnimationFrame(() => {
      for (const element of document.querySelectorAll(':not(:defined)')) {
        if (element.localName.includes('-')) undefinedElements.push({ element, box: element.getBoundingClientRect() });
      }
    });
  });
  bench.reservedSpace = () =>
    undefinedElements.map(({ element, box }) => ({
      element: describe(element),
      topPx: box.top,
      reservedPx: box.height,
      renderedPx: element.getBoundingClientRect().height,
    }));

  // Where there is no Long Tasks API (Firefox, WebKit), the main thread's stalls show as gaps
  // between animation frames: with the probe loaded as `<script data-frame-gaps>`, every gap
  // over 50 ms is recorded (a frame is due every 16.7 ms), in every engine alike.
  bench.frameGaps = [];
  if (document.currentScript && document.currentScript.hasAttribute('data-frame-gaps')) {
    let previous;
    const tick = (now) => {
      if (previous !== undefined && now - previous > 50) bench.frameGaps.push({ start: previous, duration: now - previous });
      previous = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  /** Resolves once the frame after the current one has been produced. */
  bench.nextFrame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    });

  const parsed = () =>
    document.readyState !== 'loading'
      ? Promise.resolve()
      : new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));

  /** Every element in the document and in every shadow root below it. */
  bench.allElements = (root = document) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(root);
    return found;
  };

  /**
   * Waits until every custom element under `root` (through shadow roots) is defined and none has
   * an update pending; resolves with how many there are. Each shadow root is searched once, when
   * its host has rendered, so this stays cheap with thousands of widgets on the page.
   */
  bench.settled = async (root = document) => {
    const known = new Set();
    let scopes = [root];
    for (let round = 0; round < 1000; round += 1) {
      const found = [];
      for (const scope of scopes) {
        for (const element of scope.querySelectorAll('*')) {
          if (element.localName.includes('-') && !known.has(element)) found.push(element);
        }
      }
      let rendered = found;
      if (found.length === 0) {
        // Nothing new: done, unless an element has re-rendered meanwhile (and may hold new ones).
        rendered = [...known].filter((element) => element.isUpdatePending);
        if (rendered.length === 0) return known.size;
      }
      const undefinedTags = new Set(found.filter((element) => !customElements.get(element.localName)).map((element) => element.localName));
      await Promise.all([...undefinedTags].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(rendered.map((element) => element.updateComplete));
      for (const element of found) known.add(element);
      scopes = rendered.filter((element) => element.shadowRoot).map((element) => element.shadowRoot);
    }
    throw new Error('the widgets never settled');
  };

  /** The text a reader can see, through shadow roots and slots, whitespace collapsed. */
  bench.visibleText = () => {
    const pieces = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        pieces.push(node.data);
        return;
      }
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (['style', 'script', 'template', 'head'].includes(node.localName)) return;
        if (getComputedStyle(node).display === 'none') return;
        if (node.localName === 'slot') {
          const assigned = node.assignedNodes({ flatten: true });
          (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
          return;
        }
        if (node.shadowRoot) {
          node.shadowRoot.childNodes.forEach(walk);
          return;
        }
      }
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return pieces.join(' ').replace(/\s+/g, ' ').trim();
  };

  function pageKind() {
    const meta = document.querySelector('meta[name="bench-kind"]');
    if (meta) return meta.content;
    return document.querySelector('script[type="module"]') ? 'widget' : 'static';
  }

  // Listening from the start: the embedded page may report before the host is asked.
  const embedRendered = new Promise((resolve) => {
    window.addEventListener('message', (event) => {
      if (event.data && event.data.benchRendered) resolve(event.data.benchRendered);
    });
  });

  let rendered;
  /** Resolves with the time (ms since this document's navigation started) its content was rendered. */
  bench.whenRendered = () => {
    rendered ??= (async () => {
      await parsed();
      const kind = pageKind();
      if (kind === 'iframe') {
        await embedRendered;
      } else if (kind === 'widget') {
        await bench.settled();
      }
      await bench.nextFrame();
      performance.mark('bench:rendered');
      const at = performance.now();
      if (window.parent !== window) window.parent.postMessage({ benchRendered: performance.timeOrigin + at }, '*');
      return at;
    })();
    return rendered;
  };

  // An embedded page reports to its host without being asked.
  if (window.parent !== window) bench.whenRendered();
})();
