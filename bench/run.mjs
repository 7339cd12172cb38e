/**
 * `npm run bench`: the widgets' performance in headless Chromium, on pages this script generates,
 * and in part 6 the whole article in Firefox and WebKit beside it (bench/engines.mjs).
 *
 *   node bench/run.mjs [--runs N] [--quick] [--only article,scale,locale,shift,one,engines,lighthouse] [--strict]
 *
 * --runs N   cold loads per measurement (default 5); the report gives medians.
 * --quick    one run, and the scale test up to 100 instances: a smoke test of about a minute.
 * --only     some of the seven parts (7, lighthouse: the default mobile profile on the article,
 *            the blocks one by one and one element, each beside its static floor; at most 3 runs).
 * --strict   exit with status 1 when a target is missed.
 *
 * Prints the tables and writes bench/results.json (with the machine it ran on); a full run (every
 * part, 5 runs or more) also writes what it printed into docs/performance.md. Needs the build
 * (`npm run bench` builds first) and Chromium (/usr/bin/chromium, or CHROME_PATH); part 6 uses
 * Firefox and WebKit where they are installed (scripts/engines.mjs) and names those that are not.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, totalmem, platform, release, arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { DESKTOP, EMBED_HOST, launchBrowser, measureLoad, openPage, traceLoad } from './measure.mjs';
import { launchEngines, withProbe } from './engines.mjs';
import { launchLighthouseChrome, lighthouseRun } from './lighthouse.mjs';
import {
  BLOCK_TAGS,
  BUNDLE_PATH,
  blocksPage,
  ELEMENTS,
  LOADER_PATH,
  oneElementPage,
  embedPage,
  iframeHostPage,
  publishedReservationCss,
  reservationRulesPage,
  SITE_OWNERS_PAGE,
  scalePage,
  staticArticlePage,
  staticPage,
  widgetArticlePage,
} from './pages.mjs';
import { fixed, median, medians, megabytes, ratio, spread, table } from './stats.mjs';
import { engines } from '../scripts/engines.mjs';
import { writeDocSection } from '../scripts/doc-section.mjs';

/** Where the last full run's report goes, between these markers. */
const PERFORMANCE_PAGE = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
const BENCH_START = '<!-- bench:start (written by npm run bench: the last full run, as it printed it) -->';
const BENCH_END = '<!-- bench:end -->';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = new URL('./results.json', import.meta.url);

const PARTS = ['article', 'scale', 'locale', 'shift', 'one', 'engines', 'lighthouse'];

function parseOptions(argv) {
  const options = { runs: 5, quick: false, only: [...PARTS], strict: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--quick') options.quick = true;
    else if (argument === '--strict') options.strict = true;
    else if (argument === '--runs') options.runs = Number(argv[++index]);
    else if (argument.startsWith('--runs=')) options.runs = Number(argument.slice(7));
    else if (argument === '--only') options.only = argv[++index].split(',');
    else if (argument.startsWith('--only=')) options.only = argument.slice(7).split(',');
    else throw new Error(`unknown option ${argument} (see the comment at the top of bench/run.mjs)`);
  }
  const unknown = options.only.filter((part) => !PARTS.includes(part));
  if (unknown.length) throw new Error(`--only: no part named ${unknown.join(', ')} (${PARTS.join(', ')})`);
  if (options.quick) options.runs = 1;
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a whole number of at least 1');
  options.instances = options.quick ? [1, 10, 100] : [1, 10, 100, 1000];
  return options;
}

const options = parseOptions(process.argv.slice(2));
// On a terminal, a progress line rewritten in place (and cleared before the next output line);
// nothing when the output goes to a file.
/** Everything the run prints, for docs/performance.md (see the end of this script). */
const report = [];
const log = (...parts) => {
  if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
  console.log(...parts);
  report.push(parts.join(' '));
};
const progress = (text) => {
  if (process.stdout.isTTY) process.stdout.write(`\x1b[2K${text.slice(0, process.stdout.columns - 1)}\r`);
};

if (!existsSync(new URL('../dist/acne-scar-widgets.js', import.meta.url))) {
  throw new Error('dist/acne-scar-widgets.js is missing: run `npm run build` first (npm run bench does).');
}
/** Each element's files through the loader, its own first (dist/loader/files.json), as the site owners' snippet preloads them. */
const LOADER_FILES = JSON.parse(readFileSync(new URL('../dist/loader/files.json', import.meta.url), 'utf8'));

