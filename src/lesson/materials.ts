/**
 * A lecture lesson's materials as its header shows them: the Bilibili lecture, a way to it on
 * YouTube, and the slides. Derived from front matter alone (already validated by the schema and
 * the outline), so a real YouTube id added to a page later turns its search link into a second
 * source for the player without touching a component. The catalog keeps only the front-matter
 * facts (id, slides): the search link is for the lesson's own page, and the home page and the
 * lesson tables, which bundle the catalog, need none.
 */
import {videoPageUrl} from '../data/channels';

/**
 * How a lesson reaches YouTube: its own video when the page names the id, else the lecture
 * channel's search for the lesson's title. An id is never guessed.
 */
export type YoutubeLink = {kind: 'video'; id: string} | {kind: 'search'; url: string};

export interface LectureMaterials {
  bilibili?: string;
  /** Only for a lesson with a lecture: without one there is nothing to search for. */
  youtube?: YoutubeLink;
  /** The slides PDF the course's official site publishes for this lesson. */
  slides?: string;
}

export interface MaterialsFrontMatter {
  bilibili?: string;
  youtube?: string;
  slides?: string;
}

export function lectureMaterials(title: string, fm: MaterialsFrontMatter): LectureMaterials {
  const youtube: YoutubeLink | undefined = fm.youtube
    ? {kind: 'video', id: fm.youtube}
    : fm.bilibili
      ? {kind: 'search', url: videoPageUrl.youtubeSearch(title)}
      : undefined;
  return {bilibili: fm.bilibili, youtube, slides: fm.slides};
}
