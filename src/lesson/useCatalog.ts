import {usePluginData} from '@docusaurus/useGlobalData';
import type {Catalog, ChapterEntry} from './catalog';

/** The course catalog published by the course-catalog plugin. */
export function useCatalog(): Catalog {
  return usePluginData('course-catalog') as Catalog;
}

/** The chapter whose folder holds the given source file ("@site/docs/01-transformer/…"). */
export function useChapterOf(source: string): ChapterEntry | undefined {
  const folder = /docs\/([^/]+)\//.exec(source)?.[1];
  return useCatalog().chapters.find((c) => c.folder === folder);
}
