/**
 * The course catalog as the course-catalog plugin wrote it at build time. Importing this
 * module bundles the chapter list into the importing page's chunk (not every page's).
 */
import chapterData from '@generated/course-catalog/default/chapters.json';
import type {ChapterEntry, LessonEntry} from './catalog';

export const chapters = chapterData as ChapterEntry[];

/** The chapter whose folder holds the given source file ("@site/docs/01-transformer/…"). */
export function chapterOf(source: string): ChapterEntry | undefined {
  const folder = /docs\/([^/]+)\//.exec(source)?.[1];
  return chapters.find((c) => c.folder === folder);
}

/** The progress ids of a chapter's pages: its lessons, then its practice pages. */
export function chapterIds(chapter: ChapterEntry): string[] {
  return [...chapter.lessons, ...chapter.practice].map((l) => l.id);
}

/** The lesson or practice page with the given progress id, if the course still has it. */
export function lessonById(id: string): LessonEntry | undefined {
  for (const c of chapters) {
    const found = [...c.lessons, ...c.practice].find((l) => l.id === id);
    if (found) return found;
  }
  return undefined;
}
