// One Lighthouse run on a URL in a fresh Debian Chromium, reduced to what the bench reports
// (scripts/bench.mjs and scripts/lib/bench-all.mjs).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM} from './chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The audits the performance score is made of (weighted 10/10/25/30/25). Asked for alone, they
 * give the same score as the whole category, without the diagnostics' extra gathering (full-page
 * screenshot, image and CSS usage, a back-forward-cache navigation): about 10 s a run instead of 12-17.
 */
const SCORED_METRICS = ['first-contentful-paint', 'speed-index', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

/**
 * `categories`: the Lighthouse categories to run; scores and failed audits are reported for
 * those only. Every-page runs ask for performance alone (its scored metrics only, so no audit
 * is reported as failed): the others are the same on every page of a kind, and the browser tests
 * already run axe on each. `benchmarkIndex` is Lighthouse's measure of the machine's speed.
 */
export async function runOnce(url, config, categories = CATEGORIES) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const only = categories.length === 1 && categories[0] === 'performance' ? {onlyAudits: SCORED_METRICS} : {onlyCategories: categories};
    const result = await lighthouse(url, {port: chrome.port, logLevel: 'error', ...only}, config);
    const lhr = result.lhr;
    return {
      scores: Object.fromEntries(categories.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      failed: categories.flatMap((c) =>
        lhr.categories[c].auditRefs
          .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
          .map((r) => `${c}:${r.id}`),
      ),
    };
  } finally {
    await chrome.kill();
  }
}
