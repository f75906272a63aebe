/**
 * The prerequisite graph between lessons and 代码实践 pages: the rules a page's `prerequisites:`
 * must follow, and the walks the course pages make over it. A page names each prerequisite by
 * its key, the file's path under docs/ without the extension ("01-transformer/04-attention",
 * "01-transformer/practice/01-mini-transformer"): readable, and found in the file tree at once.
 * No runtime dependencies, so that the build (catalog) and the roadmap page in the browser share it.
 */
import type {ChapterEntry} from './catalog';
import type {RoadmapChapter} from './roadmapLayout';

/** A page of the graph: its key, its file (for messages) and the keys it lists. */
export interface GraphPage {
  key: string;
  source: string;
  prerequisites: readonly string[];
}

/** The key of a docs file: "@site/docs/01-transformer/04-attention.mdx" → "01-transformer/04-attention". */
export function keyOf(source: string): string {
  return source.replace(/^(@site\/)?docs\//, '').replace(/\.mdx?$/, '');
}

/**
 * Problems of the pages' prerequisites, each naming the file and the field: a key that is not a
 * lesson or 代码实践 page, a page listing itself, the same key twice, and every cycle (with its
 * path). `known` holds every lesson and 代码实践 key, including pages whose front matter failed
 * validation, so that a page is not reported for naming a page that is broken for another reason.
 */
export function prerequisiteProblems(pages: readonly GraphPage[], known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const byKey = new Map(pages.map((p) => [p.key, p]));
  for (const page of pages) {
    const seen = new Set<string>();
    page.prerequisites.forEach((key, i) => {
      const at = `${page.source}: prerequisites.${i}`;
      if (key === page.key) problems.push(`${at}: 不能把本页自己列为先修`);
      else if (!known.has(key)) {
        problems.push(`${at}: 没有这一课：${key}（写 docs/ 下讲座小节或代码实践的路径，不带扩展名，如 01-transformer/04-attention）`);
      } else if (seen.has(key)) problems.push(`${at}: ${key} 重复`);
      seen.add(key);
    });
  }
  for (const cycle of cycles(pages)) {
    const [first, second] = cycle;
    const page = byKey.get(first)!;
    const i = page.prerequisites.indexOf(second);
    problems.push(`${page.source}: prerequisites.${i}: 先修关系成环：${cycle.join(' → ')}`);
  }
  return problems;
}

/**
 * Cycles of "needs" edges found by a depth-first walk, one for each edge that closes a loop (so
 * the list is empty exactly when the graph has no cycle), each as the path of keys from a page
 * through what it needs back to itself: [a, b, a] means a needs b and b needs a. Self-references
 * and unknown keys are left to prerequisiteProblems.
 */
export function cycles(pages: readonly GraphPage[]): string[][] {
  const needs = new Map(pages.map((p) => [p.key, p.prerequisites.filter((k) => k !== p.key)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    stack.push(key);
    for (const next of needs.get(key) ?? []) {
      if (!needs.has(next)) continue;
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(key, 'done');
  };
  for (const {key} of pages) if (!state.has(key)) visit(key);
  return found;
}

/** Every key reachable from `start` by `next`, transitively, without `start` itself. */
export function reachable(start: string, next: (key: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...next(start)];
  while (todo.length) {
    const key = todo.pop()!;
    if (key === start || seen.has(key)) continue;
    seen.add(key);
    todo.push(...next(key));
  }
  return seen;
}

/** For each key, the keys that list it as a prerequisite (the pages that need it). */
export function dependents(pages: readonly Pick<GraphPage, 'key' | 'prerequisites'>[]): Map<string, string[]> {
  const out = new Map<string, string[]>(pages.map((p) => [p.key, []]));
  for (const page of pages) for (const key of page.prerequisites) out.get(key)?.push(page.key);
  return out;
}

/** A link to a page: what the lesson header shows for each prerequisite. */
export interface PageLink {
  title: string;
  permalink: string;
}

/** For each page with prerequisites, links to them in the order the page lists them. */
export function prerequisiteLinks(chapters: readonly ChapterEntry[]): Record<string, PageLink[]> {
  const pages = chapters.flatMap((c) => [...c.lessons, ...c.practice]);
  const byKey = new Map(pages.map((p) => [p.key, {title: p.title, permalink: p.permalink}]));
  return Object.fromEntries(
    pages.filter((p) => p.prerequisites.length).map((p) => [p.key, p.prerequisites.map((k) => byKey.get(k)!)]),
  );
}

/** The chapters as the roadmap lays them out: each chapter's lessons, then its 代码实践 pages. */
export function roadmapChapters(chapters: readonly ChapterEntry[]): RoadmapChapter[] {
  return chapters.map((c) => ({
    number: c.number,
    title: c.title,
    permalink: c.permalink,
    pages: [...c.lessons.map((p) => ({p, practice: false})), ...c.practice.map((p) => ({p, practice: true}))].map(({p, practice}) => ({
      key: p.key,
      title: p.title,
      permalink: p.permalink,
      practice,
      prerequisites: p.prerequisites,
    })),
  }));
}
