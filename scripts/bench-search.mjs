#!/usr/bin/env node
// `npm run bench -- --search` (or `node scripts/bench-search.mjs`): measures a search engine on
// the term queries of bench/search/queries.json, in Debian's Chromium against a built site
// served locally with the real compression levels (brotli 11, as the size budgets use):
//   - bytes the first query of a visit transfers (everything fetched from reaching for the box
//     to its first result: engine code, index, fragments), as the server sends them (a worker's
//     requests included: both engines fetch their index from one);
//   - time of the first query (cold) and the median time of the later ones (warm);
//   - hits@1: queries whose first result is the lesson that teaches the term (the glossary's).
// Not a test: it measures, and bench/search/README.md records the figures. Options:
//   --engine=site       the site's own search box (default; the engine the build ships)
//   --engine=easyops    @easyops-cn/docusaurus-search-local's box, on a build that has it
//   --engine=pagefind   Pagefind's JavaScript API, unranked, on a build with build/pagefind/
//                       and no Content-Security-Policy page of its own (see bench/search/README.md)
//   --dir=PATH          the built site (default: build/)
//   --runs=N            repeat the whole set N times (default 3); figures are medians
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {serve} from './lib/serve.mjs';
import {builtBaseUrl} from './lib/site.mjs';
import {CHROMIUM, CHROMIUM_FLAGS} from './lib/chromium.mjs';
import {termQueries, typeTimed} from './lib/search-queries.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--') && a.includes('='))
    .map((a) => a.slice(2).split('=')),
);
const ENGINE = args.engine ?? 'site';
const DIR = path.resolve(args.dir ?? 'build');
const RUNS = Number(args.runs ?? 3);
const TIMEOUT = 60_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const pathOf = (href, base) => decodeURIComponent(new URL(href).pathname).slice(base.length).replace(/\.html$/, '').replace(/\/$/, '');


/** Each engine: how to get it ready on a page, and how to ask it one query (→ first result's URL). */
const drivers = {
  // The site's box (src/components/SiteSearch): a listbox says which query its results answer.
  site: {
    page: '',
    async reach(page) {
      await page.locator('.navbar input[type="search"]').first().focus();
    },
    async ask(page, query) {
      const ms = await typeTimed(page, '.navbar input[role="combobox"]', query);
      const answered = page.locator(`[data-query="${query.replace(/"/g, '\\"')}"]`).first();
      await answered.waitFor({timeout: TIMEOUT});
      const first = answered.locator('[role="option"]').first();
      return {href: (await first.count()) ? await first.evaluate((a) => a.href) : '', ms};
    },
  },
  // The old plugin's autocomplete: its first suggestion is preselected; Enter opens it.
  easyops: {
    page: '',
    async reach(page) {
      await page.locator('input.navbar__search-input').first().focus();
      await page.locator('.navbar__search-input[role="combobox"]').waitFor({timeout: TIMEOUT});
    },
    async ask(page, query) {
      const box = page.locator('.navbar__search-input[role="combobox"]');
      // A page the last result opened with a full load has the stand-in box again.
      if (!(await box.count())) await this.reach(page);
      await box.fill('');
      await page.locator('[role="option"]').first().waitFor({state: 'detached', timeout: 2000}).catch(() => {});
      await box.fill(query);
      // A suggestion, or the plugin's "no results" line.
      await page.locator('[role="option"], [class*="noResults"]').first().waitFor({timeout: TIMEOUT});
      const ms = performance.now();
      if (!(await page.locator('[role="option"]').count())) return {href: '', settled: ms};
      const before = page.url();
      await box.press('Enter');
      await page.waitForURL((u) => u.href !== before, {timeout: TIMEOUT}).catch(() => {});
      return {href: page.url(), settled: ms};
    },
  },
  // Pagefind's own API on a page without the site's policy (bench-pagefind.html, written here).
  pagefind: {
    page: 'bench-pagefind.html',
    async reach() {},
    async ask(page, query) {
      return page.evaluate(async (q) => {
        const pf = (window.__pf ??= await import('./pagefind/pagefind.js'));
        const r = await pf.search(q);
        // Pagefind puts the base URL it finds its own script under in front of its URLs.
        return r.results.length ? new URL((await r.results[0].data()).url, location.href).href : 'about:blank';
      }, query);
    },
  },
};

