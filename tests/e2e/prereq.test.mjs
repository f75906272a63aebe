// Prerequisites in real Chromium: a lesson's 先修 links under its title, and the 学习路线 page —
// its graph in the server HTML (no JavaScript needed to see it), selection by click and by
// keyboard highlighting exactly the transitive prerequisites and dependents the lessons' front
// matter declares, and axe in light and dark mode at desktop and phone widths.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {assertClean, axeViolations, describeViolations, openPage, startSite, visit} from './harness.mjs';

const MLA = '07-deepseek/02-deepseek-v2-mla';

/** Every lesson and 代码实践 page's prerequisites, read from the docs themselves. */
function declared() {
  const needs = new Map();
  for (const chapter of fs.readdirSync('docs').filter((d) => /^\d\d-/.test(d))) {
    for (const dir of [chapter, `${chapter}/practice`]) {
      if (!fs.existsSync(path.join('docs', dir))) continue;
      for (const file of fs.readdirSync(path.join('docs', dir)).filter((f) => /^\d\d-.*\.mdx$/.test(f))) {
        const {data} = matter(fs.readFileSync(path.join('docs', dir, file), 'utf8'));
        needs.set(`${dir}/${file.replace(/\.mdx$/, '')}`, data.prerequisites ?? []);
      }
    }
  }
  return needs;
}

function closure(start, next) {
  const seen = new Set();
  const todo = [...next(start)];
  while (todo.length) {
    const k = todo.pop();
    if (!seen.has(k)) {
      seen.add(k);
      todo.push(...next(k));
    }
  }
  return seen;
}

const needs = declared();
const ancestors = (key) => closure(key, (k) => needs.get(k) ?? []);
const descendants = (key) => closure(key, (k) => [...needs].filter(([, list]) => list.includes(k)).map(([p]) => p));

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The keys of the graph's pages in the given highlight state. */
const keysIn = (page, state) =>
  page.locator(`[data-key][data-state="${state}"]`).evaluateAll((els) => els.map((el) => el.dataset.key).sort());

