/**
 * Release timeline: pure logic (no React, no DOM).
 *
 * Input is the course catalog's `releases` and `papers` (collected from every lesson's front
 * matter at build time). This module merges duplicates (the same paper cited by several
 * lessons), filters by kind / organisation / weights / modality, groups by year and month, and
 * places dots on a time axis without overlaps.
 */

export type Weights = 'open' | 'closed';
export type Modality = 'text' | 'code' | 'image' | 'audio' | 'video' | 'embedding';

/** The fields of a catalog ReleaseEntry this module reads. */
export interface ReleaseInput {
  name: string;
  org: string;
  date: string;
  weights: Weights;
  modality: Modality[];
  url: string;
  permalink: string;
  pageTitle: string;
}

/** The fields of a catalog PaperEntry this module reads. */
export interface PaperInput {
  title: string;
  url: string;
  date?: string;
  permalink: string;
  pageTitle: string;
}

export interface LessonRef {
  permalink: string;
  pageTitle: string;
}

export interface TimelineItem {
  /** Stable key: kind + url (papers) or kind + org + name + month (releases). */
  key: string;
  kind: 'release' | 'paper';
  name: string;
  /** "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  url: string;
  org?: string;
  weights?: Weights;
  modality?: Modality[];
  /** Every lesson that discusses this item, in catalog order, without repeats. */
  lessons: LessonRef[];
}

export const MODALITY_LABEL: Record<Modality, string> = {
  text: '文本',
  code: '代码',
  image: '图像',
  audio: '音频',
  video: '视频',
  embedding: '向量',
};

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * A date as a number of months since year 0, with the day as a fraction:
 * "2024-01" → 2024·12 + 0 = 24288; "2024-02-16" → 24289 + 15/31.
 * A month without a day sits at the start of the month.
 */
export function monthValue(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`release-timeline: bad date "${date}"`);
  const [, y, mo, d] = m;
  return Number(y) * 12 + (Number(mo) - 1) + (d ? (Number(d) - 1) / 31 : 0);
}

/**
 * Code-point order. Never localeCompare here: it orders Chinese names differently in Node (the
 * server render) and in a Chinese-locale browser, and the mismatch breaks hydration.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Merge releases and papers into one list of items sorted by date, then name. */
export function buildItems(releases: ReleaseInput[], papers: PaperInput[]): TimelineItem[] {
  const byKey = new Map<string, TimelineItem>();
  const add = (item: Omit<TimelineItem, 'lessons'>, ref: LessonRef) => {
    const found = byKey.get(item.key);
    if (found) {
      if (!found.lessons.some((l) => l.permalink === ref.permalink)) found.lessons.push(ref);
      // Two lessons may date the same release to the month and to the day: keep the day.
      if (item.date.length > found.date.length) {
        found.date = item.date;
        found.url = item.url;
      }
      return;
    }
    byKey.set(item.key, {...item, lessons: [ref]});
  };
  for (const r of releases) {
    add(
      {
        // Same organisation, name and month = the same release, whatever the day precision.
        key: `release|${r.org}|${r.name}|${r.date.slice(0, 7)}`,
        kind: 'release',
        name: r.name,
        date: r.date,
        url: r.url,
        org: r.org,
        weights: r.weights,
        modality: r.modality,
      },
      {permalink: r.permalink, pageTitle: r.pageTitle},
    );
  }
  for (const p of papers) {
    if (!p.date || !DATE.test(p.date)) continue; // cannot be placed on the axis
    add(
      {key: `paper|${normaliseUrl(p.url)}`, kind: 'paper', name: p.title, date: p.date, url: p.url},
      {permalink: p.permalink, pageTitle: p.pageTitle},
    );
  }
  return [...byKey.values()].sort(
    (a, b) => monthValue(a.date) - monthValue(b.date) || compareText(a.name, b.name),
  );
}

/** "https://arxiv.org/abs/2403.08295v2/" and "…/abs/2403.08295" are the same paper. */
export function normaliseUrl(url: string): string {
  return url
    .trim()
    .replace(/^http:\/\//, 'https://')
    .replace(/(arxiv\.org\/(?:abs|pdf)\/\d{4}\.\d{4,5})v\d+/, '$1')
    .replace(/\.pdf$/, '')
    .replace(/\/+$/, '')
    .replace('arxiv.org/pdf/', 'arxiv.org/abs/');
}

export interface Filters {
  /** Which kinds to show. */
  kind: 'all' | 'release' | 'paper';
  /** '' = every organisation. */
  org: string;
  weights: 'all' | Weights;
  /** '' = every modality; otherwise the item must list this modality. */
  modality: '' | Modality;
}

export const ALL: Filters = {kind: 'all', org: '', weights: 'all', modality: ''};

/**
 * Whether an item passes the filters. Papers carry no organisation, weights or modality, so
 * any of those filters being set hides the papers: they can neither pass nor fail it.
 */
export function matches(item: TimelineItem, f: Filters): boolean {
  if (f.kind !== 'all' && item.kind !== f.kind) return false;
  const releaseOnly = f.org !== '' || f.weights !== 'all' || f.modality !== '';
  if (item.kind === 'paper') return !releaseOnly;
  if (f.org && item.org !== f.org) return false;
  if (f.weights !== 'all' && item.weights !== f.weights) return false;
  if (f.modality && !(item.modality ?? []).includes(f.modality)) return false;
  return true;
}

export function applyFilters(items: TimelineItem[], f: Filters): TimelineItem[] {
  return items.filter((i) => matches(i, f));
}

/** Distinct values with counts, most frequent first, ties alphabetical. */
export function countBy(values: string[]): {value: string; count: number}[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({value, count}))
    .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
}

