#!/usr/bin/env node
// Size budgets on first load, measured in Chromium against the built site served with brotli:
// the compressed bytes of JS, CSS and HTML each representative page downloads until it has
// hydrated and the network is idle (diagrams are in the HTML, drawn at build time).
// Fails when a page is over budget. Also reports the size of the search index.
import fs from 'node:fs';
import path from 'node:path';
import {openPage, startSite, visit} from '../tests/e2e/harness.mjs';
import {BUILD_DIR} from './lib/site.mjs';
import {compress} from './lib/serve.mjs';

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
  // Docusaurus prefetches the chunks of pages linked from the viewport; those are downloads for
  // the next page, at idle priority, and do not count towards this page's first load.
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
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return totals;
}

/** The index's bytes raw and as the test server sends them (brotli at quality 5, see serve.mjs). */
async function searchIndexSize() {
  const files = fs.readdirSync(BUILD_DIR).filter((f) => /^search-index.*\.json$/.test(f));
  const bodies = files.map((f) => fs.readFileSync(path.join(BUILD_DIR, f)));
  const raw = bodies.reduce((s, b) => s + b.length, 0);
  const br = (await Promise.all(bodies.map((b) => compress(b, 'br')))).reduce((s, b) => s + b.length, 0);
  return {files: files.length, raw, br};
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

async function main() {
  // Brotli at its best level, as a host that precompresses would send the pages.
  const site = await startSite({fast: false});
  const index = searchIndexSize();
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
  const idx = await index;
  console.log(`\nsearch index: ${idx.files} file(s), ${kb(idx.raw)} raw, ${kb(idx.br)} brotli (quality 5)`);
  for (const r of rows) console.log(`summary: budget /${r.path}: JS ${kb(r.js)}, CSS ${kb(r.css)}, HTML ${kb(r.html)} (brotli)`);
  console.log(`summary: search index ${kb(idx.br)} brotli q5 (${kb(idx.raw)} raw)`);
  for (const f of failures) console.error(f);
  if (failures.length) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
