/**
 * ANN playground: exact search, IVF, HNSW and PQ on a small set of 2-D points, with the same
 * formulas as chapter 04 (lessons 05–08). Pure functions, no DOM or React.
 *
 * Every search returns the ids it found (nearest first) and `distCount`, the number of distance
 * evaluations it made between the query and a stored vector or centroid (for PQ: see pqSearch).
 */
import {gaussian, seededRandom} from '../shared/random';

export interface Pt {
  x: number;
  y: number;
  /** Metadata category 0, 1 or 2 (drawn with colour AND shape). */
  cat: number;
}

export interface SearchResult {
  ids: number[];
  distCount: number;
}

export type FilterMode = 'none' | 'pre' | 'post' | 'in';

/** Squared Euclidean distance (ranking by it equals ranking by L2). */
export function dist2(a: {x: number; y: number}, b: {x: number; y: number}): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return dx * dx + dy * dy;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * n points in [0.02, 0.98]²: 80 % from six Gaussian clusters, 20 % uniform. Categories are drawn
 * with probabilities 0.5 / 0.35 / 0.15, so category 2 is rare (the filter demo needs that).
 */
export function generatePoints(n: number, seed: number): Pt[] {
  const rnd = seededRandom(seed);
  const normal = gaussian(rnd);
  const centers = Array.from({length: 6}, () => ({x: 0.15 + 0.7 * rnd(), y: 0.15 + 0.7 * rnd()}));
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) {
    let x: number;
    let y: number;
    if (rnd() < 0.8) {
      const c = centers[Math.floor(rnd() * centers.length)];
      x = c.x + 0.07 * normal();
      y = c.y + 0.07 * normal();
    } else {
      x = rnd();
      y = rnd();
    }
    const u = rnd();
    pts.push({x: clamp(x, 0.02, 0.98), y: clamp(y, 0.02, 0.98), cat: u < 0.5 ? 0 : u < 0.85 ? 1 : 2});
  }
  return pts;
}

