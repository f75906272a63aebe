#!/usr/bin/env node
// Quick check of MDX pages without a full site build: front matter against the lesson model,
// MDX syntax, KaTeX formulas and relative links. Usage: node scripts/check-pages.mjs docs/02-moe
// (a folder or files; default: docs). The production build runs the same checks and more.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import {importTs} from './lib/ts.mjs';

const {buildCatalog} = importTs('src/lesson/catalog.ts');
const rehypeKatexStrict = importTs('src/plugins/rehype-katex-strict/index.ts');

function mdxFiles(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs
    .readdirSync(target, {withFileTypes: true})
    .flatMap((e) => (e.isDirectory() ? mdxFiles(path.join(target, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(target, e.name)] : []));
}

const targets = process.argv.slice(2);
const files = (targets.length ? targets : ['docs']).flatMap(mdxFiles).map((f) => path.relative('.', f));
const problems = [];
const docs = [];

for (const file of files) {
  const src = fs.readFileSync(file, 'utf8');
  const {data, content} = matter(src);
  docs.push({source: file, permalink: '/' + file, title: data.title ?? '', frontMatter: data});
  try {
    await compile({value: content, path: file}, {
      remarkPlugins: [remarkGfm, remarkDirective, remarkMath],
      rehypePlugins: [[rehypeKatexStrict, {strict: 'error'}]],
    });
  } catch (e) {
    const where = e.line ? `:${e.line + Object.keys(data).length}` : '';
    problems.push(`${file}${where}: ${e.reason ?? e.message}`);
  }
  for (const m of content.matchAll(/\]\((\.{1,2}\/[^)#\s]+)(#[^)\s]*)?\)/g)) {
    const target = path.join(path.dirname(file), m[1]);
    if (!fs.existsSync(target)) problems.push(`${file}: 链接目标不存在：${m[1]}`);
  }
}

// Chapter overviews outside the given files are needed to place lessons in their chapters.
const folders = new Set(files.map((f) => /^docs\/[^/]+\//.exec(f)?.[0]).filter(Boolean));
for (const folder of folders) {
  for (const name of ['index.mdx', 'index.md']) {
    const idx = path.join(folder, name);
    if (fs.existsSync(idx) && !files.includes(idx)) {
      docs.push({source: idx, permalink: '/' + idx, title: '', frontMatter: matter(fs.readFileSync(idx, 'utf8')).data});
    }
  }
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
