import {describe, expect, it} from 'vitest';
import {
  buildHnsw,
  buildIvf,
  buildPq,
  dist2,
  drawLevel,
  exactSearch,
  generatePoints,
  hnswSearch,
  ivfSearch,
  kmeans,
  pqSearch,
  recall,
  run,
  selectNeighbours,
  voronoiCell,
  type Pt,
} from './model';

const P = (x: number, y: number, cat = 0): Pt => ({x, y, cat});

/** Shoelace formula for a polygon's area. */
function area(poly: {x: number; y: number}[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    s += a.x * b.y - b.x * a.y;
  }
  return Math.abs(s) / 2;
}

describe('basics', () => {
  it('dist2 is the squared L2 distance', () => {
    // (3, 4) from the origin: 9 + 16 = 25.
    expect(dist2({x: 0, y: 0}, {x: 3, y: 4})).toBe(25);
  });

  it('exact search sorts by distance and counts one evaluation per candidate', () => {
    // q = (0.1, 0): distances² 0.01, 0.81, 4.01, 17.81 → nearest two are ids 0 and 1.
    const pts = [P(0, 0), P(1, 0), P(0, 2), P(3, 3)];
    expect(exactSearch(pts, {x: 0.1, y: 0}, 2)).toEqual({ids: [0, 1], distCount: 4});
    // Only odd ids admitted: candidates 1 and 3, two evaluations.
    expect(exactSearch(pts, {x: 0.1, y: 0}, 2, (i) => i % 2 === 1)).toEqual({ids: [1, 3], distCount: 2});
  });

  it('recall@k counts the overlap with the truth', () => {
    // {1,2,3} ∩ {1,2,4} = {1,2}: 2 / 3.
    expect(recall([1, 2, 3], [1, 2, 4])).toBeCloseTo(2 / 3, 12);
    expect(recall([], [1, 2])).toBe(0);
    expect(recall([], [])).toBe(1);
  });

  it('generates the same points for the same seed, inside the unit square', () => {
    const a = generatePoints(300, 7);
    expect(generatePoints(300, 7)).toEqual(a);
    expect(generatePoints(300, 8)).not.toEqual(a);
    for (const p of a) {
      expect(p.x).toBeGreaterThanOrEqual(0.02);
      expect(p.x).toBeLessThanOrEqual(0.98);
      expect([0, 1, 2]).toContain(p.cat);
    }
    // Category 2 is drawn with probability 0.15: expect roughly 45 of 300.
    const rare = a.filter((p) => p.cat === 2).length;
    expect(rare).toBeGreaterThan(20);
    expect(rare).toBeLessThan(75);
  });
});

describe('IVF', () => {
  const pts = [P(0, 0), P(0, 0.1), P(1, 1), P(1, 0.9)];

  it('k-means separates two obvious clusters', () => {
    // Means: (0, 0.05) and (1, 0.95), whatever the initial pair.
    const {centroids} = kmeans(pts, 2, 3);
    const sorted = [...centroids].sort((a, b) => a.x - b.x);
    expect(sorted[0].x).toBeCloseTo(0, 12);
    expect(sorted[0].y).toBeCloseTo(0.05, 12);
    expect(sorted[1].x).toBeCloseTo(1, 12);
    expect(sorted[1].y).toBeCloseTo(0.95, 12);
  });

  it('nprobe = 1 scans one list: nlist + |list| evaluations', () => {
    // 2 centroid distances + 2 points in the probed list = 4.
    const index = buildIvf(pts, 2, 3);
    const r = ivfSearch(pts, index, {x: 0.05, y: 0}, 2, 1);
    expect(r.ids).toEqual([0, 1]);
    expect(r.distCount).toBe(4);
  });

  it('nprobe = nlist equals exact search (plus the centroid distances)', () => {
    const many = generatePoints(200, 11);
    const index = buildIvf(many, 8, 1);
    const q = {x: 0.4, y: 0.6};
    const r = ivfSearch(many, index, q, 10, 8);
    expect(r.ids).toEqual(exactSearch(many, q, 10).ids);
    expect(r.distCount).toBe(8 + 200);
  });

  it('the Voronoi cell of two centroids is a half of the square', () => {
    // Centroids (0.25, 0.5) and (0.75, 0.5): the bisector is x = 0.5, area 0.5 each.
    const cs = [
      {x: 0.25, y: 0.5},
      {x: 0.75, y: 0.5},
    ];
    const cell = voronoiCell(cs, 0);
    expect(area(cell)).toBeCloseTo(0.5, 12);
    for (const v of cell) expect(v.x).toBeLessThanOrEqual(0.5 + 1e-12);
  });

  it('Voronoi cells tile the square', () => {
    const cs = kmeans(generatePoints(150, 5), 6, 2).centroids;
    const total = cs.reduce((s, _, j) => s + area(voronoiCell(cs, j)), 0);
    expect(total).toBeCloseTo(1, 9);
  });
});

