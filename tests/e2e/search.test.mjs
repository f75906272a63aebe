// Search in real Chromium, through the navbar's box on the built site: each term query of
// bench/search/queries.json (Chinese, English, abbreviations) lists first the lesson that
// teaches the term, as the glossary data says; the first query of a visit transfers at most
// 300 KB and a later one answers in under 300 ms; nothing of the engine loads before the reader
// reaches for the box; the keyboard works; axe finds nothing in the open list in dark mode at
// phone width; and the /search page answers the query in its address.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {assertClean, axeViolations, describeViolations, openPage, startSite, visit, waitForCondition, waitForQuietNetwork} from './harness.mjs';
import {termQueries, typeTimed} from '../../scripts/lib/search-queries.mjs';

const FIRST_QUERY_BYTES = 300 * 1024;
const WARM_QUERY_MS = 300;
const BOX = '.navbar input[role="combobox"]';

let site;
/** What the server has sent so far: requests and their bytes (a worker's included). */
const sent = [];
before(async () => {
  // Brotli at the real levels: this test measures bytes.
  site = await startSite({fast: false, onSent: (pathname, bytes) => sent.push({pathname, bytes})});
});
after(async () => {
  await site?.close();
});

/** The hrefs of the results listed for `query`, in order, once the list answers it. */
async function resultsFor(page, query) {
  const answered = page.locator(`[data-query="${query.replace(/"/g, '\\"')}"]`);
  await answered.waitFor();
  return answered.locator('[role="option"]').evaluateAll((options) => options.map((o) => o.getAttribute('href')));
}

/** Types a query into the navbar's box; resolves to the hrefs of the results it lists. */
async function ask(page, query) {
  await page.locator(BOX).fill(query);
  return resultsFor(page, query);
}