const server = await startServer(ROOT.replace(/\/$/, ''));
const origin = `http://127.0.0.1:${server.port}`;
const embedOrigin = `http://${EMBED_HOST}:${server.port}`;
const browser = await launchBrowser();
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()} ${arch()}`,
    chromium: await browser.version(),
    node: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  },
  options: { runs: options.runs, quick: options.quick, only: options.only },
  targets: [],
};
const target = (name, met, detail) => {
  results.targets.push({ name, met, detail });
};

/* ---------------------------------------------------------------- pages */

const servePage = (path, html) => {
  server.pages.set(path, html);
  return path;
};
const SITE_OWNERS = readFileSync(new URL(`../${SITE_OWNERS_PAGE}`, import.meta.url), 'utf8');
const PUBLISHED_RESERVATION = publishedReservationCss(SITE_OWNERS);
const WIDGET = servePage('/bench/pages/article-widget.html', widgetArticlePage({ reservationCss: PUBLISHED_RESERVATION }));
const WIDGET_SPANISH = servePage('/bench/pages/article-widget-es.html', widgetArticlePage({ lang: 'es', reservationCss: PUBLISHED_RESERVATION }));

/**
 * The static floor, made from the widget itself so the content is the same: the rendered article
 * serialized with every shadow root as declarative shadow DOM (`<template shadowrootmode>`), each
 * root's constructed style sheets written out as a `<style>` in it, Lit's empty marker comments
 * dropped. Static HTML and CSS that Chromium renders without any script.
 */
async function serializeArticle(path = WIDGET) {
  const opened = await openPage(browser);
  try {
    await opened.page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    await opened.page.evaluate(() => __bench.whenRendered());
    return await opened.page.evaluate(() => {
      const roots = __bench.allElements().filter((element) => element.shadowRoot).map((element) => element.shadowRoot);
      for (const root of roots) {
        const css = root.adoptedStyleSheets
          .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
          .join('\n');
        const style = document.createElement('style');
        style.textContent = css;
        root.prepend(style);
      }
      const html = document.querySelector('main').getHTML({ shadowRoots: roots });
      return html.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '').trim();
    });
  } finally {
    await opened.close();
  }
}

/** The visible text of a page (through shadow roots) and the height of its content column. */
async function pageContent(path) {
  const opened = await openPage(browser);
  try {
    await opened.page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    await opened.page.evaluate(() => __bench.whenRendered());
    return await opened.page.evaluate(() => ({ text: __bench.visibleText(), height: document.querySelector('main').getBoundingClientRect().height }));
  } finally {
    await opened.close();
  }
}

const STATIC = '/bench/pages/article-static.html';
const EMBED = '/bench/pages/article-embed.html';
const IFRAME = '/bench/pages/article-iframe.html';
const IFRAME_SAME_ORIGIN = '/bench/pages/article-iframe-same-origin.html';

/** Serves the static floor, the embed and the iframe hosts, after checking the floor is the same article. */
async function prepareStaticFloor() {
  const staticArticle = await serializeArticle();
  if (/<script/i.test(staticArticle)) throw new Error('the serialized article holds a script: it is no static floor');
  servePage(STATIC, staticArticlePage(staticArticle));
  servePage(EMBED, embedPage(staticArticle));
  servePage(IFRAME, iframeHostPage(embedOrigin + EMBED));
  servePage(IFRAME_SAME_ORIGIN, iframeHostPage(EMBED));
  // The same words, laid out to the same height.
  const [widget, floor] = [await pageContent(WIDGET), await pageContent(STATIC)];
  if (widget.text !== floor.text) {
    let at = 0;
    while (widget.text[at] === floor.text[at]) at += 1;
    throw new Error(
      `the static page's text differs from the widget's at character ${at}:\n` +
        `  widget: …${widget.text.slice(Math.max(0, at - 60), at + 60)}…\n  static: …${floor.text.slice(Math.max(0, at - 60), at + 60)}…`,
    );
  }
  if (Math.abs(widget.height - floor.height) > 1) {
    throw new Error(`the static page lays the article out ${fixed(floor.height)} px tall, the widget ${fixed(widget.height)} px`);
  }
  results.staticFloor = {
    method: 'declarative shadow DOM serialized from the rendered widget',
    bytes: Buffer.byteLength(staticArticle),
    characters: widget.text.length,
    heightPx: widget.height,
  };
  log(`static floor: ${fixed(Buffer.byteLength(staticArticle) / 1024, 1)} KB of HTML, same ${widget.text.length} characters of text and ${fixed(widget.height)} px height as the widget\n`);
}

/* ---------------------------------------------------------------- 1. the whole article, three ways */

async function articleSuite() {
  const ways = [
    { key: 'static', label: 'static HTML + CSS (floor)', path: STATIC },
    { key: 'widget', label: '<acne-scar-article>, one script tag', path: WIDGET },
    { key: 'iframe', label: 'iframe embed (cross-site)', path: IFRAME },
    { key: 'iframeSameOrigin', label: 'iframe embed (same origin)', path: IFRAME_SAME_ORIGIN },
  ];
  // One load of each first, not counted: the browser's own first-use costs.
  for (const way of ways) await measureLoad(browser, origin + way.path, { settleMs: 0 });
  const runs = Object.fromEntries(ways.map((way) => [way.key, []]));
  for (let run = 1; run <= options.runs; run += 1) {
    // Interleaved, so that a busy moment on the machine touches every way alike.
    for (const way of ways) {
      progress(`article: run ${run}/${options.runs}, ${way.label}`);
      const { extra, ...figures } = await measureLoad(browser, origin + way.path);
      // Tracing slows the page down: its main-thread breakdown comes from a load of its own.
      const { wall, ...work } = await traceLoad(browser, origin + way.path);
      runs[way.key].push({ ...figures, scriptingMs: work.scripting + work.compile, mainThreadMs: work.total, work, workWall: wall });
    }
  }
  const summary = {};
  for (const way of ways) {
    const wayRuns = runs[way.key];
    summary[way.key] = {
      ...medians(wayRuns.map(({ shiftSources, work, workWall, ...figures }) => figures)),
      work: medians(wayRuns.map((run) => run.work)),
      workWall: medians(wayRuns.map((run) => run.workWall)),
      renderedSpread: spread(wayRuns.map((run) => run.renderedMs)),
      // The worst run, not the median, for what must never happen.
      longTaskCount: Math.max(...wayRuns.map((run) => run.longTaskCount)),
      longestTaskMs: Math.max(...wayRuns.map((run) => run.longestTaskMs)),
      layoutShift: Math.max(...wayRuns.map((run) => run.layoutShift)),
      shiftSources: [...new Set(wayRuns.flatMap((run) => run.shiftSources))],
    };
  }
  results.article = { summary, runs };

  const { static: floor, widget, iframe } = summary;
  log('1. The whole article, three ways (cold loads at 1280×800; medians, but long tasks and CLS from the worst run)\n');
  log(
    table(
      ['page', 'rendered ms', 'FCP ms', 'LCP ms', 'scripting CPU ms', 'main thread CPU ms', 'long tasks, longest ms', 'CLS', 'JS heap MB'],
      ways.map((way) => {
        const figures = summary[way.key];
        return [
          way.label,
          fixed(figures.renderedMs),
          fixed(figures.firstContentfulPaintMs),
          fixed(figures.largestContentfulPaintMs),
          fixed(figures.scriptingMs),
          fixed(figures.mainThreadMs),
          `${fixed(figures.longTaskCount)}, ${fixed(figures.longestTaskMs)}`,
          fixed(figures.layoutShift, 3),
          megabytes(figures.jsHeapBytes),
        ];
      }),
    ),
  );
  log('');
  const ratios = (other) => [
    ratio(widget.renderedMs, other.renderedMs),
    ratio(widget.largestContentfulPaintMs, other.largestContentfulPaintMs),
    ratio(widget.mainThreadMs, other.mainThreadMs),
    ratio(widget.jsHeapBytes, other.jsHeapBytes),
  ];
  log(table(['widget ÷', 'rendered', 'LCP', 'main thread CPU', 'JS heap'], [['static floor', ...ratios(floor)], ['iframe (cross-site)', ...ratios(iframe)]]));
  const breakdown = (figures) => Object.entries(figures.work).filter(([group]) => group !== 'total').map(([group, ms]) => `${group} ${fixed(ms)}`).join(', ');
  log(`\nmain-thread CPU ms by kind, up to rendered: widget: ${breakdown(widget)}; static: ${breakdown(floor)}`);
  log(`\nrendered-time spread (max − min) / median: ${ways.map((way) => `${way.key} ${fixed(100 * summary[way.key].renderedSpread)}%`).join(', ')}`);
  if (widget.shiftSources.length) log(`layout shifts on the widget page moved: ${widget.shiftSources.join(', ')}`);
  log('');
  target('article renders within 2× the static floor', widget.renderedMs <= 2 * floor.renderedMs, `${ratio(widget.renderedMs, floor.renderedMs)} (${fixed(widget.renderedMs)} vs ${fixed(floor.renderedMs)} ms)`);
  target('article renders within 1.5× the static floor (the speed pass\'s target)', widget.renderedMs <= 1.5 * floor.renderedMs, `${ratio(widget.renderedMs, floor.renderedMs)} (${fixed(widget.renderedMs)} vs ${fixed(floor.renderedMs)} ms)`);
  target('article renders at least 3× faster than the iframe embed', iframe.renderedMs >= 3 * widget.renderedMs, `iframe ÷ widget = ${ratio(iframe.renderedMs, widget.renderedMs)} (${fixed(iframe.renderedMs)} vs ${fixed(widget.renderedMs)} ms)`);
  target('no long task over 50 ms on the widget page', widget.longestTaskMs <= 50, `longest ${fixed(widget.longestTaskMs)} ms in the worst run (the static floor's: ${fixed(floor.longestTaskMs)} ms)`);
  target('no layout shift on the widget page', widget.layoutShift === 0, `CLS ${fixed(widget.layoutShift, 3)} in the worst run${widget.shiftSources.length ? ` (${widget.shiftSources.join(', ')} moved)` : ''}`);
}

