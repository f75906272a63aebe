// Every page of the sitemap, in real Chromium, light mode at desktop width and dark mode at a
// 390 px phone width: it hydrates, logs no console error, has no failed request, asks no other
// host for anything, breaks no rule of the Content-Security-Policy, is no wider than the
// screen, and axe finds no WCAG 2 A/AA violation of any impact: every rule in light mode, and in
// dark mode the rules that colours decide (COLOUR_RULES). The rest of axe's rules read the DOM,
// which the colour mode does not change; the phone layout's own DOM (navbar menu, collapsed
// table of contents) gets every rule in dark mode in site.test.mjs, on each kind of page.
// Its diagrams are in the server HTML in both colour modes, the right one shown, and no script
// it loads carries Mermaid (./diagrams.mjs).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {axeViolations, COLOUR_RULES, describeViolations, openPage, settleScrollRegions, startSite, visit} from './harness.mjs';
import {diagramProblems, serverDiagrams, watchMermaidScripts} from './diagrams.mjs';
import {sitemapPaths} from '../../scripts/lib/site.mjs';

// E2E_PAGES=docs/moe walks only the pages whose path starts with it (while working on a chapter).
const paths = sitemapPaths().filter((p) => p.startsWith(process.env.E2E_PAGES ?? ''));
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

// Pages mostly wait (hydration, axe); three at a time keeps both cores busy.
const CONCURRENCY = Number(process.env.E2E_CONCURRENCY || 3);

for (const colorScheme of ['light', 'dark']) {
  describe(`every page, ${colorScheme} mode`, {concurrency: CONCURRENCY}, () => {
    for (const path of paths) {
      it(`/${path}`, async () => {
        const viewport = colorScheme === 'dark' ? {width: 390, height: 844} : {width: 1280, height: 900};
        const {page, context, record} = await openPage(site, {colorScheme, viewport});
        try {
          const mermaidScripts = watchMermaidScripts(page);
          const server = serverDiagrams(await (await visit(page, site, path)).text());
          assert.equal(server.light, server.dark, 'diagrams in the server HTML: as many dark SVGs as light');
          assert.deepEqual(await diagramProblems(page, server), [], 'diagrams');
          assert.deepEqual(await settleScrollRegions(page), [], 'overflowing formulas or tables a keyboard cannot scroll');
          const violations = await axeViolations(page, colorScheme === 'dark' ? {rules: COLOUR_RULES} : {});
          totals.pages++;
          totals.violations += violations.length;
          totals.consoleErrors += record.consoleErrors.length;
          assert.deepEqual(record.consoleErrors, [], 'console errors');
          assert.deepEqual(record.failedRequests, [], 'failed requests');
          assert.deepEqual(record.foreignRequests, [], 'requests to other hosts');
          assert.deepEqual(record.cspViolations, [], 'Content-Security-Policy violations');
          assert.deepEqual(await mermaidScripts(), [], 'scripts that carry Mermaid');
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
