#!/usr/bin/env node
// Checks the built site beyond what Docusaurus checks itself: every internal link, anchor,
// image, script and stylesheet of every HTML page resolves (fonts inside stylesheets too);
// every external link is a well-formed https URL (nothing is fetched). Lessons' titles, videos
// and slides are checked against the course outline by the build itself (src/lesson/outline.ts).
// The search index (src/plugins/search) is complete: each file the search box needs is there,
// Pagefind indexed every searched page, and each glossary term links a section that exists.
// The course PDFs are printed after the build (`npm run pdf`): a link to a PDF that the build's
// plan (pdf/plan.json) lists is sound before the PDF exists, and checked like any file after.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {resolveFile} from './lib/serve.mjs';
import {BUILD_DIR, builtBaseUrl} from './lib/site.mjs';
import {importTs} from './lib/ts.mjs';
import {coverageProblem, readFragment} from './lib/search-coverage.mjs';

const base = builtBaseUrl();
const problems = [];
const counts = {pages: 0, internal: 0, anchors: 0, external: 0, assets: 0, unprintedPdfs: 0};
const planFile = path.join(BUILD_DIR, 'pdf/plan.json');
const plannedPdfs = new Set(
  fs.existsSync(planFile) ? JSON.parse(fs.readFileSync(planFile, 'utf8')).pdfs.map((p) => base + p.file) : [],
);

function htmlFiles(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
    idsCache.set(file, new Set($('[id]').map((_, el) => $(el).attr('id')).get()));
  }
  return idsCache.get(file);
}

/** The built file a site-absolute path points at, or null. */
function target(pathname) {
  if (!pathname.startsWith(base)) return null;
  return resolveFile(BUILD_DIR, '/' + pathname.slice(base.length));
}

function checkUrl(raw, page, kind) {
  if (!raw || raw.startsWith('data:') || raw.startsWith('mailto:') || raw.startsWith('javascript:void')) return;
  const where = path.relative(BUILD_DIR, page);
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    counts.external++;
    let url;
    try {
      url = new URL(raw);
    } catch {
      problems.push(`${where}: 外部链接格式错误：${raw}`);
      return;
    }
    if (url.protocol !== 'https:') problems.push(`${where}: 外部链接不是 https：${raw}`);
    else if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname)) problems.push(`${where}: 外部链接的主机名不合法：${raw}`);
    return;
  }
  const url = new URL(raw, `http://site${base}${path.relative(BUILD_DIR, page).replace(/(index)?\.html$/, '')}`);
  const isSamePage = raw.startsWith('#');
  const file = isSamePage ? page : target(decodeURI(url.pathname));
  kind === 'link' ? counts.internal++ : counts.assets++;
  if (!file && plannedPdfs.has(decodeURI(url.pathname))) {
    counts.unprintedPdfs++;
    return;
  }
  if (!file) {
    problems.push(`${where}: ${kind === 'link' ? '链接' : '资源'}指向不存在的地址：${raw}`);
    return;
  }
  if (url.hash && url.hash !== '#' && file.endsWith('.html')) {
    counts.anchors++;
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(file).has(id)) problems.push(`${where}: 锚点不存在：${raw}`);
  }
  if (file.endsWith('.css')) checkCss(file);
}

