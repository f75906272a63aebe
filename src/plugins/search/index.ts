/**
 * The site's search index, made after the build: Pagefind indexes the built lessons into
 * build/pagefind/ (its index is split into small chunks, so a query fetches only the few it
 * needs), and the glossary's spellings go to build/search-terms.json so that a query naming a
 * term lists the lesson that teaches it first (src/search/terms.ts). The box is
 * src/components/SiteSearch; bench/search/README.md says why Pagefind.
 *
 * It runs in postBuild, alongside the plugin that writes each page's Content-Security-Policy
 * (src/plugins/csp). That one reads and rewrites every page in one synchronous pass, so this one
 * reads the pages in one synchronous pass too, before anything else: it sees each page whole,
 * before or after its policy (which indexing ignores), never half-written. The offline plugin
 * waits for TERMS_FILE, written last.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {CARD_CLASS} from '../../glossary/anchors';
import {cardsFile} from '../glossary';
import {glossarySources} from '../../data/glossary';
import type {GlossaryEntry} from '../../glossary/schema';
import {termIndex, type TermSource} from '../../search/terms';
import {KIND_FILTER, PAGEFIND_DIR, TERMS_FILE} from '../../search/files';
import {withDiagramWords} from './diagram-words';

/** Where a page's own text is: the sidebar, navbar and footer lie outside it. */
export const ROOT_SELECTOR = 'main';

/**
 * What is not prose of the page: rendered formulas and code would flood the index with symbols
 * and identifiers; a diagram's words are indexed once, from the attribute its light variant is
 * given for the index (Pagefind reads no SVG: ./diagram-words.ts); glossary cards
 * would add the same definitions to every page; print-only lines repeat the page's addresses;
 * breadcrumbs, the table of contents, the footer, the links to the neighbouring pages and to
 * the prerequisites repeat other pages' titles, which made every page match them; the lecture
 * player and the code downloads are the same words on every lesson or practice page (selected by
 * their labels: their classes are hashed).
 */
export const EXCLUDE_SELECTORS = [
  '.katex',
  'pre',
  '.theme-code-block',
  '[data-mermaid-svg="dark"]',
  `.${CARD_CLASS}`,
  '.print-only',
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.pagination-nav',
  'nav[aria-label="先修课程"]',
  'section[aria-label="讲座视频"]',
  'section[aria-label="下载本页代码"]',
];

/**
 * The pages searched: the course, not its tag lists. Not the glossary page: its terms are
 * searched through TERMS_FILE, which leads to the lessons; indexed as a page, it matched every
 * term query and its fragment (the largest, 58 KB) was fetched with nearly every first query.
 */
export function isSearched(file: string): boolean {
  return file.startsWith('docs/') && !/^docs\/tags(\/|\.html$)/.test(file);
}

/**
 * A page as Pagefind reads it: its diagrams with their words (./diagram-words.ts), and a 代码实践
 * page marked with the filter that ranks it lower (src/search/rank.ts).
 */
export function forIndex(file: string, built: string): string {
  const html = withDiagramWords(file, built);
  if (!/(^|\/)practice\//.test(file)) return html;
  return html.replace(/<main\b[^>]*>/, (main) => `${main}<span data-pagefind-filter="${KIND_FILTER}:practice" hidden></span>`);
}

/** Pagefind's other front ends, which the site's own box does not use. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

function htmlFiles(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p, root);
    return e.name.endsWith('.html') ? [path.relative(root, p).split(path.sep).join('/')] : [];
  });
}

export default function search(context: LoadContext): Plugin {
  return {
    name: 'search',
    async postBuild({outDir}) {
      // Synchronously, before the first await (see the comment at the top).
      const pages = htmlFiles(outDir)
        .filter(isSearched)
        .map((file) => ({url: '/' + file.replace(/\.html$/, ''), content: forIndex(file, fs.readFileSync(path.join(outDir, file), 'utf8'))}));
      // The cards as the glossary plugin resolved them (lesson title, link), with each entry's heading.
      const headings = new Map(glossarySources.flatMap((s) => s.entries as GlossaryEntry[]).map((e) => [e.id, e.heading]));
      const cards = Object.values(JSON.parse(fs.readFileSync(cardsFile(context.siteDir), 'utf8')) as Record<string, Omit<TermSource, 'heading'>>).map(
        (card): TermSource => ({...card, heading: headings.get(card.id) ?? ''}),
      );

      // By file: Pagefind exports only an `import` entry, which the loader Docusaurus runs
      // plugins with (jiti, that turns imports into requires) cannot resolve by package name.
      const pagefind = (await import(path.join(context.siteDir, 'node_modules/pagefind/lib/index.js'))) as typeof import('pagefind');
      try {
        const {index, errors} = await pagefind.createIndex({rootSelector: ROOT_SELECTOR, excludeSelectors: EXCLUDE_SELECTORS});
        if (!index) throw new Error(`search: Pagefind did not start: ${errors.join('; ')}`);
        for (const page of pages) {
          const added = await index.addHTMLFile(page);
          if (added.errors.length) throw new Error(`search: Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
        }
        const out = path.join(outDir, PAGEFIND_DIR);
        const written = await index.writeFiles({outputPath: out});
        if (written.errors.length) throw new Error(`search: Pagefind could not write ${out}: ${written.errors.join('; ')}`);
        for (const file of fs.readdirSync(out)) if (UNUSED.test(file)) fs.rmSync(path.join(out, file));
      } finally {
        await pagefind.close();
      }
      fs.writeFileSync(path.join(outDir, TERMS_FILE), JSON.stringify(termIndex(cards)));
    },
  };
}