/* ---------------------------------------------------------------- 2. scale */

/**
 * In the page: creates `count` instances of `tag`, adds them at once, and times until every one
 * (and every element inside it) has rendered and the page is laid out, then until the next frame.
 */
async function renderInstances([tag, attributes, count]) {
  const stage = document.getElementById('stage');
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  for (let index = 0; index < count; index += 1) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    fragment.append(element);
  }
  stage.append(fragment);
  const elements = await __bench.settled(stage);
  void document.body.offsetHeight;
  const laidOut = performance.now();
  await __bench.nextFrame();
  return { renderMs: laidOut - start, frameMs: performance.now() - start, elements };
}

async function scaleSuite() {
  const SCALE = servePage('/bench/pages/scale.html', scalePage());
  const tags = Object.keys(ELEMENTS);
  const runs = Object.fromEntries(tags.map((tag) => [tag, Object.fromEntries(options.instances.map((count) => [count, []]))]));
  const measure = async (tag, count) => {
    const opened = await openPage(browser);
    try {
      await opened.page.goto(origin + SCALE, { waitUntil: 'domcontentloaded' });
      await opened.page.evaluate(() => __bench.whenRendered());
      const before = await opened.heap();
      const timing = await opened.page.evaluate(renderInstances, [tag, ELEMENTS[tag], count]);
      const after = await opened.heap();
      return { ...timing, jsHeapBytes: after.jsHeap - before.jsHeap, domHeapBytes: after.domHeap - before.domHeap };
    } finally {
      await opened.close();
    }
  };
  await measure('acne-scar-article', 1);
  for (let run = 1; run <= options.runs; run += 1) {
    for (const tag of tags) {
      for (const count of options.instances) {
        progress(`scale: run ${run}/${options.runs}, ${count} × <${tag}>`);
        runs[tag][count].push(await measure(tag, count));
      }
    }
  }
  const largest = options.instances[options.instances.length - 1];
  const previous = options.instances[options.instances.length - 2];
  const summary = {};
  for (const tag of tags) {
    summary[tag] = {};
    for (const count of options.instances) {
      const figures = medians(runs[tag][count]);
      summary[tag][count] = {
        ...figures,
        renderPerInstanceMs: figures.renderMs / count,
        jsHeapPerInstanceBytes: figures.jsHeapBytes / count,
        domHeapPerInstanceBytes: figures.domHeapBytes / count,
      };
    }
    // Growth of the per-instance cost up to the largest count, from 10 and from the one before
    // the largest (100): the first still carries each element's one-off costs, the second does not.
    const growth = (field) => Math.max(summary[tag][largest][field] / summary[tag][10][field], summary[tag][largest][field] / summary[tag][previous][field]);
    summary[tag].growth = growth('renderPerInstanceMs');
    summary[tag].heapGrowth = growth('jsHeapPerInstanceBytes');
  }
  results.scale = { instances: options.instances, summary, runs };

  log(`2. Scale: N instances of each element added to one page at once (medians). Time until all are rendered and laid out, per instance, and how it grows; heap after garbage collection, per instance at ${largest.toLocaleString('en-US')}\n`);
  log(
    table(
      [
        'element',
        ...options.instances.map((count) => `${count.toLocaleString('en-US')}: ms/inst.`),
        `all ${largest.toLocaleString('en-US')} ms`,
        `${largest.toLocaleString('en-US')} vs 10`,
        ...(previous === 10 ? [] : [`${largest.toLocaleString('en-US')} vs ${previous}`]),
        'JS KB/inst.',
        'DOM KB/inst.',
      ],
      tags.map((tag) => [
        `<${tag}>`,
        ...options.instances.map((count) => fixed(summary[tag][count].renderPerInstanceMs, 2)),
        fixed(summary[tag][largest].renderMs),
        ratio(summary[tag][largest].renderPerInstanceMs, summary[tag][10].renderPerInstanceMs),
        ...(previous === 10 ? [] : [ratio(summary[tag][largest].renderPerInstanceMs, summary[tag][previous].renderPerInstanceMs)]),
        fixed(summary[tag][largest].jsHeapPerInstanceBytes / 1024, 1),
        fixed(summary[tag][largest].domHeapPerInstanceBytes / 1024, 1),
      ]),
    ),
  );
  log('');
  const steepest = tags.reduce((worst, tag) => (summary[tag].growth > summary[worst].growth ? tag : worst), tags[0]);
  const heaviest = tags.reduce((worst, tag) => (summary[tag].heapGrowth > summary[worst].heapGrowth ? tag : worst), tags[0]);
  target(
    `per-instance cost flat from 10 to ${largest.toLocaleString('en-US')} instances (grows at most 1.25×)`,
    tags.every((tag) => summary[tag].growth <= 1.25 && summary[tag].heapGrowth <= 1.25),
    `time per instance grows at most ${fixed(summary[steepest].growth, 2)}× (<${steepest}>), heap per instance at most ${fixed(summary[heaviest].heapGrowth, 2)}× (<${heaviest}>)`,
  );
}