const checkedCss = new Set();
function checkCss(file) {
  if (checkedCss.has(file)) return;
  checkedCss.add(file);
  const css = fs.readFileSync(file, 'utf8');
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const ref = m[1];
    if (ref.startsWith('data:') || ref.startsWith('#')) continue;
    if (/^[a-z]+:/i.test(ref)) {
      problems.push(`${path.relative(BUILD_DIR, file)}: 样式表引用了外部资源：${ref}`);
      continue;
    }
    counts.assets++;
    const resolved = path.resolve(path.dirname(file), ref.split(/[?#]/)[0]);
    if (!fs.existsSync(resolved)) problems.push(`${path.relative(BUILD_DIR, file)}: 样式表引用的文件不存在：${ref}`);
  }
}

for (const page of htmlFiles(BUILD_DIR)) {
  counts.pages++;
  const $ = cheerio.load(fs.readFileSync(page, 'utf8'));
  $('a[href]').each((_, el) => checkUrl($(el).attr('href'), page, 'link'));
  $('link[href]').each((_, el) => {
    const rel = $(el).attr('rel') ?? '';
    // Canonical and alternate links name the public URL, not a file of this build.
    if (!/canonical|alternate|search/.test(rel)) checkUrl($(el).attr('href'), page, 'asset');
  });
  $('img[src], script[src], iframe[src], source[src]').each((_, el) => checkUrl($(el).attr('src'), page, 'asset'));
  $('img[srcset], source[srcset]').each((_, el) =>
    $(el)
      .attr('srcset')
      .split(',')
      .forEach((s) => checkUrl(s.trim().split(/\s+/)[0], page, 'asset')),
  );
}

/** Problems of the search index, each naming the file at fault. */
function checkSearch() {
  const {PAGEFIND_DIR, PAGEFIND_ENTRY, PAGEFIND_SCRIPT, TERMS_FILE} = importTs('src/search/files.ts');
  const {isSearched, EXCLUDE_SELECTORS, ROOT_SELECTOR} = importTs('src/plugins/search/index.ts');
  const missing = (file) => !fs.existsSync(path.join(BUILD_DIR, file));
  for (const file of [PAGEFIND_SCRIPT, `${PAGEFIND_DIR}/pagefind-worker.js`, PAGEFIND_ENTRY, TERMS_FILE]) {
    if (missing(file)) problems.push(`搜索索引缺少文件：${file}（由 src/plugins/search 在构建后生成）`);
  }
  if (missing(PAGEFIND_ENTRY) || missing(TERMS_FILE)) return;
  const entry = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, PAGEFIND_ENTRY), 'utf8'));
  const searched = htmlFiles(BUILD_DIR).filter((f) => isSearched(path.relative(BUILD_DIR, f).split(path.sep).join('/'))).length;
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  if (indexed !== searched) problems.push(`${PAGEFIND_ENTRY}: 索引了 ${indexed} 页，应为 ${searched} 页`);
  for (const [lang, {hash, wasm}] of Object.entries(entry.languages)) {
    for (const file of [`${PAGEFIND_DIR}/pagefind.${hash}.pf_meta`, `${PAGEFIND_DIR}/wasm.${wasm ?? 'unknown'}.pagefind`]) {
      if (missing(file)) problems.push(`搜索索引缺少文件：${file}（语言 ${lang}）`);
    }
  }
  const fragmentDir = path.join(BUILD_DIR, PAGEFIND_DIR, 'fragment');
  const fragments = missing(`${PAGEFIND_DIR}/fragment`) ? [] : fs.readdirSync(fragmentDir);
  if (fragments.length < indexed) problems.push(`${PAGEFIND_DIR}/fragment: ${fragments.length} 个页面片段，少于索引的 ${indexed} 页`);
  // Each page's indexed text, read back and compared with the page's own (scripts/lib/search-coverage.mjs).
  for (const name of fragments) {
    const fragment = readFragment(fs.readFileSync(path.join(fragmentDir, name)));
    const html = fs.readFileSync(path.join(BUILD_DIR, `${fragment.url.slice(1)}.html`), 'utf8');
    const problem = coverageProblem(fragment, html, {rootSelector: ROOT_SELECTOR, excludeSelectors: EXCLUDE_SELECTORS});
    if (problem) problems.push(problem);
  }
  const terms = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, TERMS_FILE), 'utf8'));
  const hrefs = new Set(terms.terms.map((t) => t.href));
  if (hrefs.size === 0) problems.push(`${TERMS_FILE}: 没有术语`);
  for (const href of hrefs) checkUrl(href, path.join(BUILD_DIR, TERMS_FILE), 'link');
}
checkSearch();

for (const p of problems) console.error(p);
console.log(
  `summary: links: ${counts.pages} pages, ${counts.internal} internal links, ${counts.anchors} anchors, ` +
    `${counts.assets} assets, ${counts.external} external links: ${problems.length} broken` +
    (counts.unprintedPdfs ? ` (${counts.unprintedPdfs} links to PDFs that npm run pdf prints)` : ''),
);
if (problems.length) process.exit(1);
