// The walk's axe check (harness.mjs, axeViolations) leaves KaTeX's glyphs and most code tokens
// out of axe's colour-contrast work to save time, and loads axe with its private fields on plain
// properties. These tests prove that it still finds what a full run of axe as shipped would, and
// that it leaves the page as it found it; that one preparation serves both of the walk's views
// (light at 1280 px, then dark at 390 px); and that `include` checks the parts it names, and only
// those.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {axeViolations, COLOUR_RULES, injectAxe, openPage, prepareForAxe, settleScrollRegions, startSite, switchInPlace, visit, waitForQuietNetwork, WCAG_A_AA} from './harness.mjs';

// A page with display and inline formulas, and code blocks, in the server's HTML; a 代码实践
// page, a third of the attention lesson's 12,000 nodes, since each test loads it and runs axe.
const LESSON = 'docs/transformer/practice/sinusoidal-pe';

let site;
let tab;
before(async () => {
  site = await startSite();
  tab = await openPage(site);
});
after(() => site?.close());

// The walk's two views: the page is loaded in the first and switched in place to the second.
const LIGHT = {colorScheme: 'light', viewport: {width: 1280, height: 900}};
const DARK = {colorScheme: 'dark', viewport: {width: 390, height: 844}};

const contrastTargets = (violations) =>
  violations.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes.map((n) => n.target.join(' ')));

/** Fails unless `targets` (axe's) are code keywords, one in each code block that has any. */
async function assertOneKeywordPerBlock(page, targets) {
  const found = await page.evaluate(
    (targets) => ({
      keywords: targets.filter((t) => document.querySelector(t)?.matches('pre .token.keyword')).length,
      blocks: [...document.querySelectorAll('pre')].filter((pre) => pre.querySelector('.token.keyword')).length,
    }),
    targets,
  );
  assert.ok(found.blocks > 1, 'several code blocks have keywords');
  assert.equal(found.keywords, targets.length, `only keywords fail: ${targets.slice(0, 3)}`);
  assert.equal(found.keywords, found.blocks, 'one failing keyword is named in each code block');
}

/** The lesson's content before and after `check` ran on it, its scrolling regions settled first. */
async function contentAround(check) {
  const {page} = tab;
  await visit(page, site, LESSON);
  await settleScrollRegions(page);
  const snapshot = () => page.evaluate(() => document.querySelector('.markdown').innerHTML);
  const before = await snapshot();
  await check(page);
  return {before, after: await snapshot()};
}

