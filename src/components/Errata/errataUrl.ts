/**
 * Builds the "report an erratum" link: a new issue on the site's repository through the errata
 * issue form (.github/ISSUE_TEMPLATE/errata.yml), its fields filled in from the page.
 */

/** Longest quoted selection, in characters; GitHub rejects URLs much past 8 KB. */
export const MAX_QUOTE = 500;

export interface ErrataInput {
  /** "owner/name" of the site's repository. */
  repo: string;
  pageTitle: string;
  pageUrl: string;
  /** Source file in the repository, e.g. "docs/01-transformer/04-attention.mdx". */
  sourcePath: string;
  /** Text the reader selected on the page, if any. */
  selection?: string;
}

/** Collapses white space and cuts to `max` characters (never inside a surrogate pair). */
export function quoteOf(selection: string | undefined, max = MAX_QUOTE): string {
  const text = (selection ?? '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

// The issue form's field ids (errata.yml) each value is filled into.
const FIELDS = {page: 'page', source: 'source', quote: 'quote'} as const;

export function errataIssueUrl({repo, pageTitle, pageUrl, sourcePath, selection}: ErrataInput): string {
  const params: [string, string][] = [
    ['template', 'errata.yml'],
    ['title', `[勘误] ${pageTitle}`],
    [FIELDS.page, pageUrl],
    [FIELDS.source, sourcePath],
  ];
  const quote = quoteOf(selection);
  if (quote) params.push([FIELDS.quote, quote]);
  // encodeURIComponent rather than URLSearchParams: GitHub shows "+" literally in form fields.
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `https://github.com/${repo}/issues/new?${query}`;
}
