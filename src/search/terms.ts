/**
 * The glossary's part in search: every spelling of every term (Chinese, English, abbreviations,
 * aliases) points at the lesson and section that teach it, so a query naming a term lists that
 * lesson first whatever the full-text ranking says. Built at build time from the glossary's
 * cards (src/plugins/glossary), never written by hand; plain TS, shared by the build and the
 * browser.
 */

/** What the search box needs of one glossary entry: its card (src/glossary/mark.ts's Card) and heading. */
export interface TermSource {
  id: string;
  zh: string;
  en: string;
  spellings: string[];
  lessonTitle: string;
  /** The heading of the teaching section, as the lesson shows it. */
  heading: string;
  /** The teaching section, with the site's base URL: /base/docs/moe/switch-transformer#… */
  href: string;
}

/**
 * A term as the box lists it. Not its definition: the definitions were two thirds of the file
 * (26 of 41 KB compressed), which every first query downloads; the result leads to them.
 */
export interface TermHit {
  id: string;
  zh: string;
  en: string;
  lessonTitle: string;
  heading: string;
  href: string;
  /** The spelling with the fewest words (see fullTextQuery). */
  fewest: string;
}

/**
 * Each term once, and each normalized spelling → the positions of the terms spelled so (one,
 * except where two terms share an abbreviation). Each term once: a term has four spellings on
 * average, and its definition is most of its bytes.
 */
export interface TermIndex {
  terms: TermHit[];
  keys: Record<string, number[]>;
}

/**
 * One form for every way a reader types a term: case, width, spaces and hyphens do not count.
 * For example, these are one: KV cache, kv-cache and KVCache; PPO-ptx and ppo ptx; Bradley–Terry
 * and bradley-terry; and the Chinese term KV 缓存 typed with or without its space.
 */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—_·'’]+/g, '');
}

const segmenter = new Intl.Segmenter('zh', {granularity: 'word'});

/** Words as Pagefind splits a query (Intl.Segmenter): 均方根归一化 is six, RMSNorm one. */
export function wordCount(text: string): number {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
}

/** The first of the spellings with the fewest words. */
export function fewestWords(spellings: readonly string[]): string {
  return spellings.reduce((best, s) => (wordCount(s) < wordCount(best) ? s : best));
}

/**
 * What to ask the full-text index for a query. For a term, the spelling with the fewest words,
 * if it has fewer than the query: Pagefind fetches an index chunk (about 35 KB) for each word,
 * and splits many Chinese terms into single characters (均方根归一化 → six chunks, over 200 KB),
 * each of which also matches pages that merely contain the character.
 */
export function fullTextQuery(query: string, terms: readonly TermHit[]): string {
  const best = terms[0]?.fewest;
  return best && wordCount(best) < wordCount(query) ? best : query;
}

export function termIndex(cards: Iterable<TermSource>): TermIndex {
  const index: TermIndex = {terms: [], keys: {}};
  for (const card of cards) {
    const at = index.terms.push({id: card.id, zh: card.zh, en: card.en, lessonTitle: card.lessonTitle, heading: card.heading, href: card.href, fewest: fewestWords(card.spellings)}) - 1;
    for (const key of new Set(card.spellings.map(normalizeQuery))) {
      if (key) (index.keys[key] ??= []).push(at);
    }
  }
  return index;
}

/** The terms a query names, whole: 容量因子 and capacity factor name one, 容量 names none. */
export function termHitsFor(query: string, index: TermIndex): TermHit[] {
  const key = normalizeQuery(query);
  // Own keys only: a query such as "constructor" must not find Object's.
  return Object.hasOwn(index.keys, key) ? index.keys[key].map((i) => index.terms[i]) : [];
}
