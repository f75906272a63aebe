import {describe, expect, it} from 'vitest';
import {assignLanes, columnOrder, layoutRoadmap, orthogonalPath, textWidth, wrap, type Interval, type RoadmapChapter, type RoadmapPage} from './roadmapLayout';

const page = (key: string, prerequisites: string[] = [], practice = false): RoadmapPage => ({
  key,
  title: `课程 ${key}`,
  permalink: `/docs/${key}`,
  practice,
  prerequisites,
});

const chapter = (number: number, pages: RoadmapPage[]): RoadmapChapter => ({number, title: `第 ${number} 章`, permalink: `/c${number}`, pages});

/** The points an SVG path visits (corner curves' end points included), arrowhead excluded. */
function points(d: string): [number, number][] {
  const body = d.slice(0, d.lastIndexOf('M'));
  return [...body.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Whether the segment a–b passes through the inside of the box. */
function crosses(a: [number, number], b: [number, number], box: {x: number; y: number; width: number; height: number}) {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x1 > box.x + 0.5 && x0 < box.x + box.width - 0.5 && y1 > box.y + 0.5 && y0 < box.y + box.height - 0.5;
}

describe('text', () => {
  it('estimates CJK at one em and Latin narrower', () => {
    expect(textWidth('注意力', 10)).toBe(30);
    expect(textWidth('MoE', 10)).toBeCloseTo(18.6);
  });

  it('wraps between CJK characters, keeps Latin words whole and respects punctuation', () => {
    expect(wrap('Attention 注意力机制', 200, 13)).toEqual(['Attention 注意力机制']);
    expect(wrap('RLAIF、Constitutional AI 与奖励过优化', 134, 13)).toEqual(['RLAIF、', 'Constitutional', 'AI 与奖励过优化']);
    // Balanced: two lines of four or more, not one full line and a lone character.
    expect(wrap('Transformer 基础结构', 134, 13)).toEqual(['Transformer', '基础结构']);
    const lines = wrap('GRPO 优势计算与策略更新（玩具任务）', 134, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/\s/g, '')).toBe('GRPO优势计算与策略更新（玩具任务）');
    for (const line of lines) {
      expect(line).not.toMatch(/^[）、]/);
      expect(line).not.toMatch(/（$/);
      expect(textWidth(line, 13)).toBeLessThanOrEqual(134 + 13);
    }
  });
});

describe('columnOrder', () => {
  it('keeps course order but puts a page below what it needs in its chapter', () => {
    const order = columnOrder([page('a', ['c']), page('b'), page('c'), page('d', ['x'])]);
    expect(order.map((p) => p.key)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('still places every page when the chapter has a cycle', () => {
    expect(columnOrder([page('a', ['b']), page('b', ['a'])]).map((p) => p.key)).toEqual(['a', 'b']);
  });
});

describe('assignLanes', () => {
  it('gives overlapping intervals different lanes and reuses lanes when they do not overlap', () => {
    const ivs: Interval[] = [
      {lo: 0, hi: 100},
      {lo: 10, hi: 20},
      {lo: 30, hi: 40},
      {lo: 15, hi: 35},
    ];
    expect(assignLanes(ivs)).toBe(3);
    expect(ivs.map((i) => i.lane)).toEqual([2, 0, 0, 1]);
  });
});

describe('orthogonalPath', () => {
  it('rounds corners and ends in an arrowhead pointing right', () => {
    const d = orthogonalPath(
      [
        [0, 0],
        [20, 0],
        [20, 30],
        [40, 30],
      ],
      4,
    );
    expect(d).toBe('M0 0L16 0Q20 0 20 4L20 26Q20 30 24 30L40 30M35 26.5L40 30L35 33.5');
  });
});

describe('layoutRoadmap', () => {
  const course = [
    chapter(1, [page('1/a'), page('1/b', ['1/a']), page('1/c', ['1/a']), page('1/p', ['1/c'], true)]),
    chapter(2, [page('2/a', ['1/b']), page('2/b', ['2/a', '1/c'])]),
    chapter(3, [page('3/a', ['1/a', '2/b']), page('3/b', ['1/c', '3/a'])]),
  ];
  const map = layoutRoadmap(course);
  const box = (key: string) => map.pages.find((p) => p.key === key)!;

  it('puts each chapter in a column and each page in a row, rows aligned across columns', () => {
    expect(map.columns.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(map.pages.map((p) => [p.key, p.column, p.row])).toEqual([
      ['1/a', 0, 0],
      ['1/b', 0, 1],
      ['1/c', 0, 2],
      ['1/p', 0, 3],
      ['2/a', 1, 0],
      ['2/b', 1, 1],
      ['3/a', 2, 0],
      ['3/b', 2, 1],
    ]);
    expect(box('2/a').y).toBe(box('1/a').y);
    expect(box('2/a').x).toBeGreaterThan(box('1/a').x + box('1/a').width);
    expect(box('3/a').x).toBeGreaterThan(box('2/a').x + box('2/a').width);
    for (const p of map.pages) {
      expect(p.x + p.width).toBeLessThanOrEqual(map.width);
      expect(p.y + p.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('draws one edge per prerequisite, from the needed page to the page that needs it', () => {
    const expected = course.flatMap((c) => c.pages.flatMap((p) => p.prerequisites.map((k) => `${k}>${p.key}`)));
    expect(map.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(expected.sort());
  });

  it('starts each edge at its source box and ends it at the left side of its target', () => {
    for (const e of map.edges) {
      const pts = points(e.d);
      const [sx, sy] = pts[0];
      const [tx, ty] = pts[pts.length - 1];
      const from = box(e.from);
      const to = box(e.to);
      expect([from.x, from.x + from.width]).toContain(sx);
      expect(sy).toBeGreaterThan(from.y);
      expect(sy).toBeLessThan(from.y + from.height);
      expect(tx).toBe(to.x);
      expect(ty).toBeGreaterThan(to.y);
      expect(ty).toBeLessThan(to.y + to.height);
    }
  });

  it('routes no edge through a page’s box', () => {
    for (const e of map.edges) {
      const pts = points(e.d);
      for (let i = 1; i < pts.length; i++) {
        const inside = map.pages.filter((p) => crosses(pts[i - 1], pts[i], p)).map((p) => p.key);
        expect(inside, `${e.from} → ${e.to}, segment ${i}`).toEqual([]);
      }
    }
  });

  it('keeps edges that do not share an end apart', () => {
    // Vertical runs of different sources into different targets never overlap on one x.
    const runs = map.edges.flatMap((e) => {
      const pts = points(e.d);
      return pts.slice(1).flatMap((b, i) => {
        const a = pts[i];
        return a[0] === b[0] && a[1] !== b[1] ? [{e, x: a[0], lo: Math.min(a[1], b[1]), hi: Math.max(a[1], b[1])}] : [];
      });
    });
    for (const r of runs) {
      for (const q of runs) {
        if (r.e.from === q.e.from || r.e.to === q.e.to || r.x !== q.x) continue;
        expect(r.hi <= q.lo || q.hi <= r.lo, `${r.e.from}>${r.e.to} and ${q.e.from}>${q.e.to} at x=${r.x}`).toBe(true);
      }
    }
  });

  it('routes an edge to an earlier chapter too, without crossing a box', () => {
    const back = layoutRoadmap([chapter(1, [page('1/a', ['2/b'])]), chapter(2, [page('2/a'), page('2/b')])]);
    const [edge] = back.edges;
    expect(edge).toMatchObject({from: '2/b', to: '1/a'});
    const pts = points(edge.d);
    for (let i = 1; i < pts.length; i++) for (const p of back.pages) expect(crosses(pts[i - 1], pts[i], p)).toBe(false);
  });
});