/** axe finds nothing on the page as it is now, and the page is no wider than the screen. */
async function assertAccessible(page, where) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${where}: axe:\n${describeViolations(violations)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${where}: the page is ${overflow}px wider than the screen`);
}

describe('先修 links', () => {
  it('a lesson lists its prerequisites by title under its title, linked to them', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, 'docs/deepseek/deepseek-v2-mla');
    const nav = page.getByRole('navigation', {name: '先修课程'});
    assert.ok(await nav.isVisible());
    const links = await nav.locator('li a').evaluateAll((as) => as.map((a) => [a.textContent, new URL(a.href).pathname]));
    assert.deepEqual(
      links.map(([text, href]) => [text, href.replace(/^.*\/docs\//, 'docs/')]),
      [
        ['Attention 变种算法', 'docs/transformer/attention-variants'],
        ['大模型 Embedding 算法', 'docs/transformer/embedding'],
        ['DeepSeekMoE 解读', 'docs/moe/deepseekmoe'],
      ],
    );
    // Right under the title, before the lecture.
    const order = await page.evaluate(() => {
      const at = (sel) => [...document.querySelectorAll('article *')].indexOf(document.querySelector(sel));
      return [at('article h1'), at('nav[aria-label="先修课程"]'), at('article [aria-label="讲座视频"]')];
    });
    assert.ok(order[0] < order[1] && order[1] < order[2], `title, 先修, video in that order: ${order}`);
    assertClean(record, 'lesson');
    await context.close();
  });

  it('a 代码实践 page shows its prerequisites too, and a page without any shows none', async () => {
    const html = async (p) => (await fetch(site.server.url + p)).text();
    // The server HTML is minified: attribute quotes are optional.
    const prerequisites = (h) => /<nav[^>]*aria-label="?先修课程[^]*?<\/nav>/.exec(h)?.[0];
    assert.match(prerequisites(await html('docs/deepseek/practice/mla-kv-cache')) ?? '', />DeepSeek-V2 与 MLA</);
    assert.equal(prerequisites(await html('docs/transformer/transformer-basics')), undefined);
  });
});

describe('学习路线', () => {
  it('is in the server HTML: the SVG graph with every page and edge, and the list', async () => {
    const html = await (await fetch(site.server.url + 'roadmap')).text();
    const svg = /<svg[^>]*role="?group[^]*?<\/svg>/.exec(html)?.[0];
    assert.ok(svg, 'an SVG graph in the HTML');
    // An attribute's values in minified HTML: quoted when they must be, bare otherwise.
    const values = (name) => [...svg.matchAll(new RegExp(`${name}=(?:"([^"]*)"|([^\\s">]+))`, 'g'))].map((m) => m[1] ?? m[2]).sort();
    const keys = values('data-key');
    assert.deepEqual(keys, [...needs.keys()].sort());
    const edges = values('data-edge');
    assert.deepEqual(edges, [...needs].flatMap(([p, list]) => list.map((k) => `${k}>${p}`)).sort());
    assert.match(html, /<h2[^>]*id="?list/);
    assert.match(html, /<nav[^>]*aria-label="?主导航[^]*?href="?[^"\s>]*\/roadmap[\s">]/, 'linked from the navbar');
  });

  it('clicking a lesson highlights everything it needs and everything that needs it, transitively', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, 'roadmap');
    const node = page.locator(`[data-key="${MLA}"]`);
    await node.click();
    assert.equal(await node.getAttribute('aria-pressed'), 'true');
    assert.equal(await node.getAttribute('data-state'), 'selected');
    const up = ancestors(MLA);
    const down = descendants(MLA);
    assert.ok(up.has('01-transformer/04-attention'), 'an indirect prerequisite');
    assert.ok(down.has('07-deepseek/10-deepep-code'), 'an indirect dependent');
    assert.deepEqual(await keysIn(page, 'needs'), [...up].sort());
    assert.deepEqual(await keysIn(page, 'neededBy'), [...down].sort());
    await page.getByText(`已选“DeepSeek-V2 与 MLA”：先修 ${up.size} 课，后续 ${down.size} 课`).waitFor();
    // An edge on the chain is highlighted; one off it is not.
    assert.equal(await page.locator('[data-edge="01-transformer/04-attention>01-transformer/05-attention-variants"]').getAttribute('data-state'), 'needs');
    assert.equal(await page.locator('[data-edge="04-vector-db/05-similarity-search>04-vector-db/06-ivf-hnsw"]').getAttribute('data-state'), null);
    // The list under the graph links to them.
    assert.equal(await page.locator('a', {hasText: 'DeepEP 代码解读'}).count() > 0, true);
    await assertAccessible(page, 'light, 1280 px, a lesson selected');
    await page.getByRole('button', {name: '清除选择'}).click();
    assert.equal(await page.locator('[data-key][data-state]').count(), 0);
    assertClean(record, 'roadmap');
    await context.close();
  });

  it('works from the keyboard: one tab stop, arrow keys, Enter to select, Escape to clear', async () => {
    const {page, context, record} = await openPage(site, {viewport: {width: 390, height: 844}});
    await visit(page, site, 'roadmap');
    await page.getByRole('region', {name: /先修关系图/}).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.dataset?.key);
    assert.equal(await focused(), '01-transformer/01-transformer-basics');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), '01-transformer/02-tokenizer');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), '02-moe/02-moe-history');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('[data-key="02-moe/02-moe-history"]').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await keysIn(page, 'needs'), [...ancestors('02-moe/02-moe-history')].sort());
    // The focused page scrolled into view inside the graph's region.
    const visible = await page.locator('[data-key="02-moe/02-moe-history"]').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const region = el.closest('[role="region"]').getBoundingClientRect();
      return box.left >= region.left - 1 && box.right <= region.right + 1;
    });
    assert.ok(visible, 'the focused page is scrolled into view');
    await assertAccessible(page, 'light, 390 px, a lesson selected');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-key][data-state]').count(), 0);
    // Only one page of the graph is in the tab order.
    assert.equal(await page.locator('[data-key][tabindex="0"]').count(), 1);
    assertClean(record, 'keyboard');
    await context.close();
  });

  // Light mode at both widths is checked above, with a lesson selected; dark mode here.
  for (const width of [1280, 390]) {
    it(`passes axe in dark mode at ${width} px, with a lesson selected`, async () => {
      const {page, context, record} = await openPage(site, {colorScheme: 'dark', viewport: {width, height: 900}});
      await visit(page, site, 'roadmap');
      await page.locator(`[data-key="${MLA}"]`).click();
      await page.locator(`[data-key="${MLA}"][aria-pressed="true"]`).waitFor();
      await assertAccessible(page, `dark, ${width} px, a lesson selected`);
      assertClean(record, `dark ${width}`);
      await context.close();
    });
  }
});
