#!/usr/bin/env node
// `npm run check`: the quick path for an erratum, in well under a minute. Type-check, Chinese
// typography, and the pages changed against main (or the files and folders named): front
// matter against the lesson model and the course outline, MDX compile, formulas, relative links
// and their anchors. `npm test` runs everything, the build and the browser included.
//   npm run check                      pages changed against main, committed or not
//   npm run check -- docs/02-moe/06-switch-transformer.mdx
import fs from 'node:fs';
import {spawn, spawnSync} from 'node:child_process';

const git = (...args) => {
  const r = spawnSync('git', args, {encoding: 'utf8'});
  return r.status === 0 ? r.stdout.trim() : null;
};

/** The commit this work branched from: main, or the remote's main on a fork's clone. */
function baseCommit() {
  for (const ref of ['main', 'origin/main', 'upstream/main']) {
    const base = git('merge-base', 'HEAD', ref);
    if (base) return {ref, base};
  }
  return null;
}

/** Docs pages changed against the base, committed, staged, unstaged or new. */
function changedPages() {
  const found = baseCommit();
  if (!found) return {pages: ['docs'], why: '找不到 main 分支，检查全部页面'};
  const names = [
    ...(git('diff', '--name-only', found.base) ?? '').split('\n'),
    ...(git('ls-files', '--others', '--exclude-standard', 'docs') ?? '').split('\n'),
  ];
  const pages = [...new Set(names)].filter((f) => /^docs\/.*\.mdx?$/.test(f) && fs.existsSync(f)).sort();
  return {pages, why: `相对 ${found.ref}（${found.base.slice(0, 7)}）改动的页面`};
}

function run(name, cmd, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}});
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({name, ok: code === 0, output, seconds: (Date.now() - started) / 1000}));
  });
}

const named = process.argv.slice(2);
const {pages, why} = named.length ? {pages: named, why: '指定的文件'} : changedPages();
console.log(`${why}：${pages.length ? pages.join(' ') : '无'}`);

// Independent steps run side by side; the type-check is the longest.
const results = await Promise.all([
  run('typecheck', 'npx', ['tsc', '-p', '.']),
  run('Chinese typography', 'node', ['scripts/lint-zh.mjs']),
  ...(pages.length ? [run('pages', 'node', ['scripts/check-pages.mjs', ...pages])] : []),
]);

for (const r of results) {
  console.log(`\n=== ${r.name} (${r.seconds.toFixed(0)} s): ${r.ok ? 'ok' : 'FAIL'} ===`);
  if (!r.ok) process.stdout.write(r.output);
  else if (r.output.trim()) console.log(r.output.trim().split('\n').at(-1));
}
const failed = results.filter((r) => !r.ok).length;
console.log(`\ncheck: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