/** Ids sorted by (distance, id): ties broken by id so results are deterministic. */
function sortByDist(ids: number[], d: (i: number) => number): number[] {
  return ids
    .map((i) => [d(i), i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map((p) => p[1]);
}

/** Brute force over all points (or only those passing `keep`): |candidates| distance evaluations. */
export function exactSearch(
  pts: Pt[],
  q: {x: number; y: number},
  k: number,
  keep: (i: number) => boolean = () => true,
): SearchResult {
  const cand: number[] = [];
  for (let i = 0; i < pts.length; i++) if (keep(i)) cand.push(i);
  return {ids: sortByDist(cand, (i) => dist2(pts[i], q)).slice(0, k), distCount: cand.length};
}

/** recall@k = |returned ∩ truth| / |truth| (|truth| is k unless fewer points pass the filter). */
export function recall(returned: number[], truth: number[]): number {
  if (truth.length === 0) return 1;
  const t = new Set(truth);
  return returned.filter((i) => t.has(i)).length / truth.length;
}

// ---------------------------------------------------------------- IVF

export interface IvfIndex {
  centroids: {x: number; y: number}[];
  /** lists[j] = ids of the points whose nearest centroid is j. */
  lists: number[][];
}

/** Lloyd's k-means: centroids start at `nlist` distinct points chosen by the seed. */
export function kmeans(
  pts: {x: number; y: number}[],
  nlist: number,
  seed: number,
  iters = 15,
): {centroids: {x: number; y: number}[]; assign: number[]} {
  const rnd = seededRandom(seed);
  const order = pts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let centroids = order.slice(0, Math.min(nlist, pts.length)).map((i) => ({x: pts[i].x, y: pts[i].y}));
  let assign = new Array<number>(pts.length).fill(0);
  for (let it = 0; it < iters; it++) {
    assign = pts.map((p) => nearestCentroid(centroids, p));
    const sum = centroids.map(() => ({x: 0, y: 0, n: 0}));
    pts.forEach((p, i) => {
      const s = sum[assign[i]];
      s.x += p.x;
      s.y += p.y;
      s.n += 1;
    });
    // An empty cluster keeps its old centroid.
    centroids = sum.map((s, j) => (s.n ? {x: s.x / s.n, y: s.y / s.n} : centroids[j]));
  }
  assign = pts.map((p) => nearestCentroid(centroids, p));
  return {centroids, assign};
}

function nearestCentroid(cs: {x: number; y: number}[], p: {x: number; y: number}): number {
  let best = 0;
  for (let j = 1; j < cs.length; j++) if (dist2(cs[j], p) < dist2(cs[best], p)) best = j;
  return best;
}

export function buildIvf(pts: Pt[], nlist: number, seed: number): IvfIndex {
  const {centroids, assign} = kmeans(pts, nlist, seed);
  const lists: number[][] = centroids.map(() => []);
  assign.forEach((j, i) => lists[j].push(i));
  return {centroids, lists};
}

/**
 * IVF search: nlist distances to the centroids, then the points of the nprobe nearest lists.
 * With `keep` (in-search filtering) points failing the filter are skipped before their distance
 * is computed, as a bitmap check would do.
 */
export function ivfSearch(
  pts: Pt[],
  index: IvfIndex,
  q: {x: number; y: number},
  k: number,
  nprobe: number,
  keep: (i: number) => boolean = () => true,
): SearchResult & {probed: number[]} {
  const nl = index.centroids.length;
  const probed = sortByDist(
    index.centroids.map((_, j) => j),
    (j) => dist2(index.centroids[j], q),
  ).slice(0, Math.min(nprobe, nl));
  let distCount = nl;
  const cand: number[] = [];
  for (const j of probed)
    for (const i of index.lists[j])
      if (keep(i)) {
        cand.push(i);
        distCount++;
      }
  return {ids: sortByDist(cand, (i) => dist2(pts[i], q)).slice(0, k), distCount, probed};
}

/**
 * The Voronoi cell of centroid j inside the unit square: the square clipped by the half-plane
 * "closer to c_j than to c_m" for every other centroid m. Returns the polygon's vertices.
 */
export function voronoiCell(cs: {x: number; y: number}[], j: number): {x: number; y: number}[] {
  let poly = [
    {x: 0, y: 0},
    {x: 1, y: 0},
    {x: 1, y: 1},
    {x: 0, y: 1},
  ];
  const c = cs[j];
  for (let m = 0; m < cs.length && poly.length; m++) {
    if (m === j) continue;
    const o = cs[m];
    // Inside when (p - mid)·(o - c) <= 0, i.e. p is at least as close to c as to o.
    const nx = o.x - c.x;
    const ny = o.y - c.y;
    const mx = (o.x + c.x) / 2;
    const my = (o.y + c.y) / 2;
    const side = (p: {x: number; y: number}) => (p.x - mx) * nx + (p.y - my) * ny;
    const out: {x: number; y: number}[] = [];
    for (let a = 0; a < poly.length; a++) {
      const p = poly[a];
      const r = poly[(a + 1) % poly.length];
      const sp = side(p);
      const sr = side(r);
      if (sp <= 0) out.push(p);
      if ((sp <= 0) !== (sr <= 0)) {
        const t = sp / (sp - sr);
        out.push({x: p.x + t * (r.x - p.x), y: p.y + t * (r.y - p.y)});
      }
    }
    poly = out;
  }
  return poly;
}

// ---------------------------------------------------------------- HNSW

export interface HnswIndex {
  M: number;
  /** links[i][l] = neighbours of point i on layer l (defined for l = 0 … level[i]). */
  links: number[][][];
  level: number[];
  entry: number;
  maxLevel: number;
}

/** Level of a new node: floor(-ln(U) · mL) with mL = 1 / ln M, so P(level ≥ l) = M^(-l). */
export function drawLevel(u: number, M: number): number {
  return Math.floor(-Math.log(u) / Math.log(M));
}

interface Counter {
  n: number;
}

/** Greedy walk on one layer (the ef = 1 search of the upper layers). Returns the path. */
function greedyLayer(
  pts: {x: number; y: number}[],
  links: number[][][],
  q: {x: number; y: number},
  ep: number,
  layer: number,
  counter: Counter,
): number[] {
  const path = [ep];
  let cur = ep;
  let dCur = dist2(pts[cur], q);
  for (;;) {
    let moved = false;
    for (const nb of links[cur][layer]) {
      const d = dist2(pts[nb], q);
      counter.n++;
      if (d < dCur || (d === dCur && nb < cur)) {
        cur = nb;
        dCur = d;
        moved = true;
      }
    }
    if (!moved) return path;
    path.push(cur);
  }
}

/**
 * Beam search on one layer (HNSW paper, Algorithm 2). Every node reached is expanded, but only
 * nodes passing `keep` enter the result set W (in-search filtering). Returns W nearest first, and
 * every node whose distance was computed.
 */
function searchLayer(
  pts: {x: number; y: number}[],
  links: number[][][],
  q: {x: number; y: number},
  eps: number[],
  ef: number,
  layer: number,
  counter: Counter,
  keep: (i: number) => boolean = () => true,
): {found: number[]; visited: number[]} {
  const visited = new Set<number>(eps);
  const cand: [number, number][] = [];
  const W: [number, number][] = [];
  const cmp = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
  for (const e of eps) {
    const d = dist2(pts[e], q);
    counter.n++;
    cand.push([d, e]);
    if (keep(e)) W.push([d, e]);
  }
  cand.sort(cmp);
  W.sort(cmp);
  while (cand.length) {
    const c = cand.shift()!;
    if (W.length >= ef && c[0] > W[W.length - 1][0]) break;
    for (const nb of links[c[1]][layer]) {
      if (visited.has(nb)) continue;
      visited.add(nb);
      const d = dist2(pts[nb], q);
      counter.n++;
      if (W.length < ef || d < W[W.length - 1][0]) {
        cand.push([d, nb]);
        cand.sort(cmp);
        if (keep(nb)) {
          W.push([d, nb]);
          W.sort(cmp);
          if (W.length > ef) W.pop();
        }
      }
    }
  }
  return {found: W.map((w) => w[1]), visited: [...visited]};
}

/**
 * Neighbour selection heuristic (HNSW paper, Algorithm 4 without extension): walk the candidates
 * nearest first and keep e only if it is closer to the base point than to every kept neighbour.
 */
export function selectNeighbours(
  pts: {x: number; y: number}[],
  base: {x: number; y: number},
  candidates: number[],
  m: number,
): number[] {
  const sorted = sortByDist(candidates, (i) => dist2(pts[i], base));
  const kept: number[] = [];
  for (const e of sorted) {
    if (kept.length >= m) break;
    const de = dist2(pts[e], base);
    if (kept.every((r) => dist2(pts[e], pts[r]) > de)) kept.push(e);
  }
  return kept;
}

/** Inserts the points in order; layer 0 keeps up to 2M links, upper layers up to M. */
export function buildHnsw(pts: {x: number; y: number}[], M: number, efConstruction: number, seed: number): HnswIndex {
  const rnd = seededRandom(seed);
  const links: number[][][] = [];
  const level: number[] = [];
  let entry = -1;
  let maxLevel = -1;
  const counter = {n: 0};
  for (let i = 0; i < pts.length; i++) {
    const l = drawLevel(1 - rnd(), M);
    level.push(l);
    links.push(Array.from({length: l + 1}, () => []));
    if (entry < 0) {
      entry = i;
      maxLevel = l;
      continue;
    }
    let ep = entry;
    for (let lc = maxLevel; lc > l; lc--) {
      const path = greedyLayer(pts, links, pts[i], ep, lc, counter);
      ep = path[path.length - 1];
    }
    let eps = [ep];
    for (let lc = Math.min(l, maxLevel); lc >= 0; lc--) {
      const {found} = searchLayer(pts, links, pts[i], eps, efConstruction, lc, counter);
      const mMax = lc === 0 ? 2 * M : M;
      const nbs = selectNeighbours(pts, pts[i], found, M);
      links[i][lc] = nbs;
      for (const e of nbs) {
        links[e][lc].push(i);
        if (links[e][lc].length > mMax) links[e][lc] = selectNeighbours(pts, pts[e], links[e][lc], mMax);
      }
      eps = found;
    }
    if (l > maxLevel) {
      maxLevel = l;
      entry = i;
    }
  }
  return {M, links, level, entry, maxLevel};
}

/** HNSW query: greedy descent through the upper layers, beam search with efSearch on layer 0. */
export function hnswSearch(
  pts: Pt[],
  index: HnswIndex,
  q: {x: number; y: number},
  k: number,
  efSearch: number,
  keep: (i: number) => boolean = () => true,
): SearchResult & {paths: {layer: number; nodes: number[]}[]; visited: number[]} {
  const counter = {n: 1}; // the distance to the entry point
  const paths: {layer: number; nodes: number[]}[] = [];
  let ep = index.entry;
  for (let lc = index.maxLevel; lc > 0; lc--) {
    const path = greedyLayer(pts, index.links, q, ep, lc, counter);
    paths.push({layer: lc, nodes: path});
    ep = path[path.length - 1];
  }
  counter.n--; // searchLayer counts the entry point again
  const {found, visited} = searchLayer(pts, index.links, q, [ep], Math.max(efSearch, k), 0, counter, keep);
  paths.push({layer: 0, nodes: [ep, found[0] ?? ep]});
  return {ids: found.slice(0, k), distCount: counter.n, paths, visited};
}

// ---------------------------------------------------------------- PQ (2-D special case)

/**
 * In 2-D, PQ with m = 2 sub-spaces has 1-D sub-vectors: x and y each get a code book of ks values
 * (1-D k-means), and a point's code is the pair (index of nearest x value, index of nearest y value).
 * The reconstructions form a ks × ks grid. Real PQ splits e.g. 128 dims into 8 sub-vectors of 16.
 */
export interface PqIndex {
  books: [number[], number[]];
  codes: [number, number][];
}

export function buildPq(pts: Pt[], ks: number, seed: number): PqIndex {
  const bx = kmeans(pts.map((p) => ({x: p.x, y: 0})), ks, seed).centroids.map((c) => c.x);
  const by = kmeans(pts.map((p) => ({x: p.y, y: 0})), ks, seed + 1).centroids.map((c) => c.x);
  const near = (book: number[], v: number) =>
    book.reduce((best, c, j) => (Math.abs(c - v) < Math.abs(book[best] - v) ? j : best), 0);
  return {books: [bx, by], codes: pts.map((p) => [near(bx, p.x), near(by, p.y)])};
}

/**
 * Asymmetric distance computation (ADC): one table of (q_s − c_{s,j})² per sub-space (m·ks entries),
 * then each point's distance is a sum of m table look-ups. distCount counts the table entries plus
 * one per point scored; no full-precision distance is computed.
 */
export function pqSearch(
  pts: Pt[],
  index: PqIndex,
  q: {x: number; y: number},
  k: number,
  keep: (i: number) => boolean = () => true,
): SearchResult & {tables: [number[], number[]]} {
  const tx = index.books[0].map((c) => (q.x - c) ** 2);
  const ty = index.books[1].map((c) => (q.y - c) ** 2);
  const cand: number[] = [];
  for (let i = 0; i < pts.length; i++) if (keep(i)) cand.push(i);
  const ids = sortByDist(cand, (i) => tx[index.codes[i][0]] + ty[index.codes[i][1]]).slice(0, k);
  return {ids, distCount: tx.length + ty.length + cand.length, tables: [tx, ty]};
}

// ---------------------------------------------------------------- filtering

export type Method = 'exact' | 'ivf' | 'hnsw' | 'pq';

export interface RunParams {
  method: Method;
  k: number;
  nprobe: number;
  efSearch: number;
  filter: FilterMode;
  /** Category the filter keeps (ignored when filter is 'none'). */
  cat: number;
}

export interface Indexes {
  ivf: IvfIndex;
  hnsw: HnswIndex;
  pq: PqIndex;
}

export interface RunResult {
  ids: number[];
  distCount: number;
  /** Exact top-k among the points the filter admits: the ground truth for recall. */
  truth: number[];
  recall: number;
  /** Extra drawing data of the method. */
  probed?: number[];
  paths?: {layer: number; nodes: number[]}[];
  visited?: number[];
}

/**
 * Runs one method with one filtering strategy:
 * - pre: build the list of admitted points, then brute-force over it (an index cannot be used
 *   on an arbitrary subset, so pre-filtering falls back to exact search);
 * - post: run the method unfiltered for k results, then drop those failing the filter (may leave
 *   fewer than k);
 * - in: the method checks the filter during the search and only admits passing points to its
 *   results.
 */
export function run(pts: Pt[], idx: Indexes, q: {x: number; y: number}, p: RunParams): RunResult {
  const keepCat = (i: number) => pts[i].cat === p.cat;
  const keep = p.filter === 'none' ? () => true : keepCat;
  const truth = exactSearch(pts, q, p.k, keep).ids;
  const method = (kk: number, kp: (i: number) => boolean) => {
    switch (p.method) {
      case 'exact':
        return exactSearch(pts, q, kk, kp);
      case 'ivf':
        return ivfSearch(pts, idx.ivf, q, kk, p.nprobe, kp);
      case 'hnsw':
        return hnswSearch(pts, idx.hnsw, q, kk, p.efSearch, kp);
      case 'pq':
        return pqSearch(pts, idx.pq, q, kk, kp);
    }
  };
  let res: SearchResult & Partial<RunResult>;
  if (p.filter === 'pre') res = exactSearch(pts, q, p.k, keepCat);
  else if (p.filter === 'post') {
    const r = method(p.k, () => true);
    res = {...r, ids: r.ids.filter(keepCat)};
  } else res = method(p.k, keep);
  return {
    ids: res.ids,
    distCount: res.distCount,
    truth,
    recall: recall(res.ids, truth),
    probed: res.probed,
    paths: res.paths,
    visited: res.visited,
  };
}
