/**
 * The order of search results: the lessons that teach a term the query names first (./terms.ts),
 * then the full-text results (Pagefind's), where a 代码实践 page counts for less than a lesson
 * so that, for the same words, the lesson that explains the idea comes before the practice.
 * Pagefind tells practice pages by a filter (src/plugins/search), so the order is settled before
 * any result's fragment is fetched: only the results shown cost a download.
 */
import type {TermHit} from './terms';

/** A full-text result as Pagefind scores it, before its fragment is fetched. */
export interface Scored {
  id: string;
  score: number;
}

/** A full-text result with the fragment data of its page. */
export interface PageHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: the page's text, HTML-escaped, with <mark> around matched words. */
  excerpt: string;
  /** The best-matching section, if the match lies under a heading of the page. */
  section?: {title: string; url: string};
}

export interface Hit {
  kind: 'term' | 'page';
  href: string;
  title: string;
  /** Under the title: the section. */
  detail?: string;
  /** Page hits: Pagefind's marked excerpt. Term hits: the term taught there, unmarked. */
  excerpt: string;
}

/**
 * How much a 代码实践 page's score counts. Half: a practice page that uses a word far more than
 * the lesson (code comments, printed output) still ranks below it, and one that is the only good
 * match still ranks above unrelated lessons.
 */
export const PRACTICE_WEIGHT = 0.5;

/** Pagefind's results (best first) reordered with practice pages' scores weighed down. */
export function weighResults<T extends Scored>(results: readonly T[], practice: ReadonlySet<string>): T[] {
  return results
    .map((r, i) => ({r, i, score: r.score * (practice.has(r.id) ? PRACTICE_WEIGHT : 1)}))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({r}) => r);
}

const pagePart = (url: string) => url.replace(/[?#].*$/, '').replace(/\.html$/, '').replace(/\/$/, '');

/** Term hits first, then the pages in the order given (see weighResults), each page once. */
export function rankHits(terms: readonly TermHit[], pages: readonly PageHit[]): Hit[] {
  const taught = new Set(terms.map((t) => pagePart(t.href)));
  const termHits: Hit[] = terms.map((t) => ({
    kind: 'term',
    href: t.href,
    title: t.lessonTitle,
    detail: t.heading,
    excerpt: `讲解术语：${t.zh === t.en ? t.zh : `${t.zh} · ${t.en}`}`,
  }));
  const pageHits: Hit[] = pages
    .filter((p) => !taught.has(pagePart(p.url)))
    .map((p) => ({
      kind: 'page',
      href: p.section?.url ?? p.url,
      title: p.title,
      ...(p.section && p.section.title !== p.title && {detail: p.section.title}),
      excerpt: p.excerpt,
    }));
  return [...termHits, ...pageHits];
}

/**
 * An excerpt as text runs, each marked or not: rendered as React text, never as HTML. Pagefind
 * cuts excerpts at word boundaries, so one may begin with the punctuation that ended the
 * sentence before; that is dropped.
 */
export function excerptParts(excerpt: string): {text: string; marked: boolean}[] {
  const unescape = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&'})[e]!);
  const parts: {text: string; marked: boolean}[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({text: unescape(piece.replace(/<[^>]*>/g, '')), marked});
  }
  if (parts[0] && !parts[0].marked) parts[0].text = parts[0].text.replace(/^[\s，。、：；！？,.;:!?）)]+/, '');
  return parts.filter((p) => p.text);
}
