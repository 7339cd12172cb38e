/**
 * Lighthouse (npm `lighthouse` 12, which runs on Node 20) as a new user runs it: the default mobile
 * profile (a mid-range phone's screen, simulated slow 4G and a 4× slower CPU), performance and
 * accessibility, against the system Chromium with no network beyond the benchmark's own server.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, requireChromium } from '../scripts/engines.mjs';

/** A Chromium of its own for Lighthouse, which drives it over its debugging port. */
export async function launchLighthouseChrome() {
  return chromeLauncher.launch({ chromePath: requireChromium(), chromeFlags: chromiumArgs, logLevel: 'silent' });
}

/**
 * One Lighthouse run of `url`: the scores (0–100), the metrics in ms, and the main thread's long
 * tasks, each with the script Lighthouse attributes it to ("Unattributable" when none: parsing,
 * layout and paint of the page itself).
 */
export async function lighthouseRun(chrome, url) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
  const metric = (id) => lhr.audits[id]?.numericValue;
  const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((task) => ({ url: String(task.url), durationMs: task.duration }));
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    longTasks,
    failedAccessibility: Object.values(lhr.audits)
      .filter((audit) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id) && audit.score === 0)
      .map((audit) => audit.id),
    lighthouseVersion: lhr.lighthouseVersion,
  };
}
