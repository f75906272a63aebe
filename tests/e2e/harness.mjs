// Shared set-up for the browser tests: the built site served locally with compression, Debian's
// Chromium driven by playwright-core, and a page wrapper that records what a test must not see
// (console errors, failed requests, requests to any other host).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';
import {serve} from '../../scripts/lib/serve.mjs';
import {BUILD_DIR, builtBaseUrl} from '../../scripts/lib/site.mjs';
import {CHROMIUM_FLAGS, TEST_CHROMIUM} from '../../scripts/lib/chromium.mjs';

/**
 * How long any wait may take before it counts as a failure. Tests wait for conditions (the page
 * hydrated, a diagram drawn, a button changed), never for a fixed time, so on a fast machine
 * this costs nothing; it is this long so that a slow or busy runner never fails a correct site.
 */
export const PATIENCE_MS = Number(process.env.E2E_PATIENCE_MS || 120_000);

/**
 * V8 without its two optimising compilers, TurboFan and Maglev: a page lives a few seconds here,
 * too short for optimised code to repay compiling it, and the compilers' threads took the cores
 * the pages and axe need.
 * - TurboFan (--no-opt): the walk of chapter 01 took about 62 s with it, 50 s without, median
 *   of four runs each.
 * - Maglev (--no-maglev): its background compile jobs were half of the renderer's worker-thread
 *   time (a trace of three pages: 985 of about 2,100 ms). The walk of chapter 02, per-thread CPU
 *   read from /proc, two runs each: the renderer's worker threads 13.2 → 6.1 s, its main thread
 *   36.9 → 38.1 s, the whole machine 72 → 65 CPU-seconds (chapter 06, three runs each: workers
 *   6.4 → 3.2 s, main thread 18.7 → 19.6 s). The interpreter's baseline compiler, Sparkplug,
 *   stays: without it the main thread took a quarter longer.
 */
const TEST_ONLY_FLAGS = ['--js-flags=--no-opt --no-maglev'];

/**
 * `dir`: another copy of the build. `fast` (the default): brotli at level 1. The tests check
 * what the pages do, not their bytes, and level 11 costs the server a second or more for each
 * large page on its first request; the size budgets ask for the real levels. `onSent`: see
 * serve.mjs. `executablePath`: the headless shell unless a caller needs the reader's browser
 * (the PDFs and screenshots; see scripts/lib/chromium.mjs).
 */
