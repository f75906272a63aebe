/**
 * Marks the first occurrence of each glossary term in a page's prose: the text becomes a
 * <GlossaryTerm> element that carries its card (names, definition, where it is taught), so the
 * page needs no glossary data at run time.
 */
import type {Root, RootContent, Text} from 'mdast';
import {Matcher} from './matcher';
import {proseTexts} from './prose';

export const COMPONENT = 'GlossaryTerm';

/** What a term's card shows, as the glossary plugin resolved it. */
export interface Card {
  id: string;
  zh: string;
  en: string;
  spellings: string[];
  /** Phrases not to take for the term (see `notIn` in ./schema.ts). */
  notIn?: string[];
  definition: string;
  /** Title of the lesson that teaches the term. */
  lessonTitle: string;
  /** Permalink of that lesson with the heading's anchor. */
  href: string;
  /** Set when the term is marked only in this chapter's pages ("01-transformer"). */
  onlyIn?: string;
}

function termElement(card: Card, text: string): RootContent {
  const attributes = {id: card.id, zh: card.zh, en: card.en, definition: card.definition, lesson: card.lessonTitle, href: card.href};
  return {
    type: 'mdxJsxTextElement',
    name: COMPONENT,
    attributes: Object.entries(attributes).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
    children: [{type: 'text', value: text}],
  } as RootContent;
}

/**
 * Replaces the first prose occurrence of every term not in `skip` with its element, on a page of
 * `chapter`. Returns the ids marked, in reading order. A later occurrence of a term still covers
 * its text: in a second 多头注意力 the term 注意力 is not found again.
 */
export function markTerms(tree: Root, cards: ReadonlyMap<string, Card>, chapter: string, skip: ReadonlySet<string> = new Set()): string[] {
  const terms = [...cards.values()].filter((c) => !c.onlyIn || c.onlyIn === chapter);
  const matcher = new Matcher(terms.map(({id, spellings, notIn}) => ({id, spellings, blocks: notIn})));
  const seen = new Set(skip);
  const marked: string[] = [];
  for (const {node, parent} of proseTexts(tree)) {
    const text = node.value;
    const pieces: RootContent[] = [];
    let cursor = 0;
    for (let m = matcher.next(text); m; m = matcher.next(text, m.end)) {
      if (m.block || seen.has(m.id)) continue;
      if (m.start > cursor) pieces.push({type: 'text', value: text.slice(cursor, m.start)});
      pieces.push(termElement(cards.get(m.id)!, text.slice(m.start, m.end)));
      cursor = m.end;
      seen.add(m.id);
      marked.push(m.id);
    }
    if (pieces.length === 0) continue;
    if (cursor < text.length) pieces.push({type: 'text', value: text.slice(cursor)} as Text);
    const children = parent.children as RootContent[];
    children.splice(children.indexOf(node), 1, ...pieces);
  }
  return marked;
}
