/**
 * Builds the course catalog (chapters, lessons, practice pages, releases) from the docs that
 * Docusaurus loaded, validating every page's front matter on the way. Every problem is reported
 * with the file and the field, all at once, so an author fixes a page in one pass.
 */
import type * as z from 'zod';
import {chapterSchema, lessonSchema, pageSchema, practiceSchema} from './schema';
import type {Paper, Release} from './schema';
import {lessonId, placeOf, type PageKind, type PagePlace} from './place';
import {outlineProblems, pageAgainstOutline, type CourseOutline} from './outline';
import {keyOf, prerequisiteProblems} from './prerequisites';
import {courseOutline} from '../data/course-outline';

export {placeOf};

/** The part of a Docusaurus doc the catalog reads. */
export interface SourceDoc {
  /** Path relative to the site, e.g. "docs/01-transformer/04-attention.mdx". */
  source: string;
  permalink: string;
  title: string;
  frontMatter: Record<string, unknown>;
}

export interface LessonEntry {
  /** Stable id for the reader's progress, e.g. "02-06" or "02-p02" (see lessonId). */
  id: string;
  /** "01-transformer/04-attention": the name other pages' `prerequisites:` use. */
  key: string;
  number: number;
  title: string;
  description: string;
  permalink: string;
  source: string;
  bilibili?: string;
  youtube?: string;
  /** The slides PDF (the outline's). */
  slides?: string;
  date?: string;
  /** Keys of the pages this one builds on directly. */
  prerequisites: string[];
}

export interface ChapterEntry {
  number: number;
  /** Folder name, e.g. "01-transformer". */
  folder: string;
  title: string;
  summary: string;
  description: string;
  permalink: string;
  lessons: LessonEntry[];
  practice: LessonEntry[];
}

export interface ReleaseEntry extends Release {
  /** Page that discusses the release. */
  permalink: string;
  pageTitle: string;
}

export interface PaperEntry extends Paper {
  permalink: string;
  pageTitle: string;
}

export interface Catalog {
  chapters: ChapterEntry[];
  releases: ReleaseEntry[];
  papers: PaperEntry[];
}

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`课程元数据有 ${problems.length} 处错误：\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'CatalogError';
  }
}

const schemaFor: Record<PageKind, z.ZodType> = {
  chapter: chapterSchema,
  lesson: lessonSchema,
  practice: practiceSchema,
  page: pageSchema,
};

/** "docs/x.mdx: bilibili: 不是 B 站视频号" for each issue zod found. */
function describeIssues(source: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${source}: 未知字段 ${issue.keys.map((k) => `“${k}”`).join('')}`;
    }
    const field = issue.path.length ? issue.path.join('.') : '(front matter)';
    return `${source}: ${field}: ${issue.message}`;
  });
}

/** The month an arXiv abstract URL was submitted in, e.g. 1706.03762 → "2017-06". */
export function arxivMonth(url: string): string | undefined {
  const m = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(\d{2})\.\d{4,5}/.exec(url);
  return m ? `20${m[1]}-${m[2]}` : undefined;
}

function byNumber<T extends {number: number}>(a: T, b: T) {
  return a.number - b.number;
}

/**
 * The catalog of the given docs. Their front matter is validated against the lesson model and
 * against the course outline (which is validated first): a lesson's title, video and slides
 * are the outline's. The pages' prerequisites must name existing pages and form no cycle.
 */
export function buildCatalog(docs: SourceDoc[], outline: CourseOutline = courseOutline): Catalog {
  const problems = outlineProblems(outline);
  const chapters = new Map<string, ChapterEntry>();
  const pages: {doc: SourceDoc; place: PagePlace; fm: Record<string, any>}[] = [];
  // Every lesson and 代码实践 page, valid or not, may be named as a prerequisite.
  const known = new Set<string>();

  for (const doc of docs) {
    const source = doc.source.replace(/^@site\//, '');
    const place = placeOf(source);
    if ('error' in place) {
      problems.push(`${source}: ${place.error}`);
      continue;
    }
    if (place.kind === 'lesson' || place.kind === 'practice') known.add(keyOf(source));
    const parsed = schemaFor[place.kind].safeParse(doc.frontMatter);
    if (!parsed.success) {
      problems.push(...describeIssues(source, parsed.error.issues));
      continue;
    }
    problems.push(...pageAgainstOutline(outline, source, place, parsed.data as Record<string, string>));
    pages.push({doc: {...doc, source}, place, fm: parsed.data as Record<string, any>});
  }

  for (const {doc, place, fm} of pages) {
    if (place.kind !== 'chapter') continue;
    chapters.set(place.folder!, {
      number: place.chapterNumber!,
      folder: place.folder!,
      title: fm.title,
      summary: fm.summary,
      description: fm.description,
      permalink: doc.permalink,
      lessons: [],
      practice: [],
    });
  }

  const videoOwner = new Map<string, string>();
  const releases: ReleaseEntry[] = [];
  const papers: PaperEntry[] = [];
  for (const {doc, place, fm} of pages) {
    for (const r of (fm.releases ?? []) as Release[]) {
      releases.push({...r, permalink: doc.permalink, pageTitle: fm.title});
    }
    for (const p of (fm.papers ?? []) as Paper[]) {
      papers.push({...p, date: p.date ?? arxivMonth(p.url), permalink: doc.permalink, pageTitle: fm.title});
    }
    if (place.kind !== 'lesson' && place.kind !== 'practice') continue;
    for (const field of place.kind === 'lesson' ? (['bilibili', 'youtube'] as const) : []) {
      const id = fm[field];
      if (!id) continue;
      const owner = videoOwner.get(id);
      if (owner) problems.push(`${doc.source}: ${field}: 视频 ${id} 已被 ${owner} 使用，每个视频只属于一节课`);
      else videoOwner.set(id, doc.source);
    }
    const chapter = chapters.get(place.folder!);
    if (!chapter) {
      problems.push(`${doc.source}: 所在章节缺少概览页 docs/${place.folder}/index.mdx`);
      continue;
    }
    const list = place.kind === 'lesson' ? chapter.lessons : chapter.practice;
    const clash = list.find((e) => e.number === place.number);
    if (clash) {
      problems.push(`${doc.source}: 序号 ${place.number} 与 ${clash.source} 重复`);
      continue;
    }
    list.push({
      id: lessonId(place)!,
      key: keyOf(doc.source),
      number: place.number!,
      title: fm.title,
      description: fm.description,
      permalink: doc.permalink,
      source: doc.source,
      bilibili: fm.bilibili,
      youtube: fm.youtube,
      slides: fm.slides,
      date: fm.date,
      prerequisites: fm.prerequisites ?? [],
    });
  }
  const entries = [...chapters.values()].flatMap((c) => [...c.lessons, ...c.practice]);
  problems.push(...prerequisiteProblems(entries, known));

  if (problems.length) throw new CatalogError(problems);
  const sorted = [...chapters.values()].sort(byNumber);
  for (const c of sorted) {
    c.lessons.sort(byNumber);
    c.practice.sort(byNumber);
  }
  releases.sort((a, b) => a.date.localeCompare(b.date));
  return {chapters: sorted, releases, papers};
}
