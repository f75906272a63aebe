// Reader journeys on the built site in real Chromium: the home page and the chapter overviews
// show what they must (every page loading cleanly is every-page.test.mjs's), math renders
// (diagrams: diagrams.test.mjs), the lecture player stays offline until clicked, search finds
// Chinese words, dark mode switches, and the errata link carries the reader's selection.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import {assertClean, axeViolations, describeViolations, openPage, settleScrollRegions, startSite, visit, waitForCondition, waitForQuietNetwork} from './harness.mjs';
import {importTs} from '../../scripts/lib/ts.mjs';

const LESSON = 'docs/transformer/attention';
// Each chapter's path: its folder without the number, as Docusaurus strips it.
const CHAPTERS = importTs('src/data/course-outline.ts').courseOutline.map((chapter) => chapter.folder.replace(/^\d+-/, ''));

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** A page's HTML as the server sends it, before any script runs, parsed. */
async function serverHtml(path) {
  const response = await fetch(site.server.url + path);
  assert.equal(response.status, 200, `/${path}`);
  return cheerio.load(await response.text());
}

// The walk (every-page.test.mjs) loads every page in the browser and checks that it loads
// cleanly; here, what the home page and the overviews must show, in the HTML the server sends.
describe('pages', () => {
  it('the home page shows every chapter', async () => {
    const $ = await serverHtml('');
    const cards = $('section[aria-labelledby="chapters"] li a[href*="/docs/"]').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(cards.map((href) => href.replace(/\/$/, '').split('/').pop()), CHAPTERS);
  });

  for (const chapter of CHAPTERS) {
    it(`the chapter overview ${chapter} has its title and its lesson table`, async () => {
      const $ = await serverHtml(`docs/${chapter}`);
      assert.ok($('article h1').text().trim(), 'a title');
      assert.ok($(`article table a[href*="/docs/${chapter}/"]`).length > 0, 'a table linking to the chapter’s lessons');
    });
  }
});

// The sitemap walk runs every axe rule in light mode at desktop width and the colour rules in
// dark mode at phone width; the phone layout's own DOM (navbar menu button, collapsed table of
// contents, stacked cards) gets every rule here, on each kind of page the site has.
describe('the phone layout in dark mode passes every axe rule', {concurrency: 2}, () => {
  const KINDS = {
    home: '',
    'chapter overview': 'docs/moe',
    lesson: LESSON,
    '代码实践': 'docs/transformer/practice/mini-transformer',
    '贡献指南': 'docs/contributing',
    search: 'search',
    'tag list': 'docs/tags',
    'tag page': 'docs/tags/attention',
  };
  for (const [kind, path] of Object.entries(KINDS)) {
    it(kind, async () => {
      const {page, context, record} = await openPage(site, {colorScheme: 'dark', viewport: {width: 390, height: 844}});
      await visit(page, site, path);
      assert.deepEqual(await settleScrollRegions(page), [], 'overflowing formulas or tables a keyboard cannot scroll');
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, `axe:\n${describeViolations(violations)}`);
      assertClean(record, path);
      await context.close();
    });
  }
});

describe('the model lesson', () => {
  it('shows code highlighted at build time, kept as is by hydration, with a working copy button', async () => {
    const {page, context, record} = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.server.origin});
    const scripts = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.text().then((body) => [r.url(), body])));
    // Remember the server-rendered <code> element before React hydrates the page.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (window.__serverCode = document.querySelector('article .code-html code'))),
    );
    await visit(page, site, LESSON);
    const block = page.locator('article .code-html').first();
    assert.ok((await block.locator('.token.keyword').count()) > 0, 'Prism token spans in the HTML');
    assert.ok(
      await page.evaluate(() => document.querySelector('article .code-html code') === window.__serverCode),
      'hydration re-rendered the code block instead of keeping the server markup',
    );
    const color = await block.locator('.token.keyword').first().evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(color, await block.evaluate((el) => getComputedStyle(el).color), 'keywords are coloured');
    await block.getByRole('button', {name: '复制代码到剪贴板'}).click();
    await block.getByRole('button', {name: '复制成功'}).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await block.locator('code').textContent());
    assert.match(copied, /^import math\nimport torch/);
    // No script the page loads carries Prism (its grammar registry walker, `DFS`, survives
    // minification): neither the theme's CodeBlock nor its language-registering client module.
    const withPrism = (await Promise.all(scripts)).filter(([, body]) => body.includes('DFS:function'));
    assert.deepEqual(withPrism.map(([url]) => url), [], 'scripts that still bring Prism to the browser');
    assertClean(record, 'code block');
    await context.close();
  });

  it('fetches a linked page’s code only when the reader points at the link (src/client/prefetch-on-intent.ts)', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, LESSON);
    await waitForQuietNetwork(page);
    assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel="prefetch"]').length), 0, 'pages prefetched because their links are in view');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
    await page.locator('.pagination-nav__link--next').hover();
    // The next lesson's chunks are preloaded.
    await waitForCondition(page, (since) => performance.getEntriesByType('resource').slice(since).some((e) => new URL(e.name).pathname.endsWith('.js')), before);
    assertClean(record, 'preload on hover');
    await context.close();
  });
});

