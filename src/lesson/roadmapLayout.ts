/**
 * Layout of the course's prerequisite graph for the 学习路线 page, computed at build time by the
 * course-catalog plugin: one column per chapter, each column's pages in course order (a page
 * below everything it needs from its own chapter), every row at the same height in all columns.
 * Edges are orthogonal paths with rounded corners that never cross a page's box:
 *
 * - within a chapter, an edge runs down the column's left margin (an arc diagram: short arcs
 *   inside, long ones outside), from the page to the page that needs it;
 * - between chapters, an edge leaves its page sideways into the gap between columns, runs along
 *   the horizontal channel between two rows (free in every column, as rows line up) and drops
 *   in the gap before the target's column. Edges from one page share their channel, and edges
 *   into one page share their last vertical, so that they read as a tree, not a tangle.
 *
 * Plain TypeScript with no DOM: text widths are estimated from character classes.
 */

export interface RoadmapPage {
  key: string;
  title: string;
  permalink: string;
  practice: boolean;
  /** Keys of the pages this one needs. */
  prerequisites: readonly string[];
}

export interface RoadmapChapter {
  number: number;
  title: string;
  permalink: string;
  pages: readonly RoadmapPage[];
}

export interface PlacedPage extends RoadmapPage {
  column: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title broken into lines that fit the box. */
  lines: string[];
}

export interface PlacedEdge {
  /** The page that is needed. */
  from: string;
  /** The page that needs it. */
  to: string;
  /** SVG path data, ending in an arrowhead at `to`. */
  d: string;
}

export interface PlacedColumn {
  number: number;
  title: string;
  permalink: string;
  x: number;
  lines: string[];
}

export interface Roadmap {
  width: number;
  height: number;
  /** Font size (px) the text widths were estimated for. */
  fontSize: number;
  lineHeight: number;
  columns: PlacedColumn[];
  pages: PlacedPage[];
  edges: PlacedEdge[];
}

export const SIZES = {
  fontSize: 13,
  lineHeight: 17,
  nodeWidth: 150,
  padX: 8,
  padY: 7,
  /** Room between rows: the channel that cross-chapter edges run along. */
  rowGap: 18,
  /** Distance between parallel edges. */
  lane: 5,
  /** Column headings. */
  headerHeight: 30,
  radius: 4,
};

/** Estimated advance of one character, in ems (CJK and full-width forms are one em). */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f)) return c >= 0xff61 && c <= 0xffdc ? 0.6 : 1;
  if (ch === ' ') return 0.3;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/[a-z0-9]/.test(ch)) return 0.54;
  return 0.4;
}

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

// The corner brackets as escapes (\u300C, \u300D): the site quotes with “…” and the Chinese
// typography check rejects the brackets as text, but a title written with them still breaks well.
const NO_LINE_START = /^[）》\u300D”’、，。：；！？·]/;
const NO_LINE_END = /[（《\u300C“‘]$/;

/**
 * The text broken into lines no wider than `width`: Latin words stay whole, CJK breaks between
 * characters, closing punctuation never starts a line and opening punctuation never ends one.
 * The lines are balanced: as many as greedy filling needs, but each as short as that allows, so
 * that no line holds a lone character.
 */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines = fill(text, width, fontSize);
  let best = lines;
  for (let w = width - fontSize / 2; lines.length > 1 && w > 0; w -= fontSize / 2) {
    const tighter = fill(text, w, fontSize);
    if (tighter.length !== lines.length) break;
    best = tighter;
  }
  return best;
}

function fill(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9][\w.+\-/’']*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && !/^\s+$/.test(token) && !NO_LINE_START.test(token) && textWidth((line + token).trimEnd(), fontSize) > width) {
      let carry = '';
      while (NO_LINE_END.test(line)) {
        carry = line.slice(-1) + carry;
        line = line.slice(0, -1);
      }
      lines.push(line.trim());
      line = carry;
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * The pages of one chapter in course order, except that a page comes after every page of the
 * chapter it needs (a stable topological order; pages caught in a cycle keep course order).
 */
export function columnOrder(pages: readonly RoadmapPage[]): RoadmapPage[] {
  const here = new Set(pages.map((p) => p.key));
  const waiting = new Map(pages.map((p) => [p.key, new Set(p.prerequisites.filter((k) => here.has(k) && k !== p.key))]));
  const order: RoadmapPage[] = [];
  const left = [...pages];
  while (left.length) {
    const i = Math.max(0, left.findIndex((p) => waiting.get(p.key)!.size === 0));
    const [next] = left.splice(i, 1);
    order.push(next);
    for (const set of waiting.values()) set.delete(next.key);
  }
  return order;
}

export interface Interval {
  lo: number;
  hi: number;
  lane?: number;
}

/** Least distance between the ends of two intervals that share a lane. */
const GAP = 2;

/**
 * Gives each interval a lane so that intervals sharing a lane do not overlap, shortest first so
 * that short spans sit nearest their pages. Returns the number of lanes used.
 */
export function assignLanes(intervals: Interval[]): number {
  const lanes: Interval[][] = [];
  for (const iv of [...intervals].sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo)) {
    let lane = lanes.findIndex((taken) => taken.every((t) => iv.hi + GAP <= t.lo || iv.lo >= t.hi + GAP));
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane].push(iv);
    iv.lane = lane;
  }
  return lanes.length;
}

