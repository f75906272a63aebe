/**
 * The glossary page's data, computed at build time: entries grouped by the chapter that teaches
 * them (in lesson order), plus the pinyin and A–Z orders with the letter each entry is filed
 * under, so the browser sorts nothing and needs no collation data.
 */
import {englishOrder, letterOf, pinyinOrder} from './order';
import {spellingsOf} from './schema';
import type {ResolvedEntry} from './validate';

export interface PageEntry {
  id: string;
  zh: string;
  en: string;
  abbr: string[];
  /** Other spellings that are not just the names in another case. */
  aliases: string[];
  definition: string;
  chapter: string;
  lessonTitle: string;
  href: string;
  heading: string;
  related: {id: string; zh: string}[];
  /** Letter in the pinyin order and in the A–Z order. */
  zhLetter: string;
  enLetter: string;
}

export interface PageChapter {
  folder: string;
  title: string;
  permalink: string;
}

export interface GlossaryPageData {
  chapters: PageChapter[];
  /** By chapter, then by lesson, then in data order. */
  entries: PageEntry[];
  /** Ids in pinyin order of the Chinese names, and in A–Z order of the English names. */
  pinyin: string[];
  english: string[];
}

export function pageData(entries: readonly ResolvedEntry[], chapters: readonly PageChapter[]): GlossaryPageData {
  const zhOf = new Map(entries.map((e) => [e.id, e.zh]));
  const byLesson = [...entries].sort((a, b) => a.lesson.localeCompare(b.lesson));
  return {
    // Every chapter, even one without terms yet: its overview links to its section.
    chapters: [...chapters].sort((a, b) => a.folder.localeCompare(b.folder)),
    entries: byLesson.map((e) => {
      const names = new Set([e.zh, e.en, ...(e.abbr ?? [])].map((s) => s.toLowerCase()));
      return {
        id: e.id,
        zh: e.zh,
        en: e.en,
        abbr: e.abbr ?? [],
        aliases: spellingsOf(e).filter((s) => !names.has(s.toLowerCase())),
        definition: e.definition,
        chapter: e.chapter,
        lessonTitle: e.lessonTitle,
        href: e.href,
        heading: e.heading,
        related: (e.related ?? []).map((id) => ({id, zh: zhOf.get(id) ?? id})),
        zhLetter: letterOf(e.sortAs ?? e.zh),
        enLetter: letterOf(e.en),
      };
    }),
    pinyin: pinyinOrder(entries),
    english: englishOrder(entries),
  };
}
