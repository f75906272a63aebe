/**
 * Checks the glossary against the lessons and resolves each entry to what the glossary page and
 * the term cards show. Every problem names the data file and the entry, all reported at once.
 */
import type * as z from 'zod';
import {entrySchema, spellingsOf, TERM_ID, type GlossaryEntry} from './schema';
import {Matcher} from './matcher';

/** What the glossary needs to know about a lesson (read from the built docs and their source). */
export interface LessonInfo {
  /** "docs/01-transformer/04-attention.mdx" */
  source: string;
  title: string;
  permalink: string;
  /** Heading ids as Docusaurus gives them, with the heading's text. */
  headings: {id: string; text: string}[];
  /** The lesson's prose, one string per text node (see ./prose.ts). */
  prose: string[];
}

/** One file of glossary data. */
export interface GlossarySource {
  /** e.g. "src/data/glossary/01-transformer.ts" */
  file: string;
  entries: unknown[];
}

export interface ResolvedEntry extends GlossaryEntry {
  /** "01-transformer" */
  chapter: string;
  lessonTitle: string;
  /** Lesson permalink with the heading's anchor. */
  href: string;
}

export class GlossaryError extends Error {
  constructor(readonly problems: string[]) {
    super(`术语表有 ${problems.length} 处错误：\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'GlossaryError';
  }
}

function describeIssues(where: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `${where}: 未知字段 ${issue.keys.map((k) => `“${k}”`).join('')}`;
    return `${where}: ${issue.path.length ? issue.path.join('.') : '(条目)'}: ${issue.message}`;
  });
}

const quoteAll = (xs: string[]) => xs.map((x) => `“${x}”`).join('');

/**
 * The glossary's entries, resolved against the lessons (keyed by source path), in data order.
 * Throws a GlossaryError listing every problem.
 */
export function resolveGlossary(sources: readonly GlossarySource[], lessons: ReadonlyMap<string, LessonInfo>): ResolvedEntry[] {
  const problems: string[] = [];
  const valid: {file: string; entry: GlossaryEntry}[] = [];
  for (const {file, entries} of sources) {
    entries.forEach((raw, i) => {
      const id = (raw as {id?: unknown})?.id;
      const where = `${file}: ${typeof id === 'string' ? id : `第 ${i + 1} 条`}`;
      const parsed = entrySchema.safeParse(raw);
      if (parsed.success) valid.push({file, entry: parsed.data});
      else problems.push(...describeIssues(where, parsed.error.issues));
    });
  }

  const idOwner = new Map<string, string>();
  const spellingOwner = new Map<string, string>();
  for (const {file, entry} of valid) {
    const where = `${file}: ${entry.id}`;
    const clash = idOwner.get(entry.id);
    if (clash) problems.push(`${where}: id: 与 ${clash} 中的条目重复`);
    else idOwner.set(entry.id, file);
    for (const s of spellingsOf(entry)) {
      const owner = spellingOwner.get(s.toLowerCase());
      if (owner && owner !== entry.id) problems.push(`${where}: 拼写“${s}”已属于条目 ${owner}`);
      else spellingOwner.set(s.toLowerCase(), entry.id);
    }
  }

  const resolved: ResolvedEntry[] = [];
  for (const {file, entry} of valid) {
    const where = `${file}: ${entry.id}`;
    for (const r of entry.related ?? []) {
      if (r === entry.id) problems.push(`${where}: related: 不能关联自己`);
      else if (!idOwner.has(r)) problems.push(`${where}: related: 没有条目 ${TERM_ID.test(r) ? r : `“${r}”`}`);
    }
    for (const phrase of entry.notIn ?? []) {
      if (!spellingsOf(entry).some((s) => phrase.toLowerCase().includes(s.toLowerCase()))) {
        problems.push(`${where}: notIn: “${phrase}”不含本条目的任何拼写`);
      }
    }
    const source = `docs/${entry.lesson}.mdx`;
    const lesson = lessons.get(source);
    if (!lesson) {
      problems.push(`${where}: lesson: 没有这节课：${source}`);
      continue;
    }
    const matches = lesson.headings.filter((h) => h.text.trim() === entry.heading.trim());
    const heading = matches.length === 1 ? matches[0] : undefined;
    if (matches.length === 0) problems.push(`${where}: heading: 《${lesson.title}》（${source}）中没有标题“${entry.heading}”`);
    if (matches.length > 1) {
      problems.push(`${where}: heading: 《${lesson.title}》（${source}）中有 ${matches.length} 个标题“${entry.heading}”，锚点不唯一`);
    }
    const spellings = spellingsOf(entry);
    const matcher = new Matcher([{id: entry.id, spellings}]);
    if (!lesson.prose.some((text) => matcher.next(text))) {
      problems.push(`${where}: 《${lesson.title}》（${source}）的正文中没有出现 ${quoteAll(spellings)} 中的任何一个`);
    }
    if (!heading) continue;
    resolved.push({
      ...entry,
      chapter: entry.lesson.split('/')[0],
      lessonTitle: lesson.title,
      href: `${lesson.permalink}#${heading.id}`,
    });
  }
  if (problems.length) throw new GlossaryError(problems);
  return resolved;
}

/** Problems with pages' `glossary_skip` lists: each id must be a glossary entry's. */
export function skipProblems(docs: readonly {source: string; frontMatter: Record<string, unknown>}[], ids: ReadonlySet<string>): string[] {
  return docs.flatMap(({source, frontMatter}) => {
    const skip = frontMatter.glossary_skip;
    if (!Array.isArray(skip)) return [];
    return skip.filter((id) => !ids.has(id)).map((id) => `${source}: glossary_skip: 术语表中没有条目 ${id}`);
  });
}
