// Every page of the sitemap, in real Chromium, light mode at desktop width and dark mode at a
// 390 px phone width: it hydrates, logs no console error, has no failed request, asks no other
// host for anything, breaks no rule of the Content-Security-Policy, is no wider than the
// screen, and axe finds no WCAG 2 A/AA violation of any impact.
//
// axe skips the visual half of KaTeX's output (.katex-html, hidden from assistive technology;
// its MathML twin is checked): on formula-heavy lessons its thousands of glyph boxes took half of
// axe's time, almost all in the colour-contrast rule. What that rule would have found there is
// checked directly instead: no formula carries a colour of its own, so every formula has the
// contrast of the text around it, which axe does check.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {AxeBuilder} from '@axe-core/playwright';
import {openPage, settleScrollRegions, startSite, visit} from './harness.mjs';
import {drawAllDiagrams} from './diagrams.mjs';
import {sitemapPaths} from '../../scripts/lib/site.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const paths = sitemapPaths();
const totals = {pages: 0, violations: 0, consoleErrors: 0};

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
  console.log(
    `summary: browser: ${totals.pages} page views (${paths.length} pages, each light at 1280 px and dark at 390 px), ` +
      `${totals.violations} axe violations, ${totals.consoleErrors} console errors`,
  );
});

function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n'))
    .join('\n');
}

// Pages mostly wait (hydration, Mermaid, axe); three at a time keeps both cores busy.
const CONCURRENCY = Number(process.env.E2E_CONCURRENCY || 3);

for (const colorScheme of ['light', 'dark']) {
  describe(`every page, ${colorScheme} mode`, {concurrency: CONCURRENCY}, () => {
    for (const path of paths) {
      it(`/${path}`, async () => {
        const viewport = colorScheme === 'dark' ? {width: 390, height: 844} : {width: 1280, height: 900};
        const {page, context, record} = await openPage(site, {colorScheme, viewport});
        try {
          await visit(page, site, path);
          // Mermaid draws after hydration, as diagrams come into view; axe checks the final page.
          await drawAllDiagrams(page);
          assert.deepEqual(await settleScrollRegions(page), [], 'overflowing formulas or tables a keyboard cannot scroll');
          const coloured = await page.evaluate(() =>
            [...document.querySelectorAll('.katex-html [style*="color"]')].map((el) => el.closest('.katex')?.textContent.slice(0, 60)),
          );
          assert.deepEqual(coloured, [], 'formulas with a colour of their own (\\color, \\textcolor), whose contrast axe does not see');
          const {violations} = await new AxeBuilder({page}).withTags(TAGS).exclude('.katex-html').analyze();
          totals.pages++;
          totals.violations += violations.length;
          totals.consoleErrors += record.consoleErrors.length;
          assert.deepEqual(record.consoleErrors, [], 'console errors');
          assert.deepEqual(record.failedRequests, [], 'failed requests');
          assert.deepEqual(record.foreignRequests, [], 'requests to other hosts');
          assert.deepEqual(record.cspViolations, [], 'Content-Security-Policy violations');
          assert.equal(violations.length, 0, `axe:\n${describeViolations(violations)}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `the page is ${overflow}px wider than a ${viewport.width}px screen`);
        } finally {
          await context.close();
        }
      });
    }
  });
}
