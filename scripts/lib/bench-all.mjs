// `npm run bench -- --all [--limit N]`: Lighthouse mobile on every lesson and practice page of
// the built site (median of three runs each; BENCH_RUNS overrides), so that a slow page shows up
// even when the representative pages of the default bench are fine. Writes the distribution and
// the ten slowest pages to bench/all-pages.md and .json (BENCH_OUT overrides the path).
// BENCH_ONLY=moe keeps the pages whose path contains it; --limit N the first N. At about half a
// minute per page on this machine (three runs of about 10 s), the 94 pages take about 50 minutes.
import fs from 'node:fs';
import path from 'node:path';
import {execSync} from 'node:child_process';
import {serve} from './serve.mjs';
import {BUILD_DIR, builtBaseUrl, sitemapPaths} from './site.mjs';
import {median, runOnce} from './lighthouse.mjs';
import {lessonPaths, report} from './bench-stats.mjs';

/**
 * The local server brotli-compresses each file on its first request, which a real host did long
 * before. Asking once for the pages and every script and stylesheet keeps that out of the runs.
 */
async function warm(server, paths) {
  const assets = fs
    .readdirSync(path.join(BUILD_DIR, 'assets'), {recursive: true})
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  for (const p of [...paths, ...assets]) await fetch(server.url + p, {headers: {'accept-encoding': 'br'}}).then((r) => r.arrayBuffer());
}

export async function benchAll(args) {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  if (!(limit > 0)) throw new Error('--limit wants a number of pages, e.g. --limit 4');
  const runs = Number(process.env.BENCH_RUNS || 3);
  // The build measured is the commit checked out when the run starts, whatever is committed during it.
  const commit = execSync('git rev-parse --short HEAD', {cwd: path.dirname(BUILD_DIR)}).toString().trim();
  const total = lessonPaths(sitemapPaths());
  const paths = total.filter((p) => p.includes(process.env.BENCH_ONLY ?? '')).slice(0, limit);
  const server = await serve(BUILD_DIR, builtBaseUrl());
  const rows = [];
  try {
    await warm(server, paths);
    for (const [i, p] of paths.entries()) {
      const results = [];
      for (let k = 0; k < runs; k++) results.push(await runOnce(server.url + p, undefined, ['performance']));
      const scores = results.map((r) => r.scores.performance);
      const row = {
        path: '/' + p,
        performance: median(scores),
        performanceRange: [Math.min(...scores), Math.max(...scores)],
        ...Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls', 'benchmarkIndex'].map((m) => [m, median(results.map((r) => r[m]))])),
      };
      console.log(`${i + 1}/${paths.length} ${JSON.stringify(row)}`);
      rows.push(row);
    }
  } finally {
    await server.close();
  }
  const date = new Date().toISOString().slice(0, 10);
  const out = process.env.BENCH_OUT || 'bench/all-pages';
  fs.mkdirSync(path.dirname(out), {recursive: true});
  const markdown = report({date, commit, runs, total: total.length, rows});
  fs.writeFileSync(`${out}.md`, markdown);
  fs.writeFileSync(`${out}.json`, JSON.stringify({date, commit, runs, total: total.length, rows}, null, 2) + '\n');
  console.log(markdown);
}
