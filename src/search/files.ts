/**
 * Where the search index lives in the built site, for the plugin that writes it
 * (src/plugins/search), the box that reads it, the offline copy and the build checks.
 */

/** Pagefind's bundle: its script, its WebAssembly, and the index split into small files. */
export const PAGEFIND_DIR = 'pagefind';
/** Written last, once the index is complete: the glossary's spellings (./terms.ts). */
export const TERMS_FILE = 'search-terms.json';
/** What the box fetches before its first answer, besides index chunks and page fragments. */
export const PAGEFIND_ENTRY = `${PAGEFIND_DIR}/pagefind-entry.json`;
export const PAGEFIND_SCRIPT = `${PAGEFIND_DIR}/pagefind.js`;
/** Pagefind's filter telling a 代码实践 page (value "practice") from a lesson or overview. */
export const KIND_FILTER = 'kind';