/* ---------------------------------------------------------------- 3. locale switch */

/** In the page: switches <html lang> to Spanish and times until every block shows it. */
async function switchToSpanish() {
  const englishText = __bench.visibleText();
  const tasksBefore = __bench.longTasks.length;
  const ready = new Promise((resolve) => {
    window.addEventListener('lit-localize-status', (event) => {
      if (event.detail.status === 'ready' && event.detail.readyLocale === 'es') resolve(performance.now());
    });
  });
  performance.mark('bench:locale-switch');
  const start = performance.now();
  document.documentElement.lang = 'es';
  const loadedAt = await ready;
  await __bench.settled();
  void document.body.offsetHeight;
  const renderedAt = performance.now();
  await __bench.nextFrame();
  const shownAt = performance.now();
  // Long-task entries arrive a little after their task.
  await new Promise((resolve) => setTimeout(resolve, 100));
  // One file per element on the page (locales/es/<tag>.js), fetched side by side.
  const files = performance.getEntriesByType('resource').filter((entry) => /\/locales\/es\/[^/]+\.js$/.test(entry.name));
  return {
    fileLoadedMs: loadedAt - start,
    localeFileMs: files.length ? Math.max(...files.map((entry) => entry.responseEnd)) - Math.min(...files.map((entry) => entry.startTime)) : undefined,
    localeFiles: files.length,
    renderedMs: renderedAt - start,
    shownMs: shownAt - start,
    longestTaskMs: Math.max(0, ...__bench.longTasks.slice(tasksBefore).map((task) => task.duration)),
    englishText,
    text: __bench.visibleText(),
  };
}

async function localeSuite() {
  const spanish = await pageContent(WIDGET_SPANISH);
  const english = await pageContent(WIDGET);
  if (spanish.text === english.text) throw new Error('the Spanish page shows the same text as the English one');
  const runs = [];
  await measureLoad(browser, origin + WIDGET, { settleMs: 0, then: (loaded) => loaded.evaluate(switchToSpanish) });
  for (let run = 1; run <= options.runs; run += 1) {
    progress(`locale switch: run ${run}/${options.runs}`);
    const { extra } = await measureLoad(browser, origin + WIDGET, { settleMs: 0, then: (loaded) => loaded.evaluate(switchToSpanish) });
    const { text, englishText, ...figures } = extra;
    if (englishText !== english.text) throw new Error('before the switch, the article did not show the English text');
    if (text !== spanish.text) {
      let at = 0;
      while (text[at] === spanish.text[at]) at += 1;
      throw new Error(`after switching to Spanish the article's text differs from a page opened in Spanish, at character ${at}: …${text.slice(Math.max(0, at - 60), at + 60)}…`);
    }
    runs.push(figures);
  }
  const summary = { ...medians(runs), longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)) };
  results.locale = { summary, runs };
  log('3. Locale switch: the whole article from English to Spanish (<html lang="es">), translation file loaded cold (medians)\n');
  log(
    table(
      ['step', 'ms after the change'],
      [
        [`Spanish files loaded (the ${summary.localeFiles} fetches themselves, first start to last end)`, `${fixed(summary.fileLoadedMs)} (${fixed(summary.localeFileMs)})`],
        ['every block re-rendered and laid out', fixed(summary.renderedMs)],
        ['next frame shown', fixed(summary.shownMs)],
        ['longest task during the switch (worst run)', fixed(summary.longestTaskMs)],
      ],
    ),
  );
  log('');
}

/* ---------------------------------------------------------------- 4. layout shift */

const VIEWPORTS = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'tablet 800×1000', width: 800, height: 1000 },
  { name: 'phone 390×844', width: 390, height: 844 },
];

/** How late the bundle arrives in the layout-shift part: after the first paint, on this machine. */
const SCRIPT_DELAY_MS = 300;

/**
 * When the bundle's last byte arrived (ms from navigation start, from Resource Timing), and each
 * widget's height before it upgraded (the space the page reserved) and once rendered.
 */
const afterShiftLoad = (loaded) =>
  loaded.evaluate(() => ({
    bundleArrivedMs: performance.getEntriesByType('resource').find((entry) => /\/acne-scar-widgets(-loader)?\.js$/.test(entry.name))?.responseEnd,
    reservedSpace: __bench.reservedSpace(),
  }));

