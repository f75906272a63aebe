/**
 * The course outline's model (the data is src/data/course-outline.ts): its schema, and the rule
 * that ties a page to it. A lecture lesson's title, video and slides must be exactly the
 * outline's for its chapter and number; a 代码实践 page must be one the outline promises. Plain
 * TypeScript, shared by the build (course catalog), the quick page check and the unit tests.
 */
import * as z from 'zod';

import {BVID} from './ids';
import type {PagePlace} from './place';

const twoDigits = z.string().regex(/^\d\d$/, {message: '应为两位序号，如 "04"'});

/** The course's official documentation site, the only publisher of the slides the outline lists. */
export const SLIDES_ORIGIN = 'https://infrasys-ai.github.io/';

const outlineLesson = z
  .object({
    number: twoDigits,
    title: z.string().min(2),
    bilibili: z.string().regex(BVID, {message: '不是 B 站视频号'}).optional(),
    /** Slides published on the official site (a PDF); absent where none are published. */
    slides: z
      .string()
      .refine((u) => u.startsWith(SLIDES_ORIGIN) && u.endsWith('.pdf'), {message: `应为 ${SLIDES_ORIGIN} 上的 PDF`})
      .optional(),
    /** The month a release lecture refers to (chapter 08). */
    date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {message: '格式应为 YYYY-MM'}).optional(),
  })
  .strict();

const outlineChapter = z
  .object({
    number: twoDigits,
    folder: z.string().regex(/^\d\d-[a-z0-9-]+$/, {message: '应为两位序号加英文小写名'}),
    title: z.string().min(2),
    lessons: z.array(outlineLesson).min(1),
    practice: z.array(z.object({number: twoDigits, title: z.string().min(2)}).strict()),
  })
  .strict();

export const outlineSchema = z.array(outlineChapter).min(1);

export type OutlineLesson = z.infer<typeof outlineLesson>;
export type OutlineChapter = z.infer<typeof outlineChapter>;
export type CourseOutline = z.infer<typeof outlineSchema>;

const nn = (n: number) => String(n).padStart(2, '0');

/**
 * Problems of the outline data itself: the schema, then the rules across entries (numbers in
 * order without gaps, folders named after their number, a video for one lesson only).
 */
export function outlineProblems(outline: unknown, where = 'src/data/course-outline.ts'): string[] {
  const parsed = outlineSchema.safeParse(outline);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${where}: ${i.path.join('.') || '(outline)'}: ${i.message}`);
  }
  const problems: string[] = [];
  const videos = new Map<string, string>();
  parsed.data.forEach((chapter, c) => {
    const at = `${where}: 第 ${chapter.number} 章`;
    if (chapter.number !== nn(c + 1)) problems.push(`${at}: 章节序号应为 ${nn(c + 1)}`);
    if (!chapter.folder.startsWith(`${chapter.number}-`)) problems.push(`${at}: folder ${chapter.folder} 应以 ${chapter.number}- 开头`);
    for (const [kind, list] of [['小节', chapter.lessons], ['代码实践', chapter.practice]] as const) {
      list.forEach((entry, i) => {
        if (entry.number !== nn(i + 1)) problems.push(`${at}: ${kind} ${entry.number} 的序号应为 ${nn(i + 1)}`);
      });
    }
    for (const lesson of chapter.lessons) {
      if (!lesson.bilibili) continue;
      const owner = videos.get(lesson.bilibili);
      if (owner) problems.push(`${where}: ${chapter.number}-${lesson.number}: bilibili: ${lesson.bilibili} 已属于 ${owner}`);
      else videos.set(lesson.bilibili, `${chapter.number}-${lesson.number}`);
    }
  });
  return problems;
}

/** The outline's chapter for a page's place, and its row for the page's number if it has one. */
export function outlineEntry(outline: CourseOutline, place: PagePlace) {
  const chapter = outline.find((c) => c.folder === place.folder);
  if (!chapter || place.number === undefined) return {chapter};
  const list = place.kind === 'practice' ? chapter.practice : chapter.lessons;
  return {chapter, entry: list.find((e) => e.number === nn(place.number!))};
}

/**
 * Problems of one page against the outline, each naming the file and the field: a chapter
 * folder the outline does not have, a lesson or 代码实践 number it does not list, a title that is
 * not the outline's, a lesson's video that is not its row's (or a video where the row has none),
 * and slides that are not the row's (missing where the row has them, or present where it has none).
 */
export function pageAgainstOutline(
  outline: CourseOutline,
  source: string,
  place: PagePlace,
  frontMatter: {title?: string; bilibili?: string; slides?: string},
): string[] {
  if (place.kind === 'page') return [];
  const {chapter, entry} = outlineEntry(outline, place);
  if (!chapter) return [`${source}: 课程大纲没有章节文件夹 docs/${place.folder}`];
  if (place.kind === 'chapter') return [];
  if (!entry) {
    const kind = place.kind === 'practice' ? '代码实践' : '小节';
    return [`${source}: 课程大纲第 ${chapter.number} 章没有第 ${nn(place.number!)} 个${kind}`];
  }
  const problems: string[] = [];
  if (frontMatter.title !== entry.title) {
    problems.push(`${source}: title: 应为大纲中的“${entry.title}”，实际为“${frontMatter.title}”`);
  }
  if (place.kind === 'practice') return problems;
  const row = entry as OutlineLesson;
  if (frontMatter.bilibili !== row.bilibili) {
    problems.push(
      row.bilibili
        ? `${source}: bilibili: 应为大纲中的 ${row.bilibili}，实际为 ${frontMatter.bilibili ?? '（无）'}`
        : `${source}: bilibili: 大纲中本节没有视频，不应写 ${frontMatter.bilibili}`,
    );
  }
  if (frontMatter.slides !== row.slides) {
    problems.push(
      !row.slides
        ? `${source}: slides: 大纲中本节没有课件，不应写 ${frontMatter.slides}`
        : frontMatter.slides === undefined
          ? `${source}: slides: 大纲中本节有课件，应写 slides: ${row.slides}`
          : `${source}: slides: 应为大纲中的 ${row.slides}，实际为 ${frontMatter.slides}`,
    );
  }
  return problems;
}