/** The path of a result link under the base URL, without anchor: docs/moe/switch-transformer. */
const pageOf = (href) => decodeURIComponent(href).replace(/[?#].*$/, '').replace(/^\/[^/]*\//, '').replace(/\/$/, '');

describe('search', () => {
  it('fetches nothing of the engine until the reader reaches for the box; then the first query transfers at most 300 KB', async () => {
    // Without the offline worker (openPage's default), whose saving of the site in the background is not the query's.
    const {page, context, record} = await openPage(site);
    const start = sent.length;
    await visit(page, site, 'docs/transformer/attention');
    // The page fetches nothing more once loaded (no prefetching of linked pages: src/client/prefetch-on-intent.ts).
    await waitForQuietNetwork(page);
    const engine = sent.slice(start).filter((r) => /\/pagefind\/|search-terms\.json/.test(r.pathname));
    assert.deepEqual(engine, [], 'search files fetched before the reader reached for the box');

    const reached = sent.length;
    await page.locator(BOX).focus();
    const hrefs = await ask(page, '容量因子');
    // Fragments of results still arriving belong to this query too.
    await waitForQuietNetwork(page);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fetched = sent.slice(reached);
    const bytes = fetched.reduce((n, r) => n + r.bytes, 0);
    assert.equal(pageOf(hrefs[0]), 'docs/moe/switch-transformer');
    assert.ok(
      bytes <= FIRST_QUERY_BYTES,
      `the first query transferred ${(bytes / 1024).toFixed(1)} KB (at most ${FIRST_QUERY_BYTES / 1024} KB):\n` +
        fetched.map((r) => `  ${r.pathname} ${r.bytes}`).join('\n'),
    );
    console.log(`first query: ${(bytes / 1024).toFixed(1)} KB transferred`);
    assertClean(record, 'first query');
    await context.close();
  });

  it('lists first, for each term query, the lesson that teaches the term; later queries answer in under 300 ms', async () => {
    const queries = termQueries();
    assert.ok(queries.length >= 30, `${queries.length} term queries`);
    assert.ok(queries.filter((q) => /\p{Script=Han}/u.test(q.query)).length >= 15, 'at least 15 Chinese queries');
    const {page, context, record} = await openPage(site);
    await visit(page, site, '');
    await page.locator(BOX).focus();
    await ask(page, '注意力');
    const wrong = [];
    const times = [];
    for (const {query, expected} of queries) {
      await page.locator(BOX).fill('');
      times.push(await typeTimed(page, BOX, query));
      const hrefs = await resultsFor(page, query);
      if (!hrefs.length || pageOf(hrefs[0]) !== expected) wrong.push(`${query}: ${hrefs[0] ?? '（无结果）'}，应为 ${expected}`);
    }
    assert.deepEqual(wrong, [], 'queries whose first result is not the teaching lesson');
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`warm queries: median ${median.toFixed(0)} ms, slowest ${sorted.at(-1).toFixed(0)} ms`);
    assert.ok(median < WARM_QUERY_MS, `a warm query took ${median} ms (median of ${times.length}), at most ${WARM_QUERY_MS} ms`);
    assertClean(record, 'term queries');
    await context.close();
  });

  it('ranks lessons above practice pages for the same words, and finds words only a diagram shows', async () => {
    const {page, context} = await openPage(site);
    await visit(page, site, '');
    await page.locator(BOX).focus();
    // Words both a lesson and its 代码实践 page use at length, but no glossary spelling.
    const hrefs = await ask(page, 'MLA 推理');
    assert.ok(hrefs.length > 0, 'results');
    assert.doesNotMatch(pageOf(hrefs[0]), /\/practice\//, `first result ${hrefs[0]}`);
    // A label of Mamba's block diagram, in no sentence of the course: Pagefind reads no SVG,
    // so the index is given diagrams' words in an attribute (src/plugins/search/diagram-words.ts).
    const diagram = await ask(page, 'conv1d');
    assert.equal(pageOf(diagram[0] ?? '（无结果）'), 'docs/new-arch/mamba');
    await context.close();
  });

  it('works from the keyboard: Ctrl+K, arrows, Enter opens the chosen result, Escape closes the list', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, 'docs/transformer');
    await page.keyboard.press('Control+k');
    await waitForCondition(page, (sel) => document.activeElement?.matches(sel), BOX);
    await page.keyboard.type('GQA');
    await page.locator('[data-query="GQA"] [role="option"]').first().waitFor();
    const box = page.locator(BOX);
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    const second = await page.locator('[data-query="GQA"] [role="option"]').nth(1).getAttribute('id');
    await page.keyboard.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-activedescendant'), second, 'ArrowDown chose the second result');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false', 'Escape closed the list');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/docs\/transformer\/attention-variants/);
    assertClean(record, 'keyboard');
    await context.close();
  });

  it('has no axe violations in the open list, in dark mode at phone width (390 px)', async () => {
    const {page, context, record} = await openPage(site, {colorScheme: 'dark', viewport: {width: 390, height: 844}});
    await visit(page, site, '');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.locator(BOX).focus();
    await ask(page, 'KV cache');
    const list = await page.locator('[data-query="KV cache"]').boundingBox();
    assert.ok(list && list.x >= 0 && list.x + list.width <= 390, `the list fits the screen: ${JSON.stringify(list)}`);
    const violations = await axeViolations(page, {include: ['.navbar [role="search"]']});
    assert.equal(violations.length, 0, `axe:\n${describeViolations(violations)}`);
    assertClean(record, 'dark, 390 px');
    await context.close();
  });

  it('the /search page answers the query in its address, and keeps a new one there', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, `search?q=${encodeURIComponent('selective scan')}`);
    const first = page.locator('main [data-query="selective scan"] [role="option"]').first();
    await first.waitFor();
    assert.equal(pageOf(await first.getAttribute('href')), 'docs/new-arch/mamba');
    await page.locator('main input[role="combobox"]').fill('YaRN');
    await page.locator('main [data-query="YaRN"] [role="option"]').first().waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), 'YaRN');
    assertClean(record, '/search');
    await context.close();
  });
});
