/** How the glossary page lists its entries: by chapter, by pinyin or A–Z. */
import type {GlossaryPageData, PageEntry} from '../../glossary/page-data';
import {chapterAnchor} from '../../glossary/anchors';

export type Order = 'chapter' | 'pinyin' | 'english';

export interface Group {
  key: string;
  title: string;
  /** Short name in the page's index ("第 1 章", "A"). */
  label: string;
  /** Anchor of the group's heading; chapter overviews link to theirs. */
  anchor: string;
  /** The chapter overview (chapters only). */
  permalink?: string;
  entries: PageEntry[];
}

function byLetter(data: GlossaryPageData, ids: string[], letter: (e: PageEntry) => string): Group[] {
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  const groups: Group[] = [];
  for (const id of ids) {
    const entry = byId.get(id)!;
    const key = letter(entry);
    // Upper case: entry ids are lower case, so the two never clash.
    if (groups.at(-1)?.key !== key) groups.push({key, title: key, label: key, anchor: `letter-${key === '#' ? 'other' : key}`, entries: []});
    groups.at(-1)!.entries.push(entry);
  }
  return groups;
}

export function groupEntries(data: GlossaryPageData, order: Order): Group[] {
  if (order === 'pinyin') return byLetter(data, data.pinyin, (e) => e.zhLetter);
  if (order === 'english') return byLetter(data, data.english, (e) => e.enLetter);
  return data.chapters.map((c) => ({
    key: c.folder,
    title: `第 ${Number(c.folder.slice(0, 2))} 章 · ${c.title}`,
    label: `第 ${Number(c.folder.slice(0, 2))} 章`,
    anchor: chapterAnchor(c.folder),
    permalink: c.permalink,
    entries: data.entries.filter((e) => e.chapter === c.folder),
  }));
}