async function layoutShiftSuite() {
  const pages = [
    { label: 'demo/index.html (blocks one by one)', path: '/demo/index.html', target: true },
    { label: 'demo/article.html (<acne-scar-article>)', path: '/demo/article.html', target: true },
    { label: 'plain page with the published :not(:defined) rules', path: servePage('/bench/pages/published-rules.html', reservationRulesPage(PUBLISHED_RESERVATION)), target: true },
    // The same page through the on-demand loader, whose elements upgrade a round trip later.
    { label: 'the same page through the loader', path: servePage('/bench/pages/published-rules-loader.html', reservationRulesPage(PUBLISHED_RESERVATION, LOADER_PATH)), target: true },
  ];
  const summary = {};
  const runs = {};
  // Served locally the bundle can arrive before the page's first paint, and then nothing shifts
  // however wrong the reserved space is. Over a network it arrives after: delay it, so that every
  // load paints the page before the widgets upgrade, as a reader on a real connection sees it.
  server.delays.set(BUNDLE_PATH, SCRIPT_DELAY_MS);
  server.delays.set(LOADER_PATH, SCRIPT_DELAY_MS);
  await measureLoad(browser, origin + pages[0].path, { settleMs: 0 });
  for (const entry of pages) {
    summary[entry.label] = {};
    runs[entry.label] = {};
    for (const viewport of VIEWPORTS) {
      const loads = [];
      for (let run = 1; run <= options.runs; run += 1) {
        progress(`layout shift: ${entry.label}, ${viewport.name}, run ${run}/${options.runs}`);
        // A longer wait after rendering: a late shift (a resize, a re-render) must be caught too.
        const load = await measureLoad(browser, origin + entry.path, { viewport, settleMs: 1500, then: afterShiftLoad });
        if (!(load.extra.bundleArrivedMs > load.firstContentfulPaintMs)) {
          throw new Error(`${entry.path}: the page did not paint before the bundle arrived; raise SCRIPT_DELAY_MS`);
        }
        loads.push(load);
      }
      runs[entry.label][viewport.name] = loads.map((load) => ({ layoutShift: load.layoutShift, shiftSources: load.shiftSources }));
      summary[entry.label][viewport.name] = {
        worst: Math.max(...loads.map((load) => load.layoutShift)),
        median: median(loads.map((load) => load.layoutShift)),
        sources: [...new Set(loads.flatMap((load) => load.shiftSources))],
        // The space reserved before the upgrade against the rendered height (first load).
        reservedSpace: loads[0].extra.reservedSpace.map((space) => ({ ...space, reservedPx: Math.round(space.reservedPx * 10) / 10, renderedPx: Math.round(space.renderedPx * 10) / 10 })),
      };
    }
  }
  server.delays.delete(BUNDLE_PATH);
  server.delays.delete(LOADER_PATH);
  results.layoutShift = { viewports: VIEWPORTS, scriptDelayMs: SCRIPT_DELAY_MS, summary, runs };
  log(`4. Layout shift while the widgets load: cumulative layout shift, worst of ${options.runs} cold load${options.runs === 1 ? '' : 's'} (the bundle or the loader served ${SCRIPT_DELAY_MS} ms late, so the page paints before the widgets upgrade; shifts counted until 1.5 s after rendering)\n`);
  log(table(['page', ...VIEWPORTS.map((viewport) => viewport.name)], pages.map((entry) => [entry.label, ...VIEWPORTS.map((viewport) => fixed(summary[entry.label][viewport.name].worst, 3))])));
  for (const entry of pages) {
    const moved = [...new Set(VIEWPORTS.flatMap((viewport) => summary[entry.label][viewport.name].sources))];
    if (moved.length) log(`\n${entry.label}: moved ${moved.join(', ')}`);
    // Each widget's height before and after its upgrade, at each width in turn.
    const heights = new Map();
    for (const viewport of VIEWPORTS) {
      for (const space of summary[entry.label][viewport.name].reservedSpace) {
        if (!heights.has(space.element)) heights.set(space.element, []);
        heights.get(space.element).push(space);
      }
    }
    const misfit = [...heights].filter(([, spaces]) => spaces.some((space) => space.reservedPx > 0 && Math.abs(space.renderedPx - space.reservedPx) >= 1));
    const unreserved = [...heights].filter(([, spaces]) => spaces.every((space) => space.reservedPx === 0));
    const sizes = (spaces, key) => spaces.map((space) => fixed(space[key])).join('/');
    for (const [element, spaces] of misfit) log(`  ${element}: reserved ${sizes(spaces, 'reservedPx')} px, rendered ${sizes(spaces, 'renderedPx')} px (${VIEWPORTS.map((viewport) => viewport.width).join('/')} wide)`);
    if (unreserved.length) log(`  no space reserved: ${unreserved.map(([element]) => element).join(', ')}`);
  }
  log('');
  for (const entry of pages.filter((candidate) => candidate.target)) {
    const worst = Math.max(...VIEWPORTS.map((viewport) => summary[entry.label][viewport.name].worst));
    const where = VIEWPORTS.filter((viewport) => summary[entry.label][viewport.name].worst > 0).map((viewport) => viewport.name);
    target(`zero layout shift on ${entry.label}`, worst === 0, worst === 0 ? 'CLS 0 at every width' : `CLS up to ${fixed(worst, 3)} (${where.join(', ')})`);
  }
}

/* ---------------------------------------------------------------- 5. one element */

/**
 * Lighthouse's mobile profile: a "slow 4G" connection (150 ms round trip, 1.6 Mbps down, 750 kbps
 * up) and a processor 4 times slower than this machine's. The server gzips for these loads, so the
 * bytes on the wire are what a CDN would send.
 */
const SLOW_4G = { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };
const MOBILE_CPU_SLOWDOWN = 4;
const ONE_ELEMENT_TAGS = ['med-review', 'promo-banner', 'med-disclaimer'];
const gzipSizes = new Map();
const gzipSizeOf = (path) => {
  if (!gzipSizes.has(path)) gzipSizes.set(path, gzipSync(readFileSync(new URL(`..${path}`, import.meta.url)), { level: 9 }).length);
  return gzipSizes.get(path);
};
/** The library's scripts a page fetched (the bundle or the loader and its chunks; not locale files). */
const libraryScripts = (loaded) =>
  loaded.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/') && path.endsWith('.js') && !path.startsWith('/dist/locales/')),
  );

/**
 * A page with one element, as most embeds are (a byline, an offer, the disclaimer): the one-file
 * bundle against the on-demand loader, on the local connection and on a throttled mobile one.
 */
