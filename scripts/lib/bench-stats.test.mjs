import {describe, expect, it} from 'vitest';
import {distribution, lessonPaths, quantile, report, slowest} from './bench-stats.mjs';

describe('lessonPaths', () => {
  it('keeps lessons and practice pages, not the home page, chapter overviews, tag pages or search', () => {
    const paths = ['', 'search', 'docs/contributing', 'docs/moe', 'docs/tags', 'docs/tags/moe', 'docs/moe/switch-transformer', 'docs/moe/practice/moe-from-scratch'];
    expect(lessonPaths(paths)).toEqual(['docs/moe/switch-transformer', 'docs/moe/practice/moe-from-scratch']);
  });
});

describe('quantile', () => {
  it('takes the nearest rank, so that every figure is a page’s own', () => {
    const xs = [90, 70, 100, 80, 60, 95, 85, 75, 65, 99]; // ten pages
    expect(quantile(xs, 0)).toBe(60);
    expect(quantile(xs, 0.1)).toBe(60); // the lowest tenth of ten pages is one page
    expect(quantile(xs, 0.2)).toBe(65);
    expect(quantile(xs, 0.5)).toBe(80); // the lower of the two middle values
    expect(quantile(xs, 0.9)).toBe(99);
    expect(quantile(xs, 1)).toBe(100);
    expect(quantile([42], 0.1)).toBe(42);
    expect(() => quantile([], 0.5)).toThrow();
  });
});

const page = (path, performance, lcp, tbt = 100) => ({path, performance, performanceRange: [performance - 2, performance + 1], fcp: 1000, lcp, tbt, cls: 0});
const rows = [page('/a', 95, 2000), page('/b', 80, 3000, 400), page('/c', 80, 3500), page('/d', 99, 1500, 0)];

describe('distribution', () => {
  it('gives the low end of the scores and the high end of the times', () => {
    expect(distribution(rows)).toEqual({
      performance: {min: 80, p10: 80, median: 80},
      lcp: {median: 2000, p90: 3500, max: 3500},
      tbt: {median: 100, p90: 400, max: 400},
      cls: {median: 0, p90: 0, max: 0},
    });
  });
});

describe('slowest', () => {
  it('orders by score, then by the later LCP, and keeps n', () => {
    expect(slowest(rows, 3).map((r) => r.path)).toEqual(['/c', '/b', '/a']);
    expect(slowest(rows).length).toBe(4);
  });
});

describe('report', () => {
  it('says when it covers only some pages, and lists the slowest first', () => {
    const md = report({date: '2026-12-06', commit: 'abc1234', runs: 3, total: 120, rows});
    expect(md).toContain('**只测了 4 / 120 页**');
    expect(md).toContain('| 性能分 | 80 | 80 | 80 |');
    expect(md).toContain('达到 90 分的：2 / 4 页。');
    expect(md).not.toContain('benchmarkIndex');
    const timed = rows.map((r, i) => ({...r, benchmarkIndex: 1000 + 500 * i}));
    expect(report({date: '', commit: '', runs: 3, total: 4, rows: timed})).toContain('最低 1000，中位数 1500，最高 2500。');
    expect(md.indexOf('| /c | 80（78–81）')).toBeLessThan(md.indexOf('| /b |'));
    expect(report({date: '', commit: '', runs: 3, total: 4, rows})).toContain('共 4 页。');
  });
});
