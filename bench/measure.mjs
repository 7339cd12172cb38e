/**
 * Headless Chromium for the benchmark, and one cold page load measured: each load gets a new
 * browser context (its own empty cache and storage) and a new page with the probe (harness.js)
 * installed in every frame before the page's scripts run.
 */
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { mainThreadBreakdown, TRACE_CATEGORIES } from './trace.mjs';
import { chromiumArgs, requireChromium } from '../scripts/engines.mjs';

const PROBE = readFileSync(new URL('./harness.js', import.meta.url), 'utf8');

/** The host name the iframe embed is served from, so that it is cross-site, as a real embed is. */
export const EMBED_HOST = 'embed.test';

export const DESKTOP = { width: 1280, height: 800 };

export async function launchBrowser() {
  return puppeteer.launch({
    executablePath: requireChromium(),
    args: [
      ...chromiumArgs,
      // The embed's host name resolves to the local server, without any network.
      `--host-resolver-rules=MAP ${EMBED_HOST} 127.0.0.1`,
    ],
  });
}

const metricsOf = (response) => Object.fromEntries(response.metrics.map(({ name, value }) => [name, value]));

/**
 * A new page in a new browser context, with the probe installed and the Performance domain on in
 * every renderer it uses: a cross-site iframe runs in a process of its own, whose protocol session
 * is attached (and paused) before its first script, so its counters start in time too.
 */
export async function openPage(browser, viewport = DESKTOP) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  // puppeteer's own session for the page: child sessions (out-of-process frames) attach to it.
  const mainSession = page._client();
  const sessions = [mainSession];
  mainSession.on('sessionattached', (session) => {
    sessions.push(session);
    session.send('Performance.enable').catch(() => {});
  });
  await mainSession.send('Performance.enable');
  await page.evaluateOnNewDocument(PROBE);
  return {
    page,
    /** CDP counters summed over every renderer the page uses (ms and bytes). */
    async counters() {
      const all = await Promise.all(
        sessions.map((session) => session.send('Performance.getMetrics').then(metricsOf, () => undefined)),
      );
      const sum = (name) => all.reduce((total, metrics) => total + (metrics?.[name] ?? 0), 0);
      // The protocol's ScriptDuration misses most of the work Lit does in microtasks: the
      // report's scripting figure comes from a trace (traceLoad); these are kept for reference.
      return {
        cdpScriptingMs: sum('ScriptDuration') * 1000,
        cdpMainThreadMs: sum('TaskDuration') * 1000,
        nodes: sum('Nodes'),
      };
    },
    /** The live heap after a full garbage collection, summed over every renderer (bytes). */
    async heap() {
      let jsHeap = 0;
      let domHeap = 0;
      for (const session of sessions) {
        try {
          await session.send('HeapProfiler.collectGarbage');
          const usage = await session.send('Runtime.getHeapUsage');
          jsHeap += usage.usedSize;
          domHeap += usage.embedderHeapUsedSize ?? 0;
        } catch {
          // A session that has gone (a frame navigated away) holds nothing any more.
        }
      }
      return { jsHeap, domHeap };
    },
    close: () => context.close(),
  };
}

/** Everything the probe saw in every frame, its times moved onto the top frame's clock. */
async function probeRecords(page) {
  const top = page.mainFrame();
  const topOrigin = await top.evaluate(() => performance.timeOrigin);
  const records = [];
  for (const frame of page.frames()) {
    const record = await frame
      .evaluate(() => ({
        timeOrigin: performance.timeOrigin,
        longTasks: __bench.longTasks,
        shifts: __bench.shifts,
        paints: __bench.paints,
        largestContentfulPaint: __bench.largestContentfulPaint,
      }))
      .catch(() => undefined);
    if (!record) continue;
    const offset = record.timeOrigin - topOrigin;
    records.push({
      top: frame === top,
      offset,
      longTasks: record.longTasks,
      shifts: record.shifts.map((shift) => ({ ...shift, at: shift.at + offset })),
      firstContentfulPaint: record.paints['first-contentful-paint'],
      largestContentfulPaint: record.largestContentfulPaint === undefined ? undefined : record.largestContentfulPaint + offset,
    });
  }
  return records;
}

/**
 * Loads `url` cold and measures it: when its content was rendered (ms from navigation start, by
 * the probe's rule for the page's kind), first and largest contentful paint, scripting and
 * main-thread time up to that moment, then, `settleMs` later, long tasks, layout shifts and the
 * heap after garbage collection. `then(page)` runs extra steps before the page is closed;
 * `network` (puppeteer's `{ download, upload, latency }`) throttles the page's connection and
 * `cpuSlowdown` its processor.
 */
export async function measureLoad(browser, url, { viewport = DESKTOP, settleMs = 500, then, network, cpuSlowdown } = {}) {
  const opened = await openPage(browser, viewport);
  const { page } = opened;
  try {
    // A slower connection than the local one: latency added to every request, bandwidth capped.
    if (network) await page.emulateNetworkConditions(network);
    // A slower processor: every task takes `cpuSlowdown` times as long (Lighthouse's mobile uses 4).
    if (cpuSlowdown) await page.emulateCPUThrottling(cpuSlowdown);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const renderedMs = await page.evaluate(() => __bench.whenRendered());
    const counters = await opened.counters();
    await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), settleMs);
    const records = await probeRecords(page);
    const top = records.find((record) => record.top);
    // A long task shows in every same-origin frame it blocked: count each once.
    const longTasks = new Map();
    for (const task of records.flatMap((record) => record.longTasks)) {
      longTasks.set(`${Math.round(task.start)}:${Math.round(task.duration)}`, task.duration);
    }
    const shifts = records.flatMap((record) => record.shifts);
    const heap = await opened.heap();
    const extra = then ? await then(page, opened) : undefined;
    return {
      renderedMs,
      firstContentfulPaintMs: top?.firstContentfulPaint,
      // What the reader sees largest, an iframe's content included (the host's own LCP leaves it out).
      largestContentfulPaintMs: Math.max(...records.map((record) => record.largestContentfulPaint ?? -Infinity)),
      ...counters,
      longTaskCount: longTasks.size,
      longestTaskMs: Math.max(0, ...longTasks.values()),
      layoutShift: shifts.reduce((total, shift) => total + shift.value, 0),
      shiftSources: [...new Set(shifts.flatMap((shift) => shift.sources))],
      jsHeapBytes: heap.jsHeap,
      domHeapBytes: heap.domHeap,
      extra,
    };
  } finally {
    await opened.close();
  }
}

/**
 * Loads `url` cold with tracing on and returns its main-thread work up to the moment its content
 * was rendered, by kind (scripting, style and layout, parsing, paint…). Separate from
 * measureLoad because tracing slows the page down.
 */
export async function traceLoad(browser, url, { viewport = DESKTOP } = {}) {
  const opened = await openPage(browser, viewport);
  const { page } = opened;
  try {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => __bench.whenRendered());
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    return mainThreadBreakdown(trace, 'bench:rendered');
  } finally {
    await opened.close();
  }
}