async function oneElementSuite() {
  const ways = [
    { key: 'bundle', label: 'acne-scar-widgets.js', script: BUNDLE_PATH },
    { key: 'loader', label: 'acne-scar-widgets-loader.js', script: LOADER_PATH },
    { key: 'preload', label: 'the loader, its files preloaded', script: LOADER_PATH, preload: true },
  ];
  const networks = [
    { key: 'local', label: 'local', conditions: undefined },
    { key: 'slow4g', label: 'slow 4G (150 ms, 1.6 Mbps)', conditions: SLOW_4G },
    { key: 'mobile', label: 'slow 4G and 4× slower CPU', conditions: SLOW_4G, cpuSlowdown: MOBILE_CPU_SLOWDOWN },
  ];
  const cases = ONE_ELEMENT_TAGS.flatMap((tag) =>
    networks.flatMap((network) =>
      ways.map((way) => {
        const preloads = way.preload ? LOADER_FILES[tag].map((file) => `/dist/${file}`) : [];
        return { tag, network, way, path: servePage(`/bench/pages/one-${tag}-${way.key}.html`, oneElementPage(tag, way.script, preloads)) };
      }),
    ),
  );
  server.compress = true;
  try {
    for (const way of ways) await measureLoad(browser, origin + cases.find((entry) => entry.way === way).path, { settleMs: 0 });
    const runs = new Map(cases.map((entry) => [entry, []]));
    for (let run = 1; run <= options.runs; run += 1) {
      for (const entry of cases) {
        progress(`one element: run ${run}/${options.runs}, <${entry.tag}>, ${entry.way.label}, ${entry.network.label}`);
        const load = await measureLoad(browser, origin + entry.path, { settleMs: 0, network: entry.network.conditions, cpuSlowdown: entry.network.cpuSlowdown, then: libraryScripts });
        runs.get(entry).push(load);
      }
    }
    const summary = {};
    const rows = [];
    for (const entry of cases) {
      const loads = runs.get(entry);
      const scripts = loads[0].extra;
      const figures = {
        renderedMs: median(loads.map((load) => load.renderedMs)),
        jsHeapBytes: median(loads.map((load) => load.jsHeapBytes)),
        scriptFiles: scripts.length,
        scriptGzipBytes: scripts.reduce((total, path) => total + gzipSizeOf(path), 0),
      };
      ((summary[entry.tag] ??= {})[entry.network.key] ??= {})[entry.way.key] = figures;
      rows.push([`<${entry.tag}>`, entry.network.label, entry.way.label, `${figures.scriptFiles}`, `${fixed(figures.scriptGzipBytes / 1024, 1)} KB`, fixed(figures.renderedMs), megabytes(figures.jsHeapBytes)]);
    }
    results.oneElement = { network: SLOW_4G, mobileCpuSlowdown: MOBILE_CPU_SLOWDOWN, summary };
    log(`5. One element on a page: the bundle or the on-demand loader (cold loads; medians of ${options.runs}; scripts gzipped as a CDN sends them)\n`);
    log(table(['page with', 'connection', 'script', 'files', 'script gzip', 'rendered ms', 'JS heap MB'], rows));
    log('');
    for (const tag of ONE_ELEMENT_TAGS) {
      for (const network of networks) {
        const { bundle, loader, preload } = summary[tag][network.key];
        log(`<${tag}>, ${network.label}: the loader renders in ${ratio(loader.renderedMs, bundle.renderedMs)} the bundle's time (${ratio(preload.renderedMs, bundle.renderedMs)} with its files preloaded), with ${ratio(loader.scriptGzipBytes, bundle.scriptGzipBytes)} its script bytes`);
      }
    }
    log('');
    // What a page with one element loads through the loader, for every element (each file gzipped
    // on its own, as the size report counts them), against the speed pass's 16 KB.
    const pageBytes = Object.entries(LOADER_FILES)
      .filter(([tag]) => tag !== 'acne-scar-article')
      .map(([tag, files]) => ({ tag, bytes: gzipSizeOf(LOADER_PATH) + files.reduce((sum, file) => sum + gzipSizeOf(`/dist/${file}`), 0) }));
    const over = pageBytes.filter((page) => page.bytes > 16 * 1024);
    target(
      'a page with one element loads at most 16 KB gzip (the loader and the element\'s files)',
      over.length === 0,
      pageBytes.map((page) => `<${page.tag}> ${fixed(page.bytes / 1024, 1)} KB`).join(', '),
    );
  } finally {
    server.compress = false;
  }
}

/* ---------------------------------------------------------------- 6. every engine */

/**
 * In the page: when its content was rendered, the main thread's stalls (gaps between animation
 * frames over 50 ms; and Chromium's long tasks), and each widget's box before and after it upgraded.
 */
async function enginePageFigures() {
  const renderedMs = await __bench.whenRendered();
  // Late work (a re-render, a resize) must show too.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {
    renderedMs,
    frameGaps: __bench.frameGaps.map((gap) => gap.duration),
    longTasks: __bench.longTasks.map((task) => task.duration),
    reservedSpace: __bench.reservedSpace(),
    viewportHeight: innerHeight,
  };
}

/** The widgets whose height changed on upgrade while the bottom of their reserved box was in view. */
const movedInView = (figures) =>
  figures.reservedSpace
    .filter((space) => Math.abs(space.renderedPx - space.reservedPx) >= 1 && space.topPx + space.reservedPx < figures.viewportHeight)
    .map((space) => `${space.element} ${fixed(space.reservedPx)}→${fixed(space.renderedPx)} px`);

/**
 * The whole article and the plain page with the published rules in Chromium, Firefox and WebKit, measured alike:
 * the probe as the page's first script, a fresh profile per load. Firefox and WebKit have neither
 * the Long Tasks nor the Layout Instability API, so stalls are gaps between animation frames, and
 * a layout shift is a widget whose height changed on upgrade while its reserved box was in view.
 */