// One visit to the lesson, as one reader makes it, for the checks that only read the page or add
// to it: they run in this order, each on what the one before left. The player's click adds the
// player and its request to Bilibili, so it comes after the check that no other host was asked
// for anything; the erratum link opens GitHub in a new tab, so it comes last.
describe('the model lesson, read in one visit', () => {
  let reader;
  before(async () => {
    reader = await openPage(site);
    await visit(reader.page, site, LESSON);
  });
  after(() => reader?.context.close());

  it('renders KaTeX, with no request to another host', async () => {
    const {page, record} = reader;
    assert.ok((await page.locator('article .katex').count()) > 5, 'KaTeX output');
    const katexCss = await page.evaluate(() =>
      [...document.styleSheets].some((s) => s.href?.includes('/katex/') && s.cssRules.length > 50),
    );
    assert.ok(katexCss, 'KaTeX stylesheet loaded from the site');
    assertClean(record, LESSON);
  });

  it('links 在 B 站观看 and 编辑此页 to the right places', async () => {
    const {page} = reader;
    assert.equal(
      await page.getByRole('link', {name: '在 B 站观看'}).getAttribute('href'),
      'https://www.bilibili.com/video/BV11AMHzuEet/',
    );
    assert.match(
      await page.getByRole('link', {name: /编辑此页/}).getAttribute('href'),
      /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/docs\/01-transformer\/04-attention\.mdx$/,
    );
  });

  it('loads the Bilibili player only after the play button is pressed (by keyboard)', async () => {
    const {page, record} = reader;
    assert.equal(await page.locator('iframe').count(), 0);
    assert.deepEqual(record.foreignRequests, []);
    await page.getByRole('button', {name: /播放讲座/}).focus();
    await page.keyboard.press('Enter');
    const iframe = page.locator('iframe[src^="https://player.bilibili.com/player.html"]');
    await iframe.waitFor();
    assert.match(await iframe.getAttribute('src'), /bvid=BV11AMHzuEet/);
  });

  it('reports an erratum with the selected text filled in', async () => {
    const {page, context} = reader;
    const selected = await page.evaluate(() => {
      // A paragraph the reader sees: not a print-only line (the video's address comes first).
      const p = [...document.querySelectorAll('article p')].find((el) => el.checkVisibility() && el.textContent.length > 30);
      const range = document.createRange();
      range.selectNodeContents(p);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString().replace(/\s+/g, ' ').trim();
    });
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', {name: /报告勘误/}).click()]);
    await popup.waitForLoadState();
    const url = new URL(popup.url());
    assert.equal(url.origin + url.pathname.replace(/^\/[^/]+\/[^/]+/, ''), 'https://github.com/issues/new');
    assert.equal(url.searchParams.get('template'), 'errata.yml');
    assert.equal(url.searchParams.get('source'), 'docs/01-transformer/04-attention.mdx');
    assert.ok(url.searchParams.get('page').endsWith('/docs/transformer/attention'));
    assert.equal(url.searchParams.get('quote'), selected.length > 500 ? url.searchParams.get('quote') : selected);
    assert.ok(selected.startsWith(url.searchParams.get('quote').replace(/…$/, '')));
  });
});

describe('site features', () => {
  it('search finds the attention lesson for 注意力', async () => {
    const {page, context} = await openPage(site);
    await visit(page, site, '');
    const input = page.getByRole('combobox', {name: '搜索课程'}).or(page.locator('input.navbar__search-input'));
    await input.first().click();
    await input.first().fill('注意力');
    const hit = page.getByRole('option', {name: /Attention 注意力机制/}).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/docs\/transformer\/attention/);
    await context.close();
  });

  // The engine's fetching, its bytes, the keyboard and the term queries: search.test.mjs.

  it('the colour mode toggle reaches dark mode and keeps it across pages', async () => {
    const {page, context} = await openPage(site);
    await visit(page, site, LESSON);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    assert.equal(await theme(), 'light');
    const toggle = page.getByRole('button', {name: /切换浅色\/暗黑模式/});
    // The toggle cycles light → dark → system.
    for (let i = 0; i < 3 && (await theme()) !== 'dark'; i++) await toggle.click();
    assert.equal(await theme(), 'dark');
    await visit(page, site, '');
    assert.equal(await theme(), 'dark');
    await context.close();
  });
});