describe("the walk's axe check", () => {
  it('leaves formulas and code blocks exactly as they were, after runs in both of the walk’s views', async () => {
    const {before, after} = await contentAround(async (page) => {
      // As the walk runs it: one preparation, every rule in light mode, the colour rules in dark.
      const prepared = await prepareForAxe(page);
      await prepared.violations();
      await switchInPlace(page, DARK);
      await prepared.violations(COLOUR_RULES);
      await prepared.restore();
      await switchInPlace(page, LIGHT);
    });
    assert.ok(before.includes('katex-html') && before.includes('<pre'), `${LESSON} has formulas and code`);
    const from = [...before].findIndex((c, i) => c !== after[i]);
    assert.ok(from === -1 && after.length === before.length, `changed at ${from}: ${after.slice(from - 80, from + 80)}`);
  });

  it('with `include` naming a part and a part inside it, prepares each formula once and leaves the page as it was', async () => {
    const {before, after} = await contentAround((page) => axeViolations(page, {include: ['.markdown', '.markdown > p:has(.katex)']}));
    assert.equal(after, before);
  });

  it('loads an axe that reports exactly what axe as shipped reports, colour figures included', async () => {
    const {page} = tab;
    const reports = {};
    for (const asShipped of [true, false]) {
      await visit(page, site, LESSON);
      // Something for the colour rules to fail on: faint text beside a formula, faint code
      // keywords, and a link that looks like the text around it.
      await page.addStyleTag({content: '.markdown p:has(.katex) { color: #bbb; } pre .token.keyword { color: #ccc !important; }'});
      await page.evaluate(() =>
        document.querySelector('.markdown h2').insertAdjacentHTML('afterend', '<p>正文里有<a href="#top" style="all: unset; color: #444">一个看不出的链接</a>，前后都是文字。</p>'),
      );
      await injectAxe(page, {asShipped});
      reports[asShipped ? 'as shipped' : 'as loaded'] = await page.evaluate(async (tags) => {
        const results = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}, iframes: false});
        const checks = (list) => list.map(({id, data}) => ({id, data}));
        return Object.fromEntries(
          ['violations', 'incomplete', 'passes'].map((type) => [
            type,
            results[type].map(({id, nodes}) => ({id, nodes: nodes.map((n) => ({target: n.target, any: checks(n.any), all: checks(n.all), none: checks(n.none)}))})),
          ]),
        );
      }, WCAG_A_AA);
    }
    const failed = reports['as shipped'].violations.map((v) => v.id);
    assert.ok(failed.includes('color-contrast') && failed.includes('link-in-text-block'), `the colour rules fail somewhere: ${failed}`);
    assert.deepEqual(reports['as loaded'], reports['as shipped']);
  });

  it('finds a code token of one style whose contrast fails, however many tokens share it', async () => {
    const {page} = tab;
    await visit(page, site, LESSON);
    await page.addStyleTag({content: 'pre .token.keyword { color: #bbb !important; }'});
    const targets = contrastTargets(await axeViolations(page, {rules: ['color-contrast']}));
    await assertOneKeywordPerBlock(page, targets);
  });

  it('finds text beside a formula whose contrast fails', async () => {
    const {page} = tab;
    await visit(page, site, LESSON);
    const marked = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.markdown p')].find((p) => p.querySelector('.katex'));
      paragraph.id = 'faint-text-beside-a-formula';
      paragraph.style.setProperty('color', '#bbb', 'important');
      return paragraph.id;
    });
    const targets = contrastTargets(await axeViolations(page, {rules: ['color-contrast']}));
    assert.ok(targets.some((t) => t.includes(marked)), `the paragraph is named: ${targets.slice(0, 3)}`);
  });

  it('refuses to leave out a formula’s MathML from the colour rules once it is visible', async () => {
    const {page} = tab;
    await visit(page, site, LESSON);
    await page.addStyleTag({content: '.katex .katex-mathml { clip-path: none; width: auto; height: auto; position: static; }'});
    await assert.rejects(axeViolations(page, {rules: ['color-contrast']}), /MathML is visible/);
  });

  it('with `include`, finds what fails in the parts named and nothing elsewhere', async () => {
    const {page} = tab;
    await visit(page, site, LESSON);
    await page.evaluate(() => {
      // Paragraphs a reader sees (not the print-only lines under the player).
      const [inside, outside] = [...document.querySelectorAll('.markdown p')].filter((p) => p.checkVisibility() && p.textContent.trim());
      inside.id = 'faint-inside';
      outside.id = 'faint-outside';
      for (const p of [inside, outside]) p.style.setProperty('color', '#bbb', 'important');
    });
    const full = contrastTargets(await axeViolations(page, {rules: ['color-contrast']}));
    const inside = contrastTargets(await axeViolations(page, {rules: ['color-contrast'], include: ['#faint-inside']}));
    // axe names an element by its shortest unique selector, which need not mention the paragraph.
    const where = (targets) => page.evaluate((ts) => ts.map((t) => document.querySelector(t).closest('p')?.id), targets);
    assert.ok((await where(full)).includes('faint-outside'), 'a full run finds the other paragraph');
    const places = await where(inside);
    assert.ok(places.length > 0 && places.every((id) => id === 'faint-inside'), `only the named part: ${inside.join(' | ')}`);
  });
});

