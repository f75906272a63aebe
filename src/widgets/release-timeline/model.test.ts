import {describe, expect, it} from 'vitest';
import {
  ALL,
  applyFilters,
  assignLanes,
  axisFor,
  buildItems,
  compareText,
  formatDate,
  groupByYear,
  matches,
  modalities,
  monthValue,
  normaliseUrl,
  organisations,
  position,
  summary,
  yearWidth,
  type PaperInput,
  type ReleaseInput,
} from './model';

const lessonA = {permalink: '/docs/new-models/sora', pageTitle: 'OpenAI Sora'};
const lessonB = {permalink: '/docs/new-models/open-models-gemma', pageTitle: '厂商纷纷开源（Gemma 等）'};

const releases: ReleaseInput[] = [
  {name: 'Sora', org: 'OpenAI', date: '2024-02-15', weights: 'closed', modality: ['video', 'image'], url: 'https://openai.com/a', ...lessonA},
  {name: 'Gemma 2B / 7B', org: 'Google DeepMind', date: '2024-02-21', weights: 'open', modality: ['text'], url: 'https://blog.google/g', ...lessonB},
  {name: 'DBRX', org: 'Databricks', date: '2024-03-27', weights: 'open', modality: ['text', 'code'], url: 'https://databricks.com/d', ...lessonB},
  {name: 'GPT-4o', org: 'OpenAI', date: '2024-05', weights: 'closed', modality: ['text', 'image', 'audio'], url: 'https://openai.com/o', ...lessonA},
  {name: 'Kimi k1.5', org: 'Moonshot AI', date: '2025-01-20', weights: 'closed', modality: ['text', 'image'], url: 'https://arxiv.org/abs/2501.12599', ...lessonA},
];
const papers: PaperInput[] = [
  {title: 'DiT', url: 'https://arxiv.org/abs/2212.09748', date: '2022-12', ...lessonA},
  // the same paper cited again from another lesson, as a versioned PDF link
  {title: 'DiT', url: 'https://arxiv.org/pdf/2212.09748v2.pdf', date: '2022-12', ...lessonB},
  // cited twice from the same lesson: the lesson is listed once
  {title: 'DiT', url: 'https://arxiv.org/abs/2212.09748', date: '2022-12', ...lessonA},
  // no date: cannot be placed, dropped
  {title: 'Blog post', url: 'https://example.com/x', ...lessonA},
];

describe('monthValue', () => {
  it('counts months from year 0 with the day as a fraction of 31', () => {
    // 2024·12 + (1 − 1) = 24288
    expect(monthValue('2024-01')).toBe(24288);
    // 2024·12 + (2 − 1) + (15 − 1)/31 = 24289 + 14/31
    expect(monthValue('2024-02-15')).toBeCloseTo(24289 + 14 / 31, 10);
  });
  it('rejects malformed dates', () => {
    expect(() => monthValue('2024/02')).toThrow();
  });
});

describe('normaliseUrl', () => {
  it('treats arXiv abs, pdf and versioned links as one paper', () => {
    expect(normaliseUrl('https://arxiv.org/pdf/2212.09748v2.pdf')).toBe('https://arxiv.org/abs/2212.09748');
    expect(normaliseUrl('https://arxiv.org/abs/2212.09748/')).toBe('https://arxiv.org/abs/2212.09748');
  });
});

describe('buildItems', () => {
  const items = buildItems(releases, papers);
  it('merges duplicate papers, drops undated ones and sorts by date', () => {
    // 5 releases + 1 distinct dated paper
    expect(items).toHaveLength(6);
    expect(items.map((i) => i.name)).toEqual(['DiT', 'Sora', 'Gemma 2B / 7B', 'DBRX', 'GPT-4o', 'Kimi k1.5']);
  });
  it('keeps every lesson that cites an item, once each', () => {
    expect(items[0].lessons.map((l) => l.permalink)).toEqual([lessonA.permalink, lessonB.permalink]);
  });
  it('merges one release dated to the month in one lesson and to the day in another', () => {
    const dbrx = {name: 'DBRX', org: 'Databricks', weights: 'open' as const, modality: ['text' as const]};
    const merged = buildItems(
      [
        {...dbrx, date: '2024-03', url: 'https://a.example/month', ...lessonA},
        {...dbrx, date: '2024-03-27', url: 'https://b.example/day', ...lessonB},
      ],
      [],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0].date).toBe('2024-03-27');
    expect(merged[0].url).toBe('https://b.example/day');
    expect(merged[0].lessons).toHaveLength(2);
  });
  it('handles an empty catalog', () => {
    expect(buildItems([], [])).toEqual([]);
  });
});

