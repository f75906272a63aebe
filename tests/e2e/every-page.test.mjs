// Every page of the sitemap, in real Chromium, in light mode at desktop width and then, switched
// in place, in dark mode at a 390 px phone width: it hydrates, logs no console error, has no
// failed request, asks no other host for anything, breaks no rule of the
// Content-Security-Policy, is no wider than the screen, and axe finds no WCAG 2 A/AA violation
// of any impact: every rule in light mode, and in dark mode the rules that colours decide
// (COLOUR_RULES). The rest of axe's rules read the DOM, which the colour mode does not change;
// the phone layout's own DOM (navbar menu, collapsed table of contents) gets every rule in dark
// mode in site.test.mjs, on each kind of page, as does a page first loaded in dark mode.
// Its diagrams are in the server HTML in both colour modes, the one of each mode shown, and no
// script it loads carries Mermaid (./diagrams.mjs).
//
// Time: each page is loaded once and both modes are checked on it (the site follows the
// system's colour scheme live), in a few long-lived browser tabs rather than a new browser
// context per page; axe and the page's own rendering are then almost all of the cost. axe's
// preparation of the page (see prepareForAxe in harness.mjs) is made once for both modes.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {assertClean, COLOUR_RULES, describeViolations, openPage, prepareForAxe, settleScrollRegions, startSite, switchInPlace, visit} from './harness.mjs';
import {diagramProblems, serverDiagrams, watchMermaidScripts} from './diagrams.mjs';
import {sitemapPaths} from '../../scripts/lib/site.mjs';

// E2E_PAGES=docs/moe walks only the pages whose path starts with it (while working on a chapter).
const paths = sitemapPaths().filter((p) => p.startsWith(process.env.E2E_PAGES ?? ''));
const totals = {views: 0, violations: 0, consoleErrors: 0};

// Chromium's rendering and axe keep a core busy per tab: as many tabs as cores.
const CONCURRENCY = Number(process.env.E2E_CONCURRENCY || 2);
const MODES = [
  {colorScheme: 'light', viewport: {width: 1280, height: 900}},
  {colorScheme: 'dark', viewport: {width: 390, height: 844}, rules: COLOUR_RULES},
];

/**
 * The walk reads as a reader who has asked for reduced motion. Infima's one rule for it sets its
 * two transition durations to 0 and changes nothing else, so the switch to dark mode lands at
 * once instead of animating some seventy links and buttons frame by frame, and axe sees the same
 * end state it waited for before. The switch's main-thread time on five pages (RLHF 与 PPO,
 * Attention, GShard, BPE, an overview), three rounds alternated: 6.5 s without, 4.5 s with.
 */
const MOTION = 'reduce';

let site;
const idleTabs = [];
before(async () => {
  site = await startSite();
  // Under the offline worker, as a reader's browser loads the pages once it is installed.
  for (let i = 0; i < CONCURRENCY; i++) idleTabs.push(await openPage(site, {serviceWorkers: 'allow'}));
});
after(async () => {
  await site?.close();
  console.log(
    `summary: browser: ${paths.length} pages, each light at 1280 px and dark at 390 px (${totals.views} views), ` +
      `${totals.violations} axe violations, ${totals.consoleErrors} console errors`,
  );
});

/** The outermost elements that stick out past the screen's right edge, named by their text. */
function widerThanScreen() {
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const sticksOut = (el) => el.getBoundingClientRect().right > width + 1;
  const named = [...document.body.querySelectorAll('*')]
    .filter((el) => sticksOut(el) && !sticksOut(el.parentElement))
    .map((el) => `<${el.localName}> ${Math.round(el.getBoundingClientRect().right - width)}px: ${el.textContent.trim().slice(0, 60)}`);
  return named.length ? named : [`${document.documentElement.scrollWidth - width}px`];
}

/** What is wrong with the page as it is now, apart from axe's findings. */
async function layoutProblems(page, server) {
  return {
    diagrams: await diagramProblems(page, server),
    unscrollable: await settleScrollRegions(page),
    overflow: await page.evaluate(widerThanScreen),
  };
}

/**
 * axe's findings in each mode, on one preparation of the page (prepareForAxe): every rule in
 * light mode, then the page is switched to dark mode and its width, and the colour rules. The
 * preparation is undone before dark mode's other checks, which need the page as a reader has it.
 */
async function axeInBothModes(page) {
  const [light, dark] = MODES;
  const prepared = await prepareForAxe(page);
  try {
    const inLight = await prepared.violations(light.rules);
    await switchInPlace(page, {...dark, reducedMotion: MOTION});
    const inDark = await prepared.violations(dark.rules);
    return [inLight, inDark];
  } finally {
    await prepared.restore();
  }
}

describe('every page, light at 1280 px then dark at 390 px', {concurrency: CONCURRENCY}, () => {
  for (const path of paths) {
    it(`/${path}`, async () => {
      const tab = idleTabs.pop();
      const {page, record} = tab;
      try {
        // Leaving the previous page cancels what it was still fetching (net::ERR_ABORTED);
        // only then does this page's record start.
        await page.goto('about:blank');
        for (const list of Object.values(record)) list.length = 0;
        // Loaded in the first view, light at desktop width, not in the last page's dark mode.
        await page.emulateMedia({colorScheme: MODES[0].colorScheme, reducedMotion: MOTION});
        await page.setViewportSize(MODES[0].viewport);
        const mermaidScripts = watchMermaidScripts(page);
        const server = serverDiagrams(await (await visit(page, site, path)).text());
        assert.equal(server.light, server.dark, 'diagrams in the server HTML: as many dark SVGs as light');
        await switchInPlace(page, {...MODES[0], reducedMotion: MOTION});
        const problems = [await layoutProblems(page, server)];
        const violations = await axeInBothModes(page);
        problems.push(await layoutProblems(page, server));
        MODES.forEach((mode, i) => {
          const where = `${mode.colorScheme} mode, ${mode.viewport.width} px`;
          const {diagrams, unscrollable, overflow} = problems[i];
          totals.views++;
          totals.violations += violations[i].length;
          assert.deepEqual(diagrams, [], `${where}: diagrams`);
          assert.deepEqual(unscrollable, [], `${where}: overflowing formulas or tables a keyboard cannot scroll`);
          assert.deepEqual(overflow, [], `${where}: wider than the screen`);
          assert.equal(describeViolations(violations[i]), '', `${where}: axe:\n${describeViolations(violations[i])}`);
        });
        totals.consoleErrors += record.consoleErrors.length;
        assertClean(record, `/${path}`);
        assert.deepEqual(await mermaidScripts(), [], 'scripts that carry Mermaid');
      } finally {
        idleTabs.push(tab);
      }
    });
  }
});