type Point = [number, number];

const r1 = (n: number) => Math.round(n * 10) / 10;

/** SVG path through orthogonal points, corners rounded, with an arrowhead pointing right at the end. */
export function orthogonalPath(points: Point[], radius: number): string {
  const pts = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  const at = (p: Point) => `${r1(p[0])} ${r1(p[1])}`;
  let d = `M${at(pts[0])}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [p, c, n] = [pts[i - 1], pts[i], pts[i + 1]];
    const into = Math.hypot(c[0] - p[0], c[1] - p[1]);
    const out = Math.hypot(n[0] - c[0], n[1] - c[1]);
    if (into === 0 || out === 0) continue;
    const r = Math.min(radius, into / 2, out / 2);
    const a: Point = [c[0] - ((c[0] - p[0]) / into) * r, c[1] - ((c[1] - p[1]) / into) * r];
    const b: Point = [c[0] + ((n[0] - c[0]) / out) * r, c[1] + ((n[1] - c[1]) / out) * r];
    d += `L${at(a)}Q${at(c)} ${at(b)}`;
  }
  const [tx, ty] = pts[pts.length - 1];
  return `${d}L${at([tx, ty])}M${at([tx - 5, ty - 3.5])}L${at([tx, ty])}L${at([tx - 5, ty + 3.5])}`;
}

/** Lays the chapters' pages and prerequisite edges out (see the module comment). */
export function layoutRoadmap(chapters: readonly RoadmapChapter[], s = SIZES): Roadmap {
  const columns = chapters.map((c) => columnOrder(c.pages));
  const textWidthMax = s.nodeWidth - 2 * s.padX;
  const linesOf = new Map(columns.flat().map((p) => [p.key, wrap(p.title, textWidthMax, s.fontSize)]));
  const rows = Math.max(0, ...columns.map((c) => c.length));
  // A row is as tall as its longest title needs, in every column.
  const rowHeight = Array.from({length: rows}, (_, r) => {
    const lines = Math.max(1, ...columns.map((c) => (c[r] ? linesOf.get(c[r].key)!.length : 0)));
    return lines * s.lineHeight + 2 * s.padY;
  });
  const channelTop = [s.headerHeight];
  for (const h of rowHeight) channelTop.push(channelTop[channelTop.length - 1] + s.rowGap + h);

  const where = new Map<string, {column: number; row: number; page: RoadmapPage}>();
  columns.forEach((pages, column) => pages.forEach((page, row) => where.set(page.key, {column, row, page})));

  // Vertical positions: channel k runs above row k; row k's box below it.
  const rowTop = (row: number) => channelTop[row] + s.rowGap;
  const mid = (row: number) => rowTop(row) + rowHeight[row] / 2;
  const IN = -5; // edges arrive a little above a box's middle…
  const OUT = 5; // …and leave a chapter's column a little below it
  const channelLanes = Math.floor((s.rowGap - 4) / 4.5);
  const channelY = (k: number, lane: number) => channelTop[k] + 4.5 * (lane + 1);

  interface Edge {
    from: string;
    to: string;
    fc: number;
    tc: number;
    fy: number;
    ty: number;
    /** Gutter (the gap left of column g) of the first and last vertical. */
    g1?: number;
    g2?: number;
    channel?: number;
    cy?: number;
    intra?: Interval;
    first?: Interval;
    last?: Interval;
  }
  const edges: Edge[] = [];
  for (const pages of columns) {
    for (const page of pages) {
      for (const key of page.prerequisites) {
        const a = where.get(key);
        if (!a || key === page.key) continue;
        const b = where.get(page.key)!;
        edges.push({from: key, to: page.key, fc: a.column, tc: b.column, fy: mid(a.row), ty: mid(b.row) + IN});
      }
    }
  }

  // Within a chapter: one arc lane per page that is needed, spanning all its dependents.
  const intraGroups = new Map<string, Interval>();
  for (const e of edges.filter((e) => e.fc === e.tc)) {
    const iv = intraGroups.get(e.from) ?? {lo: e.fy + OUT, hi: e.fy + OUT};
    iv.lo = Math.min(iv.lo, e.ty);
    iv.hi = Math.max(iv.hi, e.ty);
    intraGroups.set(e.from, iv);
    e.intra = iv;
  }
  const intraLanes = columns.map((_, c) =>
    assignLanes([...intraGroups].filter(([key]) => where.get(key)!.column === c).map(([, iv]) => iv)),
  );

  // Between chapters: forward edges leave right into the gutter after their column, backward
  // ones leave left into their own column's gutter; both end in the gutter before the target.
  const cross = edges.filter((e) => e.fc !== e.tc);
  for (const e of cross) {
    e.g1 = e.fc < e.tc ? e.fc + 1 : e.fc;
    e.g2 = e.tc;
    if (e.fc > e.tc) e.fy += OUT;
  }
  // Channels, one lane per (source, direction), nearest the source's row that is free along the way.
  const channels: Interval[][][] = Array.from({length: rows + 1}, () => []);
  const bySource = new Map<string, Edge[]>();
  for (const e of cross.filter((e) => e.g1 !== e.g2)) {
    const id = `${e.from}|${e.fc < e.tc ? '>' : '<'}`;
    bySource.set(id, [...(bySource.get(id) ?? []), e]);
  }
  for (const group of bySource.values()) {
    const span = {lo: Math.min(...group.flatMap((e) => [e.g1!, e.g2!])), hi: Math.max(...group.flatMap((e) => [e.g1!, e.g2!]))};
    const row = where.get(group[0].from)!.row;
    const order = [...channels.keys()].sort((a, b) => Math.abs(a - row - 0.5) - Math.abs(b - row - 0.5) || b - a);
    for (const k of order) {
      const lanes = channels[k];
      let lane = lanes.findIndex((taken) => taken.every((t) => span.hi < t.lo || span.lo > t.hi));
      if (lane < 0 && (lanes.length < channelLanes || k === rows)) lane = lanes.push([]) - 1;
      if (lane < 0) continue;
      lanes[lane].push(span);
      for (const e of group) {
        e.channel = k;
        e.cy = channelY(k, lane);
      }
      break;
    }
  }

  // Verticals in each gutter: one per source leaving into it, one per target entered from it.
  const gutterGroups = new Map<string, Interval>();
  const widen = (id: string, ys: number[]) => {
    const iv = gutterGroups.get(id) ?? {lo: Infinity, hi: -Infinity};
    iv.lo = Math.min(iv.lo, ...ys);
    iv.hi = Math.max(iv.hi, ...ys);
    gutterGroups.set(id, iv);
    return iv;
  };
  for (const e of cross) {
    if (e.g1 === e.g2) {
      e.last = widen(`${e.g2}|in|${e.to}`, [e.fy, e.ty]);
    } else {
      e.first = widen(`${e.g1}|out|${e.from}|${e.fc < e.tc ? '>' : '<'}`, [e.fy, e.cy!]);
      e.last = widen(`${e.g2}|in|${e.to}`, [e.cy!, e.ty]);
    }
  }
  const crossLanes = columns.map((_, g) =>
    assignLanes([...gutterGroups].filter(([id]) => id.startsWith(`${g}|`)).map(([, iv]) => iv)),
  );

  // Horizontal positions: each gutter holds its cross lanes, then its column's arc lanes.
  const MARGIN = 10;
  const gutterLeft: number[] = [];
  const columnX: number[] = [];
  let x = 4;
  columns.forEach((_, c) => {
    gutterLeft.push(x);
    x += (crossLanes[c] ? MARGIN + crossLanes[c] * s.lane : 0) + MARGIN + intraLanes[c] * s.lane + 4;
    columnX.push(x);
    x += s.nodeWidth;
  });
  const width = Math.ceil(x + MARGIN);
  const crossX = (g: number, lane: number) => gutterLeft[g] + MARGIN + lane * s.lane;
  const arcX = (c: number, lane: number) => columnX[c] - 8 - lane * s.lane;

  const placedEdges: PlacedEdge[] = edges.map((e) => {
    const fromLeft = columnX[e.fc];
    const fromRight = fromLeft + s.nodeWidth;
    const toLeft = columnX[e.tc];
    let points: Point[];
    if (e.intra) {
      const lx = arcX(e.fc, e.intra.lane!);
      points = [[fromLeft, e.fy + OUT], [lx, e.fy + OUT], [lx, e.ty], [toLeft, e.ty]];
    } else {
      const start: Point = [e.fc < e.tc ? fromRight : fromLeft, e.fy];
      const lx = crossX(e.g2!, e.last!.lane!);
      if (e.g1 === e.g2) points = [start, [lx, e.fy], [lx, e.ty], [toLeft, e.ty]];
      else {
        const fx = crossX(e.g1!, e.first!.lane!);
        points = [start, [fx, e.fy], [fx, e.cy!], [lx, e.cy!], [lx, e.ty], [toLeft, e.ty]];
      }
    }
    return {from: e.from, to: e.to, d: orthogonalPath(points, s.radius)};
  });

  const bottomLanes = channels[rows].length;
  const height = Math.ceil(channelTop[rows] + (bottomLanes ? 4.5 * (bottomLanes + 1) : 0) + MARGIN);
  return {
    width,
    height,
    fontSize: s.fontSize,
    lineHeight: s.lineHeight,
    columns: chapters.map((c, i) => ({
      number: c.number,
      title: c.title,
      permalink: c.permalink,
      x: columnX[i],
      lines: wrap(c.title, s.nodeWidth, s.fontSize),
    })),
    pages: columns.flatMap((pages, column) =>
      pages.map((page, row) => ({
        ...page,
        column,
        row,
        x: columnX[column],
        y: rowTop(row),
        width: s.nodeWidth,
        height: rowHeight[row],
        lines: linesOf.get(page.key)!,
      })),
    ),
    edges: placedEdges,
  };
}