export async function startSite({dir = BUILD_DIR, fast = true, onSent, executablePath = TEST_CHROMIUM} = {}) {
  const server = await serve(dir, builtBaseUrl(dir), {fast, onSent});
  const browser = await chromium.launch({executablePath, args: [...CHROMIUM_FLAGS, ...TEST_ONLY_FLAGS]});
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Each page `openPage` opened: its record and the requests it has not had answered yet. */
const watched = new WeakMap();

/**
 * Opens a page that records console errors, failed requests and every request that is not to
 * the local server. Requests to other hosts are answered locally with an empty page, so that a
 * test that provokes one on purpose (the video player after its click) runs offline. Other
 * options (hasTouch, javaScriptEnabled, …) go to the browser context.
 *
 * The browser is set up as most of the course's readers have theirs: Chinese, on China Standard
 * Time. The build usually runs in UTC (as on CI and on GitHub's runners), so a page whose server
 * HTML depends on the time zone fails to hydrate here, and React reports it as a console error.
 *
 * The offline worker (src/plugins/offline) is refused unless `serviceWorkers: 'allow'`. In a
 * fresh context it installs itself by fetching, hashing and storing the app shell (34 files,
 * the KaTeX fonts among them), which a test that opens a context for one check pays for every
 * time: site.test.mjs took 75 and 87 CPU-seconds with the worker, 50 and 60 without. The
 * tests of offline reading allow it, and so does the walk of every page, in two long-lived
 * contexts, so that it loads the pages as a reader's browser does once the worker is installed.
 */
export async function openPage(
  site,
  {colorScheme = 'light', viewport = {width: 1280, height: 900}, serviceWorkers = 'block', ...contextOptions} = {},
) {
  const context = await site.browser.newContext({colorScheme, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers, ...contextOptions});
  context.setDefaultTimeout(PATIENCE_MS);
  context.setDefaultNavigationTimeout(PATIENCE_MS);
  const page = await context.newPage();
  const record = {consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: []};
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => record.consoleErrors.push(String(err)));
  page.on('requestfailed', (req) => {
    if (req.url().startsWith(site.server.origin)) record.failedRequests.push(`${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.url().startsWith(site.server.origin) && res.status() >= 400) record.failedRequests.push(`${res.url()} ${res.status()}`);
  });
  await context.route(
    (url) => !url.href.startsWith(site.server.origin) && !url.href.startsWith('data:'),
    (route) => {
      record.foreignRequests.push(route.request().url());
      return route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>'});
    },
  );
  page.on('crash', () => record.consoleErrors.push('the page crashed'));
  // What the page still waits for, for a failure to name (see visit), and when its network last
  // changed (see waitForQuietNetwork).
  const inFlight = new Set();
  const network = {changed: Date.now()};
  page.on('request', (req) => {
    inFlight.add(req);
    network.changed = Date.now();
  });
  for (const settled of ['requestfinished', 'requestfailed']) {
    page.on(settled, (req) => {
      inFlight.delete(req);
      network.changed = Date.now();
    });
  }
  watched.set(page, {record, inFlight, network});
  await page.exposeFunction('__reportCsp', (v) => record.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });
  return {page, context, record};
}

/**
 * Fails unless the page recorded by `openPage` saw nothing a reader must not meet: no console
 * error, no failed request, no request to another host, no Content-Security-Policy violation.
 */
export function assertClean(record, where) {
  // One comparison, so that a failure shows all four lists: a console error is often explained
  // by the failed request beside it.
  const {consoleErrors, failedRequests, foreignRequests, cspViolations} = record;
  assert.deepEqual(
    {consoleErrors, failedRequests, foreignRequests, cspViolations},
    {consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: []},
    `${where}: console errors, failed requests, requests to other hosts or Content-Security-Policy violations`,
  );
}

/**
 * Loads a path under the base URL and waits until React has hydrated the page. The server's
 * HTML already says data-has-hydrated="false": waiting for the attribute alone returned at
 * once, and a lesson with many components (each glossary term is one) was still hydrating.
 */
export async function visit(page, site, path) {
  const response = await page.goto(site.server.url + path, {waitUntil: 'load'});
  try {
    await page.waitForSelector('html[data-has-hydrated="true"]');
  } catch (error) {
    // A page that never hydrates says little by itself: name what it was still waiting for and
    // what went wrong on it.
    const {record} = watched.get(page) ?? {record: {}};
    error.message += `\n/${path} did not hydrate. Requests unanswered: ${unanswered(page)}. ${JSON.stringify(record)}`;
    throw error;
  }
  return response;
}

/** The requests of a page opened by `openPage` that have not been answered yet, for a failure to name. */
function unanswered(page) {
  const inFlight = watched.get(page)?.inFlight ?? new Set();
  return [...inFlight].map((req) => `${req.method()} ${req.url()}${req.serviceWorker() ? ' (service worker)' : ''}`).join(', ') || 'none';
}

/**
 * Waits until a page opened by `openPage` has had no request in flight for `quietMs`: what it
 * fetches by itself once loaded has arrived. Used instead of Playwright's 'networkidle', which
 * means the same but waits in silence: it once kept the size budgets waiting the whole 120 s on
 * a busy runner (one run of nine on 2026-12-07) without a word on what it was waiting for.
 * This wait names the requests still unanswered when it gives up.
 */
export async function waitForQuietNetwork(page, {quietMs = 500, timeout = PATIENCE_MS} = {}) {
  const {inFlight, network} = watched.get(page);
  const quiet = () => inFlight.size === 0 && Date.now() - network.changed >= quietMs;
  await poll(async () => quiet(), Boolean, timeout);
  if (!quiet()) throw new Error(`the network was not quiet for ${quietMs} ms within ${timeout} ms. Requests unanswered: ${unanswered(page)}`);
}

/**
 * Reads `read()` every 50 ms until `done(value)` or `timeout` ms have passed; resolves to the last
 * value. Waits on the page poll from here: Playwright's page.waitForFunction polls inside the
 * page by compiling its predicate with eval, which the site's Content-Security-Policy forbids,
 * so it waited forever for anything not already true (and the page reported a violation).
 */
async function poll(read, done, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until `predicate(arg)`, run in the page, is truthy; resolves to its value. A predicate
 * that throws (an element not rendered yet, a page still navigating) counts as not yet.
 */
export async function waitForCondition(page, predicate, arg, timeout = PATIENCE_MS) {
  let lastError;
  const read = () =>
    page.evaluate(predicate, arg).catch((error) => {
      lastError = error;
      return undefined;
    });
  const value = await poll(read, Boolean, timeout);
  if (!value) throw new Error(`timed out after ${timeout} ms waiting for ${String(predicate).slice(0, 160)}${lastError ? ` (last: ${lastError.message})` : ''}`);
  return value;
}

/**
 * Switches a loaded page in place to a colour mode (the site follows the system's scheme live)
 * and a viewport, and waits until the site shows that mode and every animation has ended: axe
 * must see where the colours end, not a frame of a fade.
 */
export async function switchInPlace(page, {colorScheme, viewport, reducedMotion = 'no-preference'}) {
  await page.emulateMedia({colorScheme, reducedMotion});
  await page.setViewportSize(viewport);
  await page.waitForSelector(`html[data-theme="${colorScheme}"]`);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
}

/**
 * Waits until the page has settled for axe: fonts loaded, and every formula or table that
 * overflows its column marked as a focusable region by src/client/scroll-regions.ts. Returns
 * those still unmarked after `timeout` ms (none, unless the marking is broken), so that the
 * test names them instead of racing axe against the marking.
 */
export async function settleScrollRegions(page, timeout = PATIENCE_MS) {
  await page.evaluate(() => document.fonts.ready);
  const unmarked = () =>
    [...document.querySelectorAll('.markdown .katex-display, .markdown table')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.getAttribute('tabindex') !== '0')
      .map((el) => el.outerHTML.slice(0, 120));
  return poll(() => page.evaluate(unmarked), (left) => left.length === 0, timeout);
}

/** The axe tags of WCAG 2.0 and 2.1, levels A and AA: what every check here asks for. */
export const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The WCAG A/AA rules whose outcome depends on colours, the only ones a colour mode changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A WeakMap's and a WeakSet's interface over plain properties: each entry is kept on its key,
 * under a symbol of the map's own. Stand-ins for axe's private class fields (see AXE_LOADER).
 * Class bodies are strict, so a key that cannot take a property throws instead of being lost.
 */
class PropertyMap {
  key = Symbol('private field');
  has(object) {
    return Object.hasOwn(object, this.key);
  }
  get(object) {
    return Object.hasOwn(object, this.key) ? object[this.key] : undefined;
  }
  set(object, value) {
    object[this.key] = value;
    return this;
  }
  delete(object) {
    return Object.hasOwn(object, this.key) && delete object[this.key];
  }
}
class PropertySet extends PropertyMap {
  add(object) {
    return this.set(object, true);
  }
}

/**
 * axe, as the walk gives it to a page. axe-core is compiled to ES5, which turns each private
 * field of its classes into a WeakMap and each class with private methods into a WeakSet. Its
 * `Color` has six such fields and a brand set, and the colour rules create a Color for every text
 * element, every layer of background behind it and every blend of the two: tens of thousands
 * per page, each entered into seven tables that only a garbage collection empties. In a CPU
 * profile of the colour rules on the glossary page (about 3,000 text elements), Color's
 * constructor took 1.07 s of 3.03 s. axe's main-thread time on five pages (the glossary, RLHF 与
 * PPO, GShard, BPE, an overview) in both modes, mean of three runs: 13.0 s with the tables, 9.5 s
 * without. So while axe's code defines itself (and creates those tables) WeakMap and WeakSet are the
 * stand-ins above, and they are restored before anything else can run: the WeakMap axe creates
 * afresh in each run, and every one the page makes, are the browser's own. axe's results are the
 * same either way; harness.test.mjs compares them with those of axe as shipped.
 */
const AXE_LOADER = `(() => {
  const BrowserWeakMap = window.WeakMap;
  const BrowserWeakSet = window.WeakSet;
  ${PropertyMap}
  ${PropertySet}
  window.WeakMap = PropertyMap;
  window.WeakSet = PropertySet;
  try {
    ${AXE_SOURCE}
  } finally {
    window.WeakMap = BrowserWeakMap;
    window.WeakSet = BrowserWeakSet;
  }
})()`;

/**
 * axe parses every colour it meets through colorjs.io, again for each element and for each
 * layer of the background behind it, although a page has only a few dozen distinct colour
 * strings; on the glossary page that parsing and its garbage were most of the colour-contrast
 * rule's time. Parsing is a pure function of the string, so each string is parsed once per page.
 */
function rememberParsedColours() {
  const {Color} = window.axe.commons.color;
  const parse = Color.prototype.parseString;
  const parsed = new Map();
  Color.prototype.parseString = function (text) {
    const known = parsed.get(text);
    if (!known) {
      parse.call(this, text);
      parsed.set(text, [this.r, this.g, this.b, this.alpha]);
    } else [this.r, this.g, this.b, this.alpha] = known;
    return this;
  };
}

/**
 * Gives the page axe as the walk runs it (AXE_LOADER, rememberParsedColours) or, `asShipped`,
 * axe-core's own file untouched, for a test to compare the two.
 */
export async function injectAxe(page, {asShipped = false} = {}) {
  if (asShipped) return page.evaluate(AXE_SOURCE);
  await page.evaluate(AXE_LOADER);
  await page.evaluate(rememberParsedColours);
}

/**
 * axe's WCAG 2 A/AA violations on the page (or only `rules`). axe runs in the page itself,
 * injected through DevTools (which the Content-Security-Policy does not govern): the
 * @axe-core/playwright wrapper opened a second page per analysis to merge frame results, about
 * a second per page on this machine, and the pages have no frames of their own to test (a
 * video's player frame is another host's, and only exists after a click).
 *
 * Three kinds of nodes cost most of axe's time, in its colour rules, and are checked without
 * repeating the same comparison thousands of times:
 * - KaTeX's visual half (.katex-html) is hidden from assistive technology; its MathML twin is
 *   what axe checks. For the run, each formula keeps its size and baseline (its struts, its
 *   width, a display formula's height) and loses its glyphs, so the text around it lies where
 *   it did, over the backgrounds it did. What the colour rules would find in the glyphs is
 *   asserted instead: no formula has a colour of its own, so each has the contrast of the text
 *   around it.
 * - The MathML twin is a clipped 1 px box, invisible, so the colour rules have nothing to find
 *   in it; on a formula lesson it is a third of the page's nodes, each of which they would test
 *   for visibility. The colour rules therefore run on their own, with the MathML taken out
 *   (after asserting it is clipped), and every other rule runs with it in place.
 * - In a code block, tokens of one kind (one class list, one computed style) have one contrast
 *   against the block's one background; axe checks one token of each kind per block, the others
 *   being made invisible (visibility: hidden, which keeps the layout) for the run.
 * On a formula- or code-heavy lesson that more than halves axe's time. Nothing is left out
 * through axe's own `exclude`: axe tests every node against every excluded element, and with the
 * hundreds of formulas and tokens of a lesson that test alone cost a third of a run (on the
 * 代码实践 page of the mini Transformer, the two modes took 1.2 + 0.7 s with it, 0.8 + 0.3 s without).
 *
 * `include`: selectors of the parts to check instead of the whole page, for a test of what only
 * exists after an interaction (an open glossary card) that the walk has already checked around.
 */
export async function axeViolations(page, {rules, include} = {}) {
  const prepared = await prepareForAxe(page, {include});
  try {
    return await prepared.violations(rules);
  } finally {
    await prepared.restore();
  }
}

/**
 * Readies the page for axe as axeViolations describes and leaves it so until `restore()`, for
 * several runs on one preparation: the walk runs every rule in light mode at 1280 px and then,
 * the page switched in place to dark mode at 390 px, the colour rules. Preparing once instead of
 * for each run saves removing the formulas' glyphs again and laying the whole page out twice
 * more, with and without them.
 * - What a preparation keeps holds at any width and in either mode. A formula's struts and
 *   width are its own, whatever the column around it (harness.test.mjs compares where the text
 *   lies at 390 px on a preparation made at 1280 px with where it lies on the page itself).
 * - Code tokens are kept one per block for each class list as well as each computed style:
 *   Prism's classes decide a token's colours in both modes, and two kinds of token that share
 *   a colour in light mode may not share it in dark mode.
 * `violations(rules)`: axe's WCAG 2 A/AA violations (or only `rules`) as the page is now.
 */
export async function prepareForAxe(page, {include} = {}) {
  const coloured = await page.evaluate(() =>
    [...document.querySelectorAll('.katex-html [style*="color"]')].map((el) => el.closest('.katex')?.textContent.slice(0, 60)),
  );
  if (coloured.length) throw new Error(`formulas with a colour of their own (\\color, \\textcolor): ${coloured.join(' | ')}`);
  if (!(await page.evaluate(() => 'axe' in window))) await injectAxe(page);
  await page.evaluate(prepareInPage, include ?? null);
  return {
    violations(rules) {
      const colourRules = rules ? rules.filter((r) => COLOUR_RULES.includes(r)) : COLOUR_RULES;
      const otherRules = rules?.filter((r) => !COLOUR_RULES.includes(r));
      const others =
        otherRules === undefined
          ? {runOnly: {type: 'tag', values: WCAG_A_AA}, rules: Object.fromEntries(COLOUR_RULES.map((id) => [id, {enabled: false}]))}
          : otherRules.length && {runOnly: {type: 'rule', values: otherRules}};
      return page.evaluate(runAxeInPage, {others, colourRules});
    },
    restore: () => page.evaluate(() => window.__axePreparation.undo()),
  };
}

/** In the page: the preparation of prepareForAxe, kept on window with what undoes it. */
function prepareInPage(include) {
  if (window.__axePreparation) throw new Error('the page is already prepared for axe');
  const restore = [];
  const setStyle = (el, prop, value) => {
    const before = el.getAttribute('style');
    restore.push(() => (before === null ? el.removeAttribute('style') : el.setAttribute('style', before)));
    el.style[prop] = value;
  };
  // The preparation touches only what axe will check, each element once although the parts
  // named may lie one inside another.
  const roots = include ? include.flatMap((selector) => [...document.querySelectorAll(selector)]) : [document];
  const all = (selector) => [...new Set(roots.flatMap((root) => [...root.querySelectorAll(selector)]))];
  const displays = all('.katex-display').map((el) => [el, el.getBoundingClientRect().height]);
  const bases = all('.katex-html > .base').map((base) => [base, base.getBoundingClientRect().width]);
  for (const [el, height] of displays) setStyle(el, 'height', `${height}px`);
  for (const [base, width] of bases) {
    const children = [...base.childNodes];
    restore.push(() => base.replaceChildren(...children));
    setStyle(base, 'width', `${width}px`);
    // One replacement per formula: removing each glyph on its own took about 120 ms of a run on
    // RLHF 与 PPO.
    base.replaceChildren(...[...base.children].filter((child) => child.classList.contains('strut')));
  }
  for (const pre of all('pre')) {
    const kinds = new Set();
    for (const token of pre.querySelectorAll('span')) {
      const s = getComputedStyle(token);
      const kind = [token.className, s.color, s.backgroundColor, s.fontSize, s.fontWeight, s.opacity, s.textShadow].join();
      if (!kinds.has(kind)) kinds.add(kind);
      else setStyle(token, 'visibility', 'hidden');
    }
  }
  window.__axePreparation = {
    include,
    all,
    undo() {
      for (const undo of restore.reverse()) undo();
      delete window.__axePreparation;
    },
  };
}

/** In the page: one prepared run of axe, its colour rules with the formulas' MathML taken out. */
async function runAxeInPage({others, colourRules}) {
  const {include, all} = window.__axePreparation;
  const context = include ? {include} : document;
  const run = async (options) => (await window.axe.run(context, {...options, resultTypes: ['violations'], iframes: false})).violations;
  const violations = others ? await run(others) : [];
  if (!colourRules.length) return violations;
  const mathml = all('.katex-mathml');
  const visible = mathml.filter((el) => {
    const s = getComputedStyle(el);
    return s.position !== 'absolute' || s.overflow !== 'hidden' || s.clipPath !== 'inset(50%)' || el.getBoundingClientRect().width > 1;
  });
  if (visible.length) throw new Error(`a formula's MathML is visible, so the colour rules must see it: ${visible[0].textContent.slice(0, 60)}`);
  const places = mathml.map((el) => [el, el.parentNode, el.nextSibling]);
  for (const el of mathml) el.remove();
  try {
    return [...violations, ...(await run({runOnly: {type: 'rule', values: colourRules}}))];
  } finally {
    for (const [el, parent, next] of places.reverse()) parent.insertBefore(el, next);
  }
}

export function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n'))
    .join('\n');
}
