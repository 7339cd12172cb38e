import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { median, medians, ratio, spread, table } from '../../bench/stats.mjs';
import { mainThreadBreakdown } from '../../bench/trace.mjs';
import {
  ARTICLE_TAG,
  BUNDLE_PATH,
  embedPage,
  iframeHostPage,
  publishedReservationCss,
  reservationRulesPage,
  SITE_OWNERS_PAGE,
  staticArticlePage,
  widgetArticlePage,
} from '../../bench/pages.mjs';

test('the benchmark reports the median of the runs, odd or even in number, ignoring failed figures', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([2, undefined, NaN, 4]), 3);
  assert.equal(median([]), undefined);
  assert.deepEqual(medians([{ ms: 10, kb: 1 }, { ms: 30, kb: 3 }, { ms: 20, kb: 2 }]), { ms: 20, kb: 2 });
  assert.equal(spread([90, 100, 110]), 0.2);
});

test('the benchmark shows a ratio only when both sides are measured', () => {
  assert.equal(ratio(300, 100), '3.00×');
  assert.equal(ratio(300, 0), '—');
  assert.equal(ratio(undefined, 100), '—');
});

test('the benchmark prints Markdown tables, labels left and figures right', () => {
  assert.equal(
    table(['page', 'ms'], [['static', '12'], ['widget', '130']]),
    ['| page   |  ms |', '| ------ | --: |', '| static |  12 |', '| widget | 130 |'].join('\n'),
  );
});

/** The site owners' page, which publishes the rules against layout shift. */
const siteOwners = () => readFileSync(new URL(`../../${SITE_OWNERS_PAGE}`, import.meta.url), 'utf8');

test('the layout-shift check uses the :not(:defined) rules the site owners\' page publishes', () => {
  const css = publishedReservationCss(siteOwners());
  assert.match(css, /med-review \{ min-block-size/);
  assert.match(css, /acne-scar-article\):not\(:defined\)/);
  assert.match(css, /promo-banner:not\(:defined\)/);
  const page = reservationRulesPage(css);
  assert.ok(page.includes(css), 'the page carries the published rules as they are');
  assert.ok(page.includes(`src="${BUNDLE_PATH}"`));
  assert.throws(() => publishedReservationCss('# A page without the section\n'), /No layout shift while the script loads/);
});

test('the three versions of the article differ only in how the article gets there', () => {
  const widget = widgetArticlePage();
  const floor = staticArticlePage('<acne-scar-article><template shadowrootmode="open"><p>text</p></template></acne-scar-article>');
  const embed = embedPage('<p>text</p>');
  const host = iframeHostPage('http://embed.test:8000/embed.html');
  assert.ok(widget.includes(ARTICLE_TAG) && widget.includes(`<script type="module" src="${BUNDLE_PATH}">`));
  assert.ok(!floor.includes('<script'), 'the static floor runs no script');
  assert.ok(!embed.includes('<script') && !embed.includes('<header'), 'the embed serves the article alone');
  assert.match(host, /<iframe class="embed"[^>]* src="http:\/\/embed\.test:8000\/embed\.html"/);
  const shell = (html) => html.replace(/<main>[\s\S]*<\/main>/, '').replace(/<head>[\s\S]*<\/head>/, '');
  assert.equal(shell(widget), shell(floor));
  assert.equal(shell(widget), shell(host));
});

test('main-thread time, CPU and wall, is split by kind of work, in the page renderers only, until the content rendered', () => {
  const metadata = [
    { ph: 'M', name: 'process_name', pid: 1, args: { name: 'Renderer' } },
    { ph: 'M', name: 'thread_name', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
    { ph: 'M', name: 'process_name', pid: 2, args: { name: 'WebUI Top Renderer' } },
    { ph: 'M', name: 'thread_name', pid: 2, tid: 2, args: { name: 'CrRendererMain' } },
  ];
  // Thread (CPU) time is half the wall time throughout, as on a machine busy with other work.
  const task = (pid, ts, dur, name = 'RunTask') => ({ ph: 'X', pid, tid: pid, ts, dur, tdur: dur / 2, name });
  const trace = [
    ...metadata,
    // 10 ms task: 2 ms of its own, 6 ms of microtasks (1 ms of which is layout they force), 2 ms parsing.
    task(1, 0, 10_000),
    task(1, 1_000, 6_000, 'RunMicrotasks'),
    task(1, 2_000, 1_000, 'Layout'),
    { ph: 'B', pid: 1, tid: 1, ts: 7_000, tts: 100, name: 'ParseHTML' },
    { ph: 'E', pid: 1, tid: 1, ts: 9_000, tts: 1_100, name: 'ParseHTML' },
    { ph: 'R', pid: 1, tid: 1, ts: 12_000, name: 'bench:rendered' },
    // After the content rendered: not counted.
    task(1, 20_000, 5_000),
    // Chromium's own WebUI: not counted.
    task(2, 0, 50_000),
  ];
  const work = mainThreadBreakdown(trace, 'bench:rendered');
  assert.deepEqual(
    { scripting: work.wall.scripting, styleLayout: work.wall.styleLayout, parse: work.wall.parse, other: work.wall.other, total: work.wall.total },
    { scripting: 5, styleLayout: 1, parse: 2, other: 2, total: 10 },
  );
  assert.deepEqual(
    { scripting: work.scripting, styleLayout: work.styleLayout, parse: work.parse, other: work.other, total: work.total },
    { scripting: 2.5, styleLayout: 0.5, parse: 1, other: 1, total: 5 },
  );
});

test('the blocks page places every block of the article once, with the bundle and the published rules; its floor runs no script', async () => {
  const { BLOCK_TAGS, blocksPage, staticPage } = await import('../../bench/pages.mjs');
  const css = publishedReservationCss(siteOwners());
  const page = blocksPage(css);
  for (const tag of BLOCK_TAGS) assert.equal(page.split(`<${tag} `).length + page.split(`<${tag}>`).length - 2, 1, `<${tag}> once`);
  assert.ok(!BLOCK_TAGS.includes('promo-banner') && !BLOCK_TAGS.includes('acne-scar-article'));
  assert.ok(page.includes(`src="${BUNDLE_PATH}"`) && page.includes(css));
  const floor = staticPage('t', '<p>x</p>');
  assert.ok(!floor.includes('<script') && floor.includes('<meta name="bench-kind" content="static">'));
});
