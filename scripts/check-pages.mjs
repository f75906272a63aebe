#!/usr/bin/env node
// Quick check of MDX pages without a full site build: front matter against the lesson model and
// the course outline, MDX syntax, KaTeX formulas, and relative links with their anchors (heading
// ids computed by Docusaurus' own heading plugin). Usage: node scripts/check-pages.mjs
// docs/02-moe (a folder or files; default: docs). The production build runs the same checks and
// more; `npm run check` runs this on the pages changed against main.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import headings from '@docusaurus/mdx-loader/lib/remark/headings/index.js';
import {importTs} from './lib/ts.mjs';
import {mdxFiles} from './lib/mdx-files.mjs';

const {buildCatalog} = importTs('src/lesson/catalog.ts');
const rehypeKatexStrict = importTs('src/plugins/rehype-katex-strict/index.ts');

/** Remark plugin that records the heading ids Docusaurus gives a page (run after `headings`). */
const collectIds = (ids) => () => (tree) => {
  const walk = (node) => {
    if (node.type === 'heading' && node.data?.id) ids.add(node.data.id);
    node.children?.forEach(walk);
  };
  walk(tree);
};

const REMARK = [remarkGfm, remarkDirective, remarkMath];
const idsOfFile = new Map();

/** The heading ids of a page, compiling it (without formulas) if it was not checked already. */
async function headingIdsOf(file) {
  if (!idsOfFile.has(file)) {
    const ids = new Set();
    await compile({value: matter(fs.readFileSync(file, 'utf8')).content, path: file}, {
      remarkPlugins: [...REMARK, [headings.default ?? headings, {anchorsMaintainCase: false}], collectIds(ids)],
    }).catch(() => {}); // a page that does not compile is reported when it is checked itself
    idsOfFile.set(file, ids);
  }
  return idsOfFile.get(file);
}

const targets = process.argv.slice(2);
const problems = [];
// A name mistyped on the command line is reported like any other problem, not as a stack trace.
const missing = targets.filter((t) => !fs.existsSync(t));
for (const t of missing) problems.push(`${t}: 没有这个文件或文件夹`);
const files = (targets.length ? targets.filter((t) => !missing.includes(t)) : ['docs']).flatMap(mdxFiles).map((f) => path.relative('.', f));
const docs = [];

for (const file of files) {
  const src = fs.readFileSync(file, 'utf8');
  const {data, content} = matter(src);
  docs.push({source: file, permalink: '/' + file, title: data.title ?? '', frontMatter: data});
  const ids = new Set();
  try {
    await compile({value: content, path: file}, {
      remarkPlugins: [...REMARK, [headings.default ?? headings, {anchorsMaintainCase: false}], collectIds(ids)],
      rehypePlugins: [[rehypeKatexStrict, {strict: 'error'}]],
    });
    idsOfFile.set(file, ids);
  } catch (e) {
    const where = e.line ? `:${e.line + Object.keys(data).length}` : '';
    problems.push(`${file}${where}: ${e.reason ?? e.message}`);
  }
  // Relative links to pages (./x.mdx, ../02-moe/x.mdx) and same-page anchors (#x), outside code.
  const prose = content.replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
  for (const m of prose.matchAll(/\]\((\.{1,2}\/[^)#\s]+)?(#[^)\s]*)?\)/g)) {
    const [, link, hash] = m;
    if (!link && !hash) continue;
    const target = link ? path.join(path.dirname(file), link) : file;
    if (!fs.existsSync(target)) {
      problems.push(`${file}: 链接目标不存在：${link}`);
      continue;
    }
    if (!hash || hash === '#' || !/\.mdx?$/.test(target)) continue;
    const anchor = decodeURIComponent(hash.slice(1));
    if (!(await headingIdsOf(target)).has(anchor)) problems.push(`${file}: 锚点不存在：${link ?? ''}${hash}`);
  }
}

// Every other page of the course joins the catalog by its front matter alone (it is not compiled):
// chapter overviews place the lessons in their chapters, and a page's prerequisites may name any
// lesson of the course, through which a cycle may run.
for (const file of mdxFiles('docs').map((f) => path.relative('.', f))) {
  if (!files.includes(file)) docs.push({source: file, permalink: '/' + file, title: '', frontMatter: matter(fs.readFileSync(file, 'utf8')).data});
}
try {
  buildCatalog(docs);
} catch (e) {
  problems.push(...(e.problems ?? [e.message]));
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${files.length} page(s).`);
  process.exit(1);
}
console.log(`${files.length} page(s) OK.`);
