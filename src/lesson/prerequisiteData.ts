/**
 * Each page's prerequisites as links, as the course-catalog plugin wrote them at build time.
 * Imported by the lesson header, so it is kept to titles and links (a few KB for the course).
 */
import data from '@generated/course-catalog/default/prerequisites.json';
import type {PageLink} from './prerequisites';

const links = data as Record<string, PageLink[]>;

/** The prerequisites of the page with this key, in the order its front matter lists them. */
export function prerequisitesOf(key: string): PageLink[] {
  return links[key] ?? [];
}
