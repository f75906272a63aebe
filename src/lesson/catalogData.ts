/**
 * The course catalog as the course-catalog plugin wrote it at build time. Importing this
 * module bundles the chapter list into the importing page's chunk (not every page's).
 */
import chapterData from '@generated/course-catalog/default/chapters.json';
import type {ChapterEntry} from './catalog';

export const chapters = chapterData as ChapterEntry[];

/** The chapter whose folder holds the given source file ("@site/docs/01-transformer/…"). */
export function chapterOf(source: string): ChapterEntry | undefined {
  const folder = /docs\/([^/]+)\//.exec(source)?.[1];
  return chapters.find((c) => c.folder === folder);
}