/** The organisations of the release items, with counts. */
export function organisations(items: TimelineItem[]): {value: string; count: number}[] {
  return countBy(items.filter((i) => i.kind === 'release').map((i) => i.org!));
}

/** The modalities that occur in release items, in the fixed order of MODALITY_LABEL. */
export function modalities(items: TimelineItem[]): Modality[] {
  const seen = new Set(items.flatMap((i) => i.modality ?? []));
  return (Object.keys(MODALITY_LABEL) as Modality[]).filter((m) => seen.has(m));
}

export interface MonthGroup {
  /** "YYYY-MM". */
  month: string;
  items: TimelineItem[];
}
export interface YearGroup {
  year: string;
  months: MonthGroup[];
  count: number;
}

/** Group sorted items by year, then by month. Order inside a month is kept. */
export function groupByYear(items: TimelineItem[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    const month = item.date.slice(0, 7);
    let y = years[years.length - 1];
    if (!y || y.year !== year) {
      y = {year, months: [], count: 0};
      years.push(y);
    }
    let m = y.months[y.months.length - 1];
    if (!m || m.month !== month) {
      m = {month, items: []};
      y.months.push(m);
    }
    m.items.push(item);
    y.count++;
  }
  return years;
}

export interface Axis {
  /** Month value of the left and right ends. */
  start: number;
  end: number;
  /** January of each year in [start, end], for tick marks. */
  ticks: {year: number; value: number}[];
}

/**
 * The axis runs from January of the first item's year to January of the year after the last
 * item, so every year on it is whole. With no items it spans one year (`fallbackYear`).
 */
export function axisFor(items: TimelineItem[], fallbackYear = 2024): Axis {
  const years = items.map((i) => Number(i.date.slice(0, 4)));
  const first = years.length ? Math.min(...years) : fallbackYear;
  const last = years.length ? Math.max(...years) : fallbackYear;
  const ticks = [];
  for (let y = first; y <= last + 1; y++) ticks.push({year: y, value: y * 12});
  return {start: first * 12, end: (last + 1) * 12, ticks};
}

/**
 * Pixels per year on the drawn axis: roomy for a few years, narrower for many, never so narrow
 * that the year labels (about 30 px at 12 px type) collide. A 3-year span gets 220 px a year,
 * 9 years 100 px, 35 years the 48 px floor.
 */
export function yearWidth(years: number): number {
  if (years <= 0) return 220;
  return Math.max(48, Math.min(220, 900 / years));
}

/** Position of a date on an axis, 0 at the left end and 1 at the right end. */
export function position(date: string, axis: Axis): number {
  const span = axis.end - axis.start;
  return span > 0 ? (monthValue(date) - axis.start) / span : 0;
}

/**
 * Greedy lane assignment so that dots closer than `minGap` (in the same units as `xs`) stack
 * in separate rows. `xs` must be sorted ascending. Each dot takes the lowest lane whose last
 * dot is at least `minGap` to its left; lanes are capped at `maxLanes` (extra dots share the
 * last lane rather than growing the chart without bound).
 */
export function assignLanes(xs: number[], minGap: number, maxLanes = 6): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    for (let lane = 0; lane < lastX.length; lane++) {
      if (x - lastX[lane] >= minGap) {
        lastX[lane] = x;
        return lane;
      }
    }
    if (lastX.length < maxLanes) {
      lastX.push(x);
      return lastX.length - 1;
    }
    const lane = maxLanes - 1;
    lastX[lane] = x;
    return lane;
  });
}

/** "2024-02-15" → "2024 年 2 月 15 日", "2024-02" → "2024 年 2 月". */
export function formatDate(date: string): string {
  const m = DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return d ? `${y} 年 ${Number(mo)} 月 ${Number(d)} 日` : `${y} 年 ${Number(mo)} 月`;
}

/** One sentence summarising what is shown, for the chart's aria-label and the status line. */
export function summary(items: TimelineItem[]): string {
  if (items.length === 0) return '没有符合筛选条件的条目';
  const releases = items.filter((i) => i.kind === 'release').length;
  const papers = items.length - releases;
  const parts = [];
  if (releases) parts.push(`${releases} 个模型发布`);
  if (papers) parts.push(`${papers} 篇论文`);
  const range =
    items[0].date.slice(0, 7) === items[items.length - 1].date.slice(0, 7)
      ? formatDate(items[0].date.slice(0, 7))
      : `${formatDate(items[0].date.slice(0, 7))} 至 ${formatDate(items[items.length - 1].date.slice(0, 7))}`;
  return `${parts.join('、')}，时间范围 ${range}`;
}