// The walk prepares each page once, in light mode at 1280 px, and runs the colour rules on the
// same preparation after switching the page to dark mode at 390 px.
describe("one preparation for both of the walk's views", () => {
  /** The boxes (left, top, width, height) that lie more than a pixel from where they should. */
  const moved = (boxes, expected) =>
    boxes.length !== expected.length
      ? [`${boxes.length} boxes, ${expected.length} expected`]
      : boxes.flatMap((box, i) => (box.some((v, k) => Math.abs(v - expected[i][k]) > 1) ? [`#${i}: ${box} instead of ${expected[i]}`] : [])).slice(0, 5);

  it('lays the text out where the page itself has it, at 1280 px and, switched, at 390 px', async () => {
    const {page} = tab;
    try {
      await visit(page, site, LESSON);
      // Where each block of text and each formula lies, and whether the page has formulas that
      // overflow their column (the case a fixed height could get wrong).
      const layout = () =>
        page.evaluate(() => ({
          boxes: [...document.querySelectorAll('.markdown :is(p, li, h2, h3, td, .katex)')].map((el) => {
            const r = el.getBoundingClientRect();
            return [r.left, r.top, r.width, r.height];
          }),
          overflowing: [...document.querySelectorAll('.katex-display')].filter((el) => el.scrollWidth > el.clientWidth + 1).length,
        }));
      const real = {};
      for (const view of [DARK, LIGHT]) {
        await switchInPlace(page, view);
        await settleScrollRegions(page);
        real[view.viewport.width] = await layout();
      }
      assert.ok(real[390].overflowing > 0, `${LESSON} has a formula wider than 390 px`);
      const prepared = await prepareForAxe(page);
      try {
        assert.deepEqual(moved((await layout()).boxes, real[1280].boxes), [], 'at 1280 px');
        await switchInPlace(page, DARK);
        assert.deepEqual(moved((await layout()).boxes, real[390].boxes), [], 'at 390 px, prepared at 1280 px');
      } finally {
        await prepared.restore();
      }
    } finally {
      await switchInPlace(page, LIGHT);
    }
  });

  it('finds a code token whose colour fails only in dark mode, where light mode gives it the colour of other tokens', async () => {
    const {page} = tab;
    await visit(page, site, LESSON);
    await page.addStyleTag({
      content: `[data-theme='light'] pre .token { color: #333 !important; }
        [data-theme='dark'] pre .token { color: #eee !important; }
        [data-theme='dark'] pre .token.keyword { color: #555 !important; }`,
    });
    const prepared = await prepareForAxe(page);
    let targets;
    try {
      assert.deepEqual(contrastTargets(await prepared.violations(['color-contrast'])), [], 'light mode');
      await switchInPlace(page, DARK);
      targets = contrastTargets(await prepared.violations(['color-contrast']));
    } finally {
      await prepared.restore();
      await switchInPlace(page, LIGHT);
    }
    await assertOneKeywordPerBlock(page, targets);
  });
});

describe('waitForQuietNetwork', () => {
  // Requests the page makes after it has loaded, answered (or not) by a route of the test's own.
  const LATE = '/late-answer.json';

  /**
   * Has the page fetch `url`, and returns once the request's event has reached this process:
   * the page's evaluate can return first, and a wait begun then would see a quiet network
   * (one run in about ten returned after 95 ms).
   */
  async function ask(page, url) {
    const seen = page.waitForRequest(`**${url}`);
    await page.evaluate((url) => void fetch(url), url);
    await seen;
  }

  it('waits for a request still in flight, and then for the quiet after it', async () => {
    const {page, context} = await openPage(site);
    await visit(page, site, LESSON);
    await page.route(`**${LATE}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.fulfill({contentType: 'application/json', body: '{}'});
    });
    const started = Date.now();
    await ask(page, LATE);
    await waitForQuietNetwork(page);
    const waited = Date.now() - started;
    assert.ok(waited >= 1000 + 500, `returned after ${waited} ms, before the answer and the quiet after it`);
    await context.close();
  });

  it('names the request it gave up waiting for', async () => {
    const {page, context} = await openPage(site);
    await visit(page, site, LESSON);
    await page.route(`**${LATE}`, () => {}); // never answered
    await ask(page, LATE);
    await assert.rejects(waitForQuietNetwork(page, {timeout: 1500}), new RegExp(`not quiet .*Requests unanswered: GET \\S+${LATE.replace('.', '\\.')}`));
    await context.close();
  });
});
