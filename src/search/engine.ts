/**
 * The search engine in the browser: Pagefind's script, fetched from the built site the first
 * time the reader reaches for a search box, plus the glossary's spellings. Nothing loads before
 * that; pages that are never searched pay nothing.
 */
import {rankHits, weighResults, type Hit, type PageHit} from './rank';
import {fullTextQuery, termHitsFor, type TermIndex} from './terms';
import {KIND_FILTER, PAGEFIND_SCRIPT, TERMS_FILE} from './files';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{url: string; excerpt: string; meta: {title?: string}; sub_results?: {title: string; url: string; excerpt: string}[]}>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: {filters: Record<string, string>}): Promise<{results: PagefindResult[]} | null>;
}

export interface Engine {
  search(query: string, limit: number): Promise<Hit[]>;
}

/** Headings end with Docusaurus's zero-width anchor mark; Pagefind keeps it in their titles. */
const clean = (text: string) => text.replace(/\u200b/g, '').trim();

let loading: Promise<Engine> | undefined;

export function loadEngine(baseUrl: string): Promise<Engine> {
  loading ??= start(baseUrl).catch((error: unknown) => {
    // A failed load (offline, not saved) is tried again on the next query.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function start(baseUrl: string): Promise<Engine> {
  const [pagefind, terms] = await Promise.all([
    // Not bundled: Pagefind's script is written by the build into the site (src/plugins/search).
    import(/* webpackIgnore: true */ `${baseUrl}${PAGEFIND_SCRIPT}`) as Promise<Pagefind>,
    fetch(`${baseUrl}${TERMS_FILE}`).then((r) => {
      if (!r.ok) throw new Error(`${TERMS_FILE}: ${r.status}`);
      return r.json() as Promise<TermIndex>;
    }),
  ]);
  // Pagefind's result URLs are site paths (/docs/…); this puts the base URL in front.
  await pagefind.options({baseUrl, excerptLength: 24});
  await pagefind.init();
  return {
    async search(query, limit) {
      const named = termHitsFor(query, terms);
      const text = fullTextQuery(query, named);
      // The second search only reads the filter's small index: which results are practice pages.
      const [found, practice] = await Promise.all([pagefind.search(text), pagefind.search(text, {filters: {[KIND_FILTER]: 'practice'}})]);
      const practiceIds = new Set((practice?.results ?? []).map((r) => r.id));
      const top = weighResults(found?.results ?? [], practiceIds).slice(0, limit);
      const pages: PageHit[] = await Promise.all(
        top.map(async (r) => {
          const d = await r.data();
          // Pagefind lists the page's sections best first; the first is the page itself when the
          // match lies before any heading.
          const best = d.sub_results?.[0];
          const section = best && best.url !== d.url ? best : undefined;
          return {
            url: d.url,
            title: clean(d.meta.title ?? d.url),
            excerpt: section?.excerpt ?? d.excerpt,
            ...(section && {section: {title: clean(section.title), url: section.url}}),
          };
        }),
      );
      return rankHits(named, pages).slice(0, limit);
    },
  };
}
