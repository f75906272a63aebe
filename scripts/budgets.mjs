#!/usr/bin/env node
// Size budgets on first load, measured in Chromium against the built site served with brotli:
// the compressed bytes of JS, CSS and HTML each representative page downloads until it has
// hydrated and the network is idle (diagrams are in the HTML, drawn at build time).
// Fails when a page is over budget, or when what every first search query downloads (Pagefind's
// script, worker, WebAssembly and index metadata, and the glossary's terms) leaves too little of
// the 300 KB a first query may transfer for the index chunks and page fragments it then fetches
// (tests/e2e/search.test.mjs measures a real first query).
import fs from 'node:fs';
import path from 'node:path';
import {openPage, startSite, visit, waitForQuietNetwork} from '../tests/e2e/harness.mjs';
import {BUILD_DIR} from './lib/site.mjs';
import {compress} from './lib/serve.mjs';
import {importTs} from './lib/ts.mjs';

const KB = 1000;
/**
 * A page with an interactive widget loads the widget's code up front; every other page,
 * lessons with diagrams included, stays within the lean budget.
 */
const BUDGET = {
  lean: {js: 230 * KB, css: 30 * KB, html: 60 * KB},
  widget: {js: 300 * KB, css: 30 * KB, html: 60 * KB},
};

export const PAGES = [
  {name: '首页', path: '', kind: 'lean'},
  {name: '章节概览', path: 'docs/transformer', kind: 'lean'},
  {name: '贡献指南', path: 'docs/contributing', kind: 'lean'},
  {name: '学习路线（构建时排好的先修关系图）', path: 'roadmap', kind: 'lean'},
  {name: '公式密集的课（含 Mermaid）', path: 'docs/chatgpt/instructgpt', kind: 'lean'},
  {name: '带交互组件的课', path: 'docs/transformer/attention', kind: 'widget'},
];

function typeOf(response) {
  // Fonts, images and data files count as "other"; a <link rel="prefetch"> would too, but the site
  // makes none (src/client/prefetch-on-intent.ts).
  if (!['script', 'stylesheet', 'document'].includes(response.request().resourceType())) return 'other';
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('javascript')) return 'js';
  if (type.includes('css')) return 'css';
  if (type.includes('html')) return 'html';
  return 'other';
}

export async function measure(site, page, path) {
  const totals = {js: 0, css: 0, html: 0, other: 0};
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response
        .request()
        .sizes()
        .then((s) => (totals[typeOf(response)] += s.responseBodySize)),
    );
  });
  await visit(page, site, path);
  await waitForQuietNetwork(page);
  await Promise.all(pending);
  return totals;
}

/**
 * The files every first query fetches, whatever it asks: brotli for script and JSON (Pagefind's
 * own files are gzipped by Pagefind and sent as they are). Half of the 300 KB: the rest is for
 * the index chunks and fragments (a few KB each) that a query fetches.
 */
const SEARCH_KIT_BUDGET = 150 * KB;
async function searchKitSize() {
  const {PAGEFIND_DIR, PAGEFIND_ENTRY, PAGEFIND_SCRIPT, TERMS_FILE} = importTs('src/search/files.ts');
  const entry = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, PAGEFIND_ENTRY), 'utf8'));
  const files = [
    PAGEFIND_SCRIPT,
    `${PAGEFIND_DIR}/pagefind-worker.js`,
    PAGEFIND_ENTRY,
    TERMS_FILE,
    ...Object.values(entry.languages).flatMap((l) => [`${PAGEFIND_DIR}/pagefind.${l.hash}.pf_meta`, `${PAGEFIND_DIR}/wasm.${l.wasm ?? 'unknown'}.pagefind`]),
  ];
  const bodies = files.map((f) => fs.readFileSync(path.join(BUILD_DIR, f)));
  const sent = await Promise.all(bodies.map((b, i) => (/\.(js|json)$/.test(files[i]) ? compress(b, 'br').then((c) => c.length) : b.length)));
  return {files: files.length, raw: bodies.reduce((s, b) => s + b.length, 0), sent: sent.reduce((a, b) => a + b, 0)};
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

async function main() {
  // Brotli at its best level, as a host that precompresses would send the pages.
  const site = await startSite({fast: false});
  const kit = searchKitSize();
  const failures = [];
  const rows = [];
  try {
    for (const p of PAGES) {
      const {page, context} = await openPage(site, {viewport: {width: 412, height: 823}});
      const t = await measure(site, page, p.path);
      await context.close();
      const budget = BUDGET[p.kind];
      for (const k of ['js', 'css', 'html']) {
        if (t[k] > budget[k]) failures.push(`/${p.path}: ${k.toUpperCase()} ${kb(t[k])} 超出预算 ${kb(budget[k])}`);
      }
      rows.push({...p, ...t, budget});
    }
  } finally {
    await site.close();
  }
  console.log('| 页面 | 路径 | JS | CSS | HTML | 预算 JS/CSS/HTML |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.name} | /${r.path} | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.html)} | ${kb(r.budget.js)} / ${kb(r.budget.css)} / ${kb(r.budget.html)} |`);
  }
  const search = await kit;
  if (search.sent > SEARCH_KIT_BUDGET) failures.push(`search: 每次首个查询都要下载的文件共 ${kb(search.sent)}，超出预算 ${kb(SEARCH_KIT_BUDGET)}`);
  console.log(`\nsearch: ${search.files} files every first query fetches, ${kb(search.raw)} raw, ${kb(search.sent)} as sent`);
  for (const r of rows) console.log(`summary: budget /${r.path}: JS ${kb(r.js)}, CSS ${kb(r.css)}, HTML ${kb(r.html)} (brotli)`);
  console.log(`summary: search ${kb(search.sent)} fetched by every first query (budget ${kb(SEARCH_KIT_BUDGET)}; chunks and fragments come on top)`);
  for (const f of failures) console.error(f);
  if (failures.length) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