async function enginesSuite() {
  const engineList = await launchEngines(log);
  const staticPage = servePage('/bench/pages/engines-static.html', withProbe(server.pages.get(STATIC)));
  const widgetPage = servePage('/bench/pages/engines-widget.html', withProbe(widgetArticlePage({ reservationCss: PUBLISHED_RESERVATION })));
  const rulesPage = servePage('/bench/pages/engines-published-rules.html', withProbe(reservationRulesPage(PUBLISHED_RESERVATION)));
  const pages = [
    { key: 'static', path: staticPage, viewport: DESKTOP },
    { key: 'widget', path: widgetPage, viewport: DESKTOP },
    { key: 'rules1280', path: rulesPage, viewport: DESKTOP, late: true },
    { key: 'rules800', path: rulesPage, viewport: { width: 800, height: 1000 }, late: true },
  ];
  const summary = {};
  try {
    for (const engine of engineList) {
      const version = await engine.version();
      // One load of each first, not counted: the engine's own first-use costs.
      for (const entry of pages.filter((candidate) => !candidate.late)) await engine.load(origin + entry.path, entry.viewport, enginePageFigures);
      const runs = Object.fromEntries(pages.map((entry) => [entry.key, []]));
      for (let run = 1; run <= options.runs; run += 1) {
        for (const entry of pages) {
          progress(`engines: ${engines[engine.name].label}, run ${run}/${options.runs}, ${entry.key}`);
          // The bundle comes late to the page with the published rules only, so that it paints before the upgrade.
          if (entry.late) server.delays.set(BUNDLE_PATH, SCRIPT_DELAY_MS);
          else server.delays.delete(BUNDLE_PATH);
          runs[entry.key].push(await engine.load(origin + entry.path, entry.viewport, enginePageFigures));
        }
      }
      const rulesLoads = [...runs.rules1280, ...runs.rules800];
      if (rulesLoads.some((load) => load.reservedSpace.length === 0)) {
        throw new Error(`${engines[engine.name].label}: the widgets upgraded before the first frame; raise SCRIPT_DELAY_MS`);
      }
      summary[engine.name] = {
        version,
        staticMs: median(runs.static.map((load) => load.renderedMs)),
        widgetMs: median(runs.widget.map((load) => load.renderedMs)),
        // The worst run, not the median, for what must never happen; the static page's beside
        // the widget's, since loading any page this size leaves a gap before its first frames.
        longestFrameGapMs: Math.max(0, ...runs.widget.flatMap((load) => load.frameGaps)),
        frameGapsOver50: Math.max(...runs.widget.map((load) => load.frameGaps.length)),
        staticLongestFrameGapMs: Math.max(0, ...runs.static.flatMap((load) => load.frameGaps)),
        longestTaskMs: engine.name === 'chromium' ? Math.max(0, ...runs.widget.flatMap((load) => load.longTasks)) : undefined,
        movedInView1280: [...new Set(runs.rules1280.flatMap(movedInView))],
        movedInView800: [...new Set(runs.rules800.flatMap(movedInView))],
      };
    }
  } finally {
    server.delays.delete(BUNDLE_PATH);
    await Promise.all(engineList.map((engine) => engine.close()));
  }
  results.engines = { scriptDelayMs: SCRIPT_DELAY_MS, summary };
  log(`6. Every engine: the whole article (1280×800) and the plain page with the published rules (bundle ${SCRIPT_DELAY_MS} ms late), cold loads, medians of ${options.runs}; stalls and moves from the worst run\n`);
  log(
    table(
      ['engine', 'static ms', 'widget ms', 'widget ÷ static', 'longest frame gap ms, static / widget', 'long tasks over 50 ms', 'widgets that changed height in view, 1280 / 800 px'],
      Object.entries(summary).map(([name, figures]) => [
        `${engines[name].label} (${figures.version})`,
        fixed(figures.staticMs),
        fixed(figures.widgetMs),
        ratio(figures.widgetMs, figures.staticMs),
        `${fixed(figures.staticLongestFrameGapMs)} / ${fixed(figures.longestFrameGapMs)}`,
        figures.longestTaskMs === undefined ? 'no API' : figures.longestTaskMs > 50 ? `longest ${fixed(figures.longestTaskMs)} ms` : 'none',
        `${figures.movedInView1280.length} / ${figures.movedInView800.length}`,
      ]),
    ),
  );
  for (const [name, figures] of Object.entries(summary)) {
    for (const moved of [...figures.movedInView1280, ...figures.movedInView800]) log(`  ${engines[name].label}: ${moved}`);
  }
  log('');
  const allStill = Object.values(summary).every((figures) => figures.movedInView1280.length + figures.movedInView800.length === 0);
  target(
    `every engine (${Object.keys(summary).map((name) => engines[name].label).join(', ')}): no widget changes height in view on the page with the published rules`,
    allStill && Object.keys(summary).length === 3,
    allStill ? `none at 1280 or 800 px${Object.keys(summary).length < 3 ? ', but not every engine is installed' : ''}` : 'see the list above',
  );
}

/* ---------------------------------------------------------------- 7. Lighthouse, mobile */

/** One element on a page, as issue 19 names them: the byline, the disclaimer, an offer, a content block. */
const LIGHTHOUSE_ELEMENTS = ['med-review', 'med-disclaimer', 'promo-banner', 'scar-prevention'];
/** Lighthouse takes several seconds a run: at most this many per page. */
const LIGHTHOUSE_RUNS = 3;
const isLibraryScript = (url) => url.includes('/dist/');

