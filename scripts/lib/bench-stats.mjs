// Pure parts of `npm run bench -- --all` (scripts/lib/bench-all.mjs): which pages it measures,
// the distribution of their scores, and the report.

/** Lesson and practice pages among the sitemap's paths: docs/<chapter>/<lesson>, docs/<chapter>/practice/<page>. */
export function lessonPaths(paths) {
  return paths.filter((p) => /^docs\/(?!tags\/)[^/]+\/(practice\/)?[^/]+$/.test(p));
}

/** The q-quantile (0 ≤ q ≤ 1) by nearest rank: a value some page actually has, never an interpolation. */
export function quantile(xs, q) {
  if (xs.length === 0) throw new Error('quantile of no values');
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/**
 * How the pages are spread: a score's low end (min, p10, median), and for the times, where high
 * is bad, the mirror (median, p90, max).
 */
const of = (rows, key) => rows.filter((r) => r[key] !== undefined).map((r) => r[key]);

export function distribution(rows) {
  const low = (xs) => ({min: quantile(xs, 0), p10: quantile(xs, 0.1), median: quantile(xs, 0.5)});
  const high = (xs) => ({median: quantile(xs, 0.5), p90: quantile(xs, 0.9), max: quantile(xs, 1)});
  return {performance: low(of(rows, 'performance')), lcp: high(of(rows, 'lcp')), tbt: high(of(rows, 'tbt')), cls: high(of(rows, 'cls'))};
}

/** The n slowest pages: lowest performance score first, the later LCP first among equals. */
export function slowest(rows, n = 10) {
  return [...rows].sort((a, b) => a.performance - b.performance || b.lcp - a.lcp).slice(0, n);
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** The target of issue #20: every lesson page at 90 or more on mobile. */
export const TARGET = 90;

/** The Markdown report. `measured` of `total` pages: fewer when the run was limited. */
export function report({date, commit, runs, total, rows}) {
  const d = distribution(rows);
  const row = (r) =>
    `| ${r.path} | ${r.performance}（${r.performanceRange.join('–')}） | ${s(r.fcp)} | ${s(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`;
  return [
    '# Lighthouse：每个课程页与代码实践页（移动端）',
    '',
    `${date}，提交 \`${commit}\`；Lighthouse 12.2.3，Debian Chromium，本地服务（brotli），移动端默认的模拟节流，每页取 ${runs} 次运行的中位数。`,
    rows.length < total ? `**只测了 ${rows.length} / ${total} 页**（运行时限定了页数或页面），分布只代表这几页。` : `共 ${total} 页。`,
    `达到 ${TARGET} 分的：${rows.filter((r) => r.performance >= TARGET).length} / ${rows.length} 页。`,
    ...(rows.some((r) => r.benchmarkIndex)
      ? [
          `Lighthouse 测得的本机速度（benchmarkIndex，各页中位数）：最低 ${Math.round(quantile(of(rows, 'benchmarkIndex'), 0))}，` +
            `中位数 ${Math.round(quantile(of(rows, 'benchmarkIndex'), 0.5))}，最高 ${Math.round(quantile(of(rows, 'benchmarkIndex'), 1))}。`,
        ]
      : []),
    '',
    '## 分布',
    '',
    '| 指标 | 最低 | P10 | 中位数 |',
    '| --- | --- | --- | --- |',
    `| 性能分 | ${d.performance.min} | ${d.performance.p10} | ${d.performance.median} |`,
    '',
    '| 指标 | 中位数 | P90 | 最高 |',
    '| --- | --- | --- | --- |',
    `| LCP | ${s(d.lcp.median)} | ${s(d.lcp.p90)} | ${s(d.lcp.max)} |`,
    `| TBT | ${Math.round(d.tbt.median)} ms | ${Math.round(d.tbt.p90)} ms | ${Math.round(d.tbt.max)} ms |`,
    `| CLS | ${d.cls.median.toFixed(3)} | ${d.cls.p90.toFixed(3)} | ${d.cls.max.toFixed(3)} |`,
    '',
    `## 最慢的 ${Math.min(10, rows.length)} 页`,
    '',
    '性能分最低的在前（括号里是各次运行的最低与最高分）。',
    '',
    '| 路径 | 性能 | FCP | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- |',
    ...slowest(rows).map(row),
    '',
  ].join('\n');
}
