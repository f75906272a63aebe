/**
 * Where a docs file sits in the course, read from its path alone. No dependencies, so that both
 * the build (catalog) and the page header in the browser can use it.
 */

export type PageKind = 'chapter' | 'lesson' | 'practice' | 'page';

export interface PagePlace {
  kind: PageKind;
  folder?: string;
  chapterNumber?: number;
  number?: number;
}

const CHAPTER_DIR = /^docs\/((\d\d)-[a-z0-9-]+)\/(.*)$/;
const NUMBERED = /^(\d\d)-[a-z0-9-]+\.mdx?$/;

/** Where a source file sits in the course, read from its path alone. */
export function placeOf(source: string): PagePlace | {error: string} {
  const m = CHAPTER_DIR.exec(source.replace(/^@site\//, ''));
  if (!m) return {kind: 'page'};
  const [, folder, chapterNo, rest] = m;
  const chapterNumber = Number(chapterNo);
  if (/^index\.mdx?$/.test(rest)) return {kind: 'chapter', folder, chapterNumber};
  const practice = /^practice\/(.*)$/.exec(rest);
  const file = practice ? practice[1] : rest;
  const n = NUMBERED.exec(file);
  if (!n) return {error: `文件名应为两位序号加英文小写名，例如 04-attention.mdx`};
  return {kind: practice ? 'practice' : 'lesson', folder, chapterNumber, number: Number(n[1])};
}


const two = (n: number) => String(n).padStart(2, '0');

/**
 * The stable id a reader's progress is kept under: chapter and lesson number ("02-06"), or
 * chapter and practice number ("02-p02"). It survives a lesson's file or title being renamed;
 * other pages (chapter overviews, the contributing guide) have none.
 */
export function lessonId(place: PagePlace | {error: string}): string | undefined {
  if (!('kind' in place) || place.number === undefined || place.chapterNumber === undefined) return undefined;
  if (place.kind === 'lesson') return `${two(place.chapterNumber)}-${two(place.number)}`;
  if (place.kind === 'practice') return `${two(place.chapterNumber)}-p${two(place.number)}`;
  return undefined;
}

/** The shape of every id lessonId gives. */
export const LESSON_ID = /^\d\d-p?\d\d$/;