async function lighthouseSuite() {
  const { pasteReady, HYDRATE_URL } = await import('../scripts/paste-ready.mjs');
  const blocks = servePage('/bench/pages/lighthouse-blocks.html', blocksPage(PUBLISHED_RESERVATION));
  const pairs = [
    { name: 'the whole article (bundle)', widget: WIDGET, floor: STATIC },
    { name: `the ${BLOCK_TAGS.length} blocks one by one (bundle)`, widget: blocks, floor: servePage('/bench/pages/lighthouse-blocks-static.html', staticPage('The blocks as static HTML', await serializeArticle(blocks))) },
  ];
  for (const tag of LIGHTHOUSE_ELEMENTS) {
    // As the site owners' page recommends for a page with one element: the loader, its files preloaded.
    const preloads = LOADER_FILES[tag].map((file) => `/dist/${file}`);
    const widget = servePage(`/bench/pages/lighthouse-${tag}.html`, oneElementPage(tag, LOADER_PATH, preloads, PUBLISHED_RESERVATION));
    const floor = servePage(`/bench/pages/lighthouse-${tag}-static.html`, staticPage(`<${tag}> as static HTML`, await serializeArticle(widget)));
    pairs.push({ name: `<${tag}> (loader, preloaded)`, widget, floor, oneElement: 'loader' });
    // The fourth way: the API page's paste-ready HTML, its hydrate script (where it has one) here.
    const pasted = (await pasteReady(tag, 'en')).replace(HYDRATE_URL, '/dist/acne-scar-widgets-hydrate.js');
    const pastePage = servePage(`/bench/pages/lighthouse-${tag}-paste.html`, staticPage(`<${tag}> pasted`, `<p>The publisher's own article text.</p>\n${pasted}`, 'widget'));
    pairs.push({ name: `<${tag}> (paste-ready)`, widget: pastePage, floor, oneElement: 'paste' });
  }
  const runs = Math.min(options.runs, LIGHTHOUSE_RUNS);
  const chrome = await launchLighthouseChrome();
  server.compress = true;
  const measured = new Map();
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const pair of pairs) {
        for (const side of ['floor', 'widget']) {
          progress(`lighthouse: run ${run}/${runs}, ${pair.name}, ${side}`);
          const figures = await lighthouseRun(chrome, origin + pair[side]);
          const key = `${pair.name}\u0000${side}`;
          measured.set(key, [...(measured.get(key) ?? []), figures]);
        }
      }
    }
  } finally {
    server.compress = false;
    await chrome.kill();
  }
  const summarize = (all) => ({
    performance: Math.min(...all.map((figures) => figures.performance)),
    accessibility: Math.min(...all.map((figures) => figures.accessibility)),
    fcpMs: median(all.map((figures) => figures.fcpMs)),
    lcpMs: median(all.map((figures) => figures.lcpMs)),
    tbtMs: median(all.map((figures) => figures.tbtMs)),
    cls: Math.max(...all.map((figures) => figures.cls)),
    // The worst run's, for what must never happen.
    longestTaskMs: Math.max(0, ...all.flatMap((figures) => figures.longTasks.map((task) => task.durationMs))),
    longestLibraryTaskMs: Math.max(0, ...all.flatMap((figures) => figures.longTasks.filter((task) => isLibraryScript(task.url)).map((task) => task.durationMs))),
    failedAccessibility: [...new Set(all.flatMap((figures) => figures.failedAccessibility))],
  });
  const summary = pairs.map((pair) => ({
    name: pair.name,
    oneElement: pair.oneElement ?? false,
    floor: summarize(measured.get(`${pair.name}\u0000floor`)),
    widget: summarize(measured.get(`${pair.name}\u0000widget`)),
  }));
  const version = measured.values().next().value[0].lighthouseVersion;
  results.lighthouse = { version, profile: 'default mobile (simulated slow 4G, 4× CPU slowdown, 412×823)', runs, summary };
  log(`7. Lighthouse ${version}, default mobile profile: each page beside its static floor (medians of ${runs}; scores and long tasks from the worst run)\n`);
  log(
    table(
      ['page', 'performance', 'accessibility', 'FCP ms', 'LCP ms', 'LCP ÷ static', 'TBT ms', 'CLS', 'longest task ms (library\'s)'],
      summary.flatMap(({ name, floor, widget }) => [
        [`${name}: static`, `${floor.performance}`, `${floor.accessibility}`, fixed(floor.fcpMs), fixed(floor.lcpMs), '', fixed(floor.tbtMs), fixed(floor.cls, 3), `${fixed(floor.longestTaskMs)}`],
        [`${name}: widget`, `${widget.performance}`, `${widget.accessibility}`, fixed(widget.fcpMs), fixed(widget.lcpMs), ratio(widget.lcpMs, floor.lcpMs), fixed(widget.tbtMs), fixed(widget.cls, 3), `${fixed(widget.longestTaskMs)} (${fixed(widget.longestLibraryTaskMs)})`],
      ]),
    ),
  );
  for (const { name, widget } of summary) {
    if (widget.failedAccessibility.length) log(`  ${name}: accessibility audits failed: ${widget.failedAccessibility.join(', ')}`);
  }
  log('');
  const article = summary[0];
  target('Lighthouse mobile: the article\'s LCP within 1.5× the static page\'s', article.widget.lcpMs <= 1.5 * article.floor.lcpMs, `${fixed(article.widget.lcpMs)} ms against ${fixed(article.floor.lcpMs)} ms (${ratio(article.widget.lcpMs, article.floor.lcpMs)})`);
  for (const way of ['loader', 'paste']) {
    const ones = summary.filter((entry) => entry.oneElement === way);
    const slowest = ones.reduce((worst, entry) => (entry.widget.lcpMs / entry.floor.lcpMs > worst.widget.lcpMs / worst.floor.lcpMs ? entry : worst));
    target(
      `Lighthouse mobile: one element within 1.25× its static floor (LCP), ${way === 'loader' ? 'through the loader' : 'as paste-ready HTML'}`,
      ones.every((entry) => entry.widget.lcpMs <= 1.25 * entry.floor.lcpMs),
      `slowest ${slowest.name}: ${ratio(slowest.widget.lcpMs, slowest.floor.lcpMs)}`,
    );
  }
  const libraryTasks = summary.filter((entry) => entry.widget.longestLibraryTaskMs > 50);
  target('Lighthouse mobile: no long task over 50 ms from the library\'s scripts on any page', libraryTasks.length === 0, libraryTasks.length ? libraryTasks.map((entry) => `${entry.name} ${fixed(entry.widget.longestLibraryTaskMs)} ms`).join('; ') : 'none');
  const anyTasks = summary.filter((entry) => entry.widget.longestTaskMs > 50);
  target('Lighthouse mobile: no long task over 50 ms at all on any widget page', anyTasks.length === 0, anyTasks.length ? anyTasks.map((entry) => `${entry.name} ${fixed(entry.widget.longestTaskMs)} ms (static ${fixed(entry.floor.longestTaskMs)} ms)`).join('; ') : 'none');
  const below = summary.filter((entry) => entry.widget.performance < 100 || entry.widget.accessibility < 100);
  target('Lighthouse mobile: performance and accessibility 100 on every page', below.length === 0, below.length ? below.map((entry) => `${entry.name} ${entry.widget.performance}/${entry.widget.accessibility}`).join('; ') : 'all 100/100');
}

/* ---------------------------------------------------------------- run */

const suites = {
  article: articleSuite,
  scale: scaleSuite,
  locale: localeSuite,
  shift: layoutShiftSuite,
  one: oneElementSuite,
  engines: enginesSuite,
  lighthouse: lighthouseSuite,
};
try {
  log(`acne-scar-widgets benchmark: ${options.runs} run${options.runs === 1 ? '' : 's'} per measurement, medians`);
  log(`${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB; ${results.machine.chromium}; Node ${results.machine.node}`);
  log(`load average at start: ${results.machine.loadAverageAtStart.join(' ')}\n`);
  await prepareStaticFloor();
  for (const name of options.only) await suites[name]();

  results.machine.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
  log('Targets\n');
  for (const { name, met, detail } of results.targets) log(`${met ? 'met   ' : 'MISSED'}  ${name}: ${detail}`);
  log(`\nload average at end: ${results.machine.loadAverageAtEnd.join(' ')}`);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log('results written to bench/results.json');
  // A full run (every part, at least 5 runs each) is what the documentation shows, as printed.
  if (!options.quick && options.runs >= 5 && PARTS.every((part) => options.only.includes(part))) {
    writeDocSection(PERFORMANCE_PAGE, BENCH_START, BENCH_END, ['```text', ...report.slice(0, -1), '```'].join('\n').replace(/\n{3,}/g, '\n\n'));
    log('figures written to docs/performance.md');
  }
  if (options.strict && results.targets.some((entry) => !entry.met)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