describe('filters', () => {
  const items = buildItems(releases, papers);
  it('shows everything with no filter', () => {
    expect(applyFilters(items, ALL)).toHaveLength(6);
  });
  it('filters by kind', () => {
    expect(applyFilters(items, {...ALL, kind: 'paper'}).map((i) => i.name)).toEqual(['DiT']);
    expect(applyFilters(items, {...ALL, kind: 'release'})).toHaveLength(5);
  });
  it('filters by organisation and hides papers, which have none', () => {
    expect(applyFilters(items, {...ALL, org: 'OpenAI'}).map((i) => i.name)).toEqual(['Sora', 'GPT-4o']);
  });
  it('filters by weights', () => {
    // open: Gemma, DBRX
    expect(applyFilters(items, {...ALL, weights: 'open'}).map((i) => i.name)).toEqual(['Gemma 2B / 7B', 'DBRX']);
  });
  it('filters by modality (item lists it)', () => {
    // image: Sora (video, image), GPT-4o, Kimi k1.5
    expect(applyFilters(items, {...ALL, modality: 'image'}).map((i) => i.name)).toEqual(['Sora', 'GPT-4o', 'Kimi k1.5']);
  });
  it('combines filters with AND', () => {
    expect(applyFilters(items, {...ALL, weights: 'closed', modality: 'audio'}).map((i) => i.name)).toEqual(['GPT-4o']);
    expect(applyFilters(items, {...ALL, weights: 'open', org: 'OpenAI'})).toEqual([]);
  });
  it('a paper never matches a release-only filter', () => {
    expect(matches(items[0], {...ALL, kind: 'paper', weights: 'open'})).toBe(false);
  });
});

describe('facets', () => {
  const items = buildItems(releases, papers);
  it('counts organisations, most frequent first', () => {
    expect(organisations(items)).toEqual([
      {value: 'OpenAI', count: 2},
      {value: 'Databricks', count: 1},
      {value: 'Google DeepMind', count: 1},
      {value: 'Moonshot AI', count: 1},
    ]);
  });
  it('lists modalities present, in fixed order', () => {
    expect(modalities(items)).toEqual(['text', 'code', 'image', 'audio', 'video']);
  });
});

describe('groupByYear', () => {
  it('groups by year then month', () => {
    const g = groupByYear(buildItems(releases, papers));
    expect(g.map((y) => [y.year, y.count])).toEqual([
      ['2022', 1],
      ['2024', 4],
      ['2025', 1],
    ]);
    expect(g[1].months.map((m) => [m.month, m.items.length])).toEqual([
      ['2024-02', 2],
      ['2024-03', 1],
      ['2024-05', 1],
    ]);
  });
  it('returns no groups for no items', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('axis', () => {
  const items = buildItems(releases, []);
  const axis = axisFor(items);
  it('spans whole years from the first to the year after the last', () => {
    // 2024-01 … 2026-01: 24 months
    expect(axis.start).toBe(2024 * 12);
    expect(axis.end).toBe(2026 * 12);
    expect(axis.ticks.map((t) => t.year)).toEqual([2024, 2025, 2026]);
  });
  it('places dates proportionally', () => {
    // 2025-01 is 12 of 24 months in: 0.5
    expect(position('2025-01', axis)).toBe(0.5);
    // 2024-07 is 6 of 24: 0.25
    expect(position('2024-07', axis)).toBe(0.25);
  });
  it('falls back to one year when empty', () => {
    const a = axisFor([], 2024);
    expect([a.start, a.end]).toEqual([24288, 24300]);
  });
});

describe('assignLanes', () => {
  it('stacks dots closer than the gap', () => {
    // x = 0, 5, 8, 20 with gap 10: 0→lane 0; 5 is 5 from 0 → lane 1; 8 → lane 2; 20 is 20 from 0 → lane 0
    expect(assignLanes([0, 5, 8, 20], 10)).toEqual([0, 1, 2, 0]);
  });
  it('caps the number of lanes', () => {
    expect(assignLanes([0, 1, 2, 3], 10, 2)).toEqual([0, 1, 1, 1]);
  });
  it('handles no dots', () => {
    expect(assignLanes([], 10)).toEqual([]);
  });
});

describe('text', () => {
  it('formats dates in Chinese', () => {
    expect(formatDate('2024-02-15')).toBe('2024 年 2 月 15 日');
    expect(formatDate('2024-12')).toBe('2024 年 12 月');
  });
  it('summarises what is shown', () => {
    const items = buildItems(releases, papers);
    expect(summary(items)).toBe('5 个模型发布、1 篇论文，时间范围 2022 年 12 月 至 2025 年 1 月');
    expect(summary([])).toBe('没有符合筛选条件的条目');
  });
});

describe('compareText', () => {
  it('orders by code point, the same on server and client', () => {
    // 'D' (U+0044) < 'G' (U+0047) < 'O' (U+004F) < '月' (U+6708)
    expect(['月之暗面', 'OpenAI', 'Google', 'DeepSeek'].sort(compareText)).toEqual(['DeepSeek', 'Google', 'OpenAI', '月之暗面']);
    expect(compareText('a', 'a')).toBe(0);
  });
});

describe('yearWidth', () => {
  it('is roomy for few years and floored for many', () => {
    // 900 / 3 = 300 → capped at 220; 900 / 9 = 100; 900 / 35 ≈ 25.7 → floor 48
    expect(yearWidth(3)).toBe(220);
    expect(yearWidth(9)).toBe(100);
    expect(yearWidth(35)).toBe(48);
    expect(yearWidth(0)).toBe(220);
  });
});
