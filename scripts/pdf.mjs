#!/usr/bin/env node
// `npm run pdf`: prints the course as PDFs into the built site, one per chapter and one for the
// whole course, as planned by the build (build/pdf/plan.json, from src/lesson/pdf.ts). Each page's
// article is taken once from its built HTML (formulas, code and diagrams are rendered at build
// time), and each PDF printed once, by Chromium (scripts/lib/chromium.mjs, via the test harness),
// from a document of those articles (scripts/lib/print-document.mjs) under the site's print
// stylesheet.
// Usage: node scripts/pdf.mjs [ch01-transformer …]   (default: every PDF of the plan)
// The cover names the date (BUILD_DATE, default today) and commit (SOURCE_COMMIT, else git's
// HEAD, else GITHUB_SHA). A page or PDF that fails stops the command, naming it.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {openPage, startSite} from '../tests/e2e/harness.mjs';
import {resolveFile} from './lib/serve.mjs';
import {BUILD_DIR} from './lib/site.mjs';
import {CHROMIUM} from './lib/chromium.mjs';
import {escapeHtml, printDocument, sectionsOf} from './lib/print-document.mjs';

const PLAN = path.join(BUILD_DIR, 'pdf/plan.json');
/** A4 with 16 mm sides: the text column is 178 mm, 673 CSS px. */
const PAGE = {format: 'A4', margin: {top: '18mm', bottom: '16mm', left: '16mm', right: '16mm'}};
const COLUMN_PX = Math.floor((178 / 25.4) * 96);
const CONCURRENCY = 2;
const PRINT_TIMEOUT = 10 * 60_000;

function buildFacts() {
  const date = process.env.BUILD_DATE || new Date().toISOString().slice(0, 10);
  let commit = process.env.SOURCE_COMMIT;
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    } catch {
      commit = process.env.GITHUB_SHA?.slice(0, 7);
    }
  }
  if (!commit) throw new Error('不知道构建的提交：不在 git 仓库中时请设置 SOURCE_COMMIT');
  return {date, commit};
}

/**
 * A page's article (the HTML of its .markdown element) and the stylesheets it uses, from the
 * built HTML file: every formula, code block, diagram and widget is there as a reader first
 * sees it (formulas, code and diagrams are rendered at build time, widgets server-side).
 */
function takeArticle(pagePath) {
  try {
    const file = resolveFile(BUILD_DIR, `/${pagePath}`);
    if (!file) throw new Error('构建中没有这个页面');
    const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
    const article = $('article .theme-doc-markdown');
    if (article.length !== 1) throw new Error('页面没有正文（article .theme-doc-markdown）');
    return {html: $.html(article), stylesheets: $('link[rel="stylesheet"]').map((_, l) => $(l).attr('href')).get()};
  } catch (err) {
    throw new Error(`PDF：页面 ${pagePath || '/'} 无法打印：${err.message}`);
  }
}

/** Runs `task` over `items`, `n` at a time, keeping the results in order. */
async function pool(items, n, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({length: Math.min(n, items.length)}, worker));
  return results;
}

const headerTemplate = (left, right) =>
  `<div style="width:100%;box-sizing:border-box;padding:0 16mm;font-size:8px;color:#555;display:flex;justify-content:space-between">` +
  `<span>${escapeHtml(left)}</span><span>${escapeHtml(right)}</span></div>`;
const footerTemplate =
  '<div style="width:100%;font-size:8px;color:#555;text-align:center">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/**
 * Shrinks what is wider than the text column (long formulas, wide tables and widgets) to fit.
 * Measures everything first and only then zooms, outermost only: a zoom between two
 * measurements would make Chromium lay the whole document out again for the next one. Outermost
 * is enough because the print stylesheet lets formulas and tables overflow visibly, so a wide one
 * makes its ancestors wide too, and zooming the ancestor shrinks it with them.
 */
function fitToColumn() {
  const candidates = [...document.querySelectorAll('.markdown > *, .markdown .katex-display, .markdown table')];
  const wide = candidates
    .map((el) => ({el, ratio: el.clientWidth / el.scrollWidth}))
    .filter(({ratio}) => ratio > 0 && ratio < 0.99);
  const outermost = wide.filter(({el}) => !wide.some((w) => w.el !== el && w.el.contains(el)));
  for (const {el, ratio} of outermost) el.style.zoom = String(Math.max(ratio, 0.4));
}

async function printPdf(site, plan, spec, articles, stylesheets, css, build) {
  const {page, context, record} = await openPage(site, {viewport: {width: COLUMN_PX, height: 900}});
  try {
    const url = `${site.server.url}__print/${path.basename(spec.file, '.pdf')}`;
    const html = printDocument({plan, spec, articles, stylesheets, css, build});
    await page.route(url, (route) => route.fulfill({contentType: 'text/html; charset=utf-8', body: html}));
    await page.emulateMedia({media: 'print', colorScheme: 'light'});
    // The whole course is a document of some 900 pages: give it minutes, not seconds.
    page.setDefaultTimeout(PRINT_TIMEOUT);
    await page.goto(url, {waitUntil: 'load'});
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(fitToColumn);
    const out = path.join(BUILD_DIR, spec.file);
    const pdf = await page.pdf({
      ...PAGE,
      path: out,
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(plan.courseTitle, spec.title),
      footerTemplate,
    });
    const problems = [...record.consoleErrors, ...record.failedRequests];
    if (problems.length) throw new Error(problems.join('\n'));
    return pdf;
  } catch (err) {
    throw new Error(`PDF：${spec.file} 打印失败：${err.message}`);
  } finally {
    await context.close();
  }
}

async function main() {
  if (!fs.existsSync(PLAN)) throw new Error(`${PLAN} 不存在：先构建网站（npm run build）`);
  const plan = JSON.parse(fs.readFileSync(PLAN, 'utf8'));
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !plan.pdfs.some((p) => path.basename(p.file, '.pdf') === w));
  if (unknown.length) throw new Error(`计划里没有这些 PDF：${unknown.join('，')}`);
  const specs = wanted.length ? plan.pdfs.filter((p) => wanted.includes(path.basename(p.file, '.pdf'))) : plan.pdfs;
  const build = buildFacts();
  const css = fs.readFileSync(new URL('./lib/print-document.css', import.meta.url), 'utf8');

  const started = Date.now();
  const paths = [...new Set(specs.flatMap((s) => sectionsOf(s).map((x) => x.path)))];
  const taken = paths.map(takeArticle);
  const articles = new Map(paths.map((p, i) => [p, taken[i].html]));
  const stylesheets = [...new Set(taken.flatMap((t) => t.stylesheets))];
  console.log(`read ${paths.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The reader's browser: the diagrams' labels must fit their boxes as on the site.
  const site = await startSite({executablePath: CHROMIUM});
  try {
    // The course first: it takes longest, and the chapters fill the other printer meanwhile.
    const byLength = [...specs].sort((a, b) => b.chapters.length - a.chapters.length);
    await pool(byLength, CONCURRENCY, async (spec) => {
      const t = Date.now();
      const pdf = await printPdf(site, plan, spec, articles, stylesheets, css, build);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      console.log(`${spec.file}: ${pages} pages, ${(pdf.length / 1e6).toFixed(1)} MB, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    });
  } finally {
    await site.close();
  }
  console.log(`summary: pdf: ${specs.length} PDFs in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