describe('HNSW', () => {
  it('draws levels as floor(-ln u / ln M)', () => {
    // M = 16, ln 16 = 2.7726: u = 0.5 → 0.693/2.773 = 0.25 → 0; u = 0.05 → 2.996/2.773 = 1.08 → 1;
    // u = 0.003 → 5.809/2.773 = 2.10 → 2.
    expect(drawLevel(0.5, 16)).toBe(0);
    expect(drawLevel(0.05, 16)).toBe(1);
    expect(drawLevel(0.003, 16)).toBe(2);
    // P(level ≥ 1) = 1/M: with u on a fine grid the fraction is 1/16 up to the grid step.
    const n = 100000;
    let up = 0;
    for (let i = 1; i <= n; i++) if (drawLevel(i / (n + 1), 16) >= 1) up++;
    expect(up / n).toBeCloseTo(1 / 16, 3);
  });

  it('the heuristic keeps neighbours in different directions', () => {
    // Base (0,0); candidates a=(1,0) d²=1, c=(0,1) d²=1, b=(1.1,0.1) d²=1.22.
    // a kept; c: d²(c,a)=2 > 1 → kept; b: d²(b,a)=0.02 < 1.22 → dropped.
    const pts = [P(0, 0), P(1, 0), P(1.1, 0.1), P(0, 1)];
    expect(selectNeighbours(pts, pts[0], [1, 2, 3], 3)).toEqual([1, 3]);
  });

  it('respects the link limits and finds most true neighbours', () => {
    const pts = generatePoints(300, 3);
    const M = 6;
    const index = buildHnsw(pts, M, 32, 9);
    index.links.forEach((ls) =>
      ls.forEach((l, layer) => expect(l.length).toBeLessThanOrEqual(layer === 0 ? 2 * M : M)),
    );
    let rec = 0;
    let cost = 0;
    const qs = generatePoints(20, 99);
    for (const q of qs) {
      const r = hnswSearch(pts, index, q, 10, 40);
      rec += recall(r.ids, exactSearch(pts, q, 10).ids);
      cost += r.distCount;
    }
    expect(rec / qs.length).toBeGreaterThan(0.9);
    expect(cost / qs.length).toBeLessThan(300);
  });

  it('a larger efSearch never lowers the work done', () => {
    const pts = generatePoints(300, 4);
    const index = buildHnsw(pts, 4, 16, 1);
    const q = {x: 0.5, y: 0.5};
    expect(hnswSearch(pts, index, q, 5, 50).distCount).toBeGreaterThanOrEqual(
      hnswSearch(pts, index, q, 5, 5).distCount,
    );
  });
});

describe('PQ', () => {
  it('ADC sums one table entry per sub-space', () => {
    // Two points, ks = 2: books x {0.1, 0.9}, y {0.2, 0.8}; codes reproduce the points.
    // q = (0.2, 0.2): point 0 → 0.01 + 0 = 0.01; point 1 → 0.49 + 0.36 = 0.85.
    const pts = [P(0.1, 0.2), P(0.9, 0.8)];
    const index = buildPq(pts, 2, 1);
    expect([...index.books[0]].sort()).toEqual([0.1, 0.9]);
    const r = pqSearch(pts, index, {x: 0.2, y: 0.2}, 2);
    expect(r.ids).toEqual([0, 1]);
    // 2 + 2 table entries, 2 points scored.
    expect(r.distCount).toBe(6);
    const [tx, ty] = r.tables;
    expect(tx[index.codes[1][0]] + ty[index.codes[1][1]]).toBeCloseTo(0.85, 12);
  });
});

describe('filtering', () => {
  // Ten points of category 0 around the query, three of category 2 far away.
  const pts: Pt[] = [
    ...Array.from({length: 10}, (_, i) => P(0.5 + 0.01 * i, 0.5, 0)),
    P(0.1, 0.1, 2),
    P(0.9, 0.9, 2),
    P(0.1, 0.9, 2),
  ];
  const idx = {ivf: buildIvf(pts, 2, 1), hnsw: buildHnsw(pts, 4, 16, 1), pq: buildPq(pts, 4, 1)};
  const q = {x: 0.5, y: 0.5};
  const base = {method: 'exact' as const, k: 3, nprobe: 1, efSearch: 10, cat: 2};

  it('post-filtering can return nothing although matches exist', () => {
    // Unfiltered top-3 are all category 0; dropping them leaves 0 of the 3 true matches.
    const r = run(pts, idx, q, {...base, filter: 'post'});
    expect(r.ids).toEqual([]);
    expect(r.truth).toHaveLength(3);
    expect(r.recall).toBe(0);
  });

  it('pre-filtering scans only the admitted points and is exact', () => {
    const r = run(pts, idx, q, {...base, filter: 'pre'});
    expect(r.recall).toBe(1);
    expect(r.distCount).toBe(3);
  });

  it('in-search filtering with HNSW only returns admitted points', () => {
    const r = run(pts, idx, q, {...base, method: 'hnsw', filter: 'in'});
    expect(r.ids.every((i) => pts[i].cat === 2)).toBe(true);
    expect(r.recall).toBe(1);
  });
});

describe('numbers quoted in the lessons (default widget state: seed 1, 300 points, query (0.54, 0.34))', () => {
  const pts = generatePoints(300, 1);
  const idx = {ivf: buildIvf(pts, 8, 1), hnsw: buildHnsw(pts, 4, 32, 1), pq: buildPq(pts, 4, 1)};
  const q = {x: 0.54, y: 0.34};
  const at = (method: 'exact' | 'ivf' | 'hnsw' | 'pq', filter: 'none' | 'pre' | 'post' | 'in') =>
    run(pts, idx, q, {method, k: 10, nprobe: 1, efSearch: 10, filter, cat: 2});

  it('lesson 08: HNSW in-search filtering for category C costs more than pre-filtering', () => {
    expect(at('hnsw', 'none').distCount).toBe(46);
    expect(at('hnsw', 'in').distCount).toBe(145);
    expect(at('hnsw', 'in').recall).toBe(1);
    expect(at('hnsw', 'pre').distCount).toBe(36);
    expect(at('hnsw', 'post').ids).toHaveLength(0);
  });

  it('lesson 08: IVF with nprobe = 1 and in-search filtering returns fewer than k', () => {
    expect(at('ivf', 'in').ids.length).toBeLessThan(10);
  });
});