/** Bytes the server has sent (see serve.mjs's onSent), read before and after a query. */
let sent = 0;

async function runOnce(site, driver, queries) {
  const context = await site.browser.newContext({locale: 'zh-CN', serviceWorkers: 'block'});
  const page = await context.newPage();
  let counted = 0;
  let from = 0;
  await page.goto(site.server.url + driver.page, {waitUntil: 'load'});
  if (!driver.page) await page.waitForSelector('html[data-has-hydrated="true"]');
  // What the page fetches by itself is not the query's.
  await page.waitForLoadState('networkidle');
  const rows = [];
  for (const [i, q] of queries.entries()) {
    if (i === 0) from = sent;
    const t0 = performance.now();
    if (i === 0) await driver.reach(page);
    const reached = performance.now();
    const got = await driver.ask(page, q.query);
    const href = typeof got === 'string' ? got : got.href;
    // The site's box is timed in the page (typeTimed); the others from here.
    const ms = typeof got === 'string' ? performance.now() - t0 : (got.ms ?? got.settled - t0) + (i === 0 && got.ms !== undefined ? reached - t0 : 0);
    if (i === 0) {
      // Fragments and late responses of the first query still in flight.
      await page.waitForTimeout(500);
      counted = sent - from;
    }
    const found = href.startsWith('http') ? pathOf(href, site.server.url.replace(site.server.origin, '')) : '';
    rows.push({...q, found, hit: found === q.expected, ms: Math.round(ms)});
  }
  await context.close();
  return {firstQueryBytes: counted, rows};
}

async function main() {
  const driver = drivers[ENGINE];
  if (!driver) throw new Error(`unknown --engine=${ENGINE} (site, easyops, pagefind)`);
  if (ENGINE === 'pagefind') {
    fs.writeFileSync(path.join(DIR, driver.page), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>pagefind bench</title>');
  }
  const queries = termQueries();
  const server = await serve(DIR, builtBaseUrl(DIR), {onSent: (_, bytes) => (sent += bytes)});
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_FLAGS});
  const site = {server, browser};
  const runs = [];
  try {
    // One discarded run fills the server's compression cache (brotli 11 takes seconds on large files).
    await runOnce(site, driver, queries.slice(0, 2));
    // Each run begins with another query (the list rotated), so the first-query bytes are those
    // of as many different first queries.
    for (let r = 0; r < RUNS; r++) runs.push(await runOnce(site, driver, [...queries.slice(r * 7), ...queries.slice(0, r * 7)]));
  } finally {
    await browser.close();
    await server.close();
  }
  const last = runs.at(-1);
  const summary = {
    engine: ENGINE,
    date: new Date().toISOString().slice(0, 10),
    queries: queries.length,
    runs: RUNS,
    firstQueryKB: Math.round(median(runs.map((r) => r.firstQueryBytes)) / 1024),
    firstQueryMaxKB: Math.round(Math.max(...runs.map((r) => r.firstQueryBytes)) / 1024),
    firstQueries: runs.map((r) => `${r.rows[0].query}: ${Math.round(r.firstQueryBytes / 1024)} KB`),
    firstQueryMs: median(runs.map((r) => r.rows[0].ms)),
    warmMedianMs: median(runs.map((r) => median(r.rows.slice(1).map((x) => x.ms)))),
    warmMaxMs: median(runs.map((r) => Math.max(...r.rows.slice(1).map((x) => x.ms)))),
    hitsAt1: last.rows.filter((x) => x.hit).length,
    misses: last.rows.filter((x) => !x.hit).map((x) => `${x.query} → ${x.found || '（无结果）'}（应为 ${x.expected}）`),
  };
  console.log(JSON.stringify(summary, null, 2));
  fs.mkdirSync('bench/search', {recursive: true});
  fs.writeFileSync(`bench/search/${ENGINE}.json`, JSON.stringify({...summary, rows: last.rows}, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
