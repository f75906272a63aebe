// One Lighthouse run on a URL in a fresh Debian Chromium, reduced to what the bench reports
// (scripts/bench.mjs and scripts/lib/bench-all.mjs).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM} from './chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * `categories`: the Lighthouse categories to run; scores and failed audits are reported for
 * those only. Every-page runs ask for performance alone: the others are the same on every page
 * of a kind, and the browser tests already run axe on each.
 */
export async function runOnce(url, config, categories = CATEGORIES) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {port: chrome.port, logLevel: 'error', onlyCategories: categories}, config);
    const lhr = result.lhr;
    return {
      scores: Object.fromEntries(categories.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
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
