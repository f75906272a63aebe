// Whether the search index holds the whole text of a page: the built-site check compares the text
// Pagefind kept for each page with the text an HTML parser finds there. Pagefind's own reader
// closes no element implicitly, while the minifier drops end tags that HTML lets it drop: an
// excluded <p> (a print-only line) left open before a paragraph hid everything after it, and 25
// lessons were once searchable by their titles only. Comparing with a spec-conforming parse
// catches that, and any other way text can fall out of the index, wherever it happens on a page.
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';

/**
 * A page's fragment as Pagefind 1.6 writes it: gzip of "pagefind_dcd" and the JSON of the page
 * (url, content, …). The format is Pagefind's own, not an interface: check it on an upgrade.
 */
export function readFragment(bytes) {
  return JSON.parse(zlib.gunzipSync(bytes).toString().replace(/^pagefind_dcd/, ''));
}

/** What Pagefind never indexes: code and styles, SVG (a diagram's labels too) and form controls. */
const NEVER_INDEXED = ['script', 'style', 'noscript', 'template', 'svg', 'select'];

/** Characters of text, not counting white space (nor the zero-width spaces of the typography). */
const letters = (text) => text.replace(/[\s\u200b]/g, '').length;

/**
 * The characters of text the index should hold for `html`: its first `rootSelector` element,
 * without what `excludeSelectors` name, as an HTML parser reads it.
 */
export function expectedChars(html, {rootSelector, excludeSelectors}) {
  const $ = cheerio.load(html);
  const root = $(rootSelector).first();
  root.find([...excludeSelectors, ...NEVER_INDEXED].join(',')).remove();
  return letters(root.text());
}

/**
 * The least share of a page's text the index must hold. Pages measured at 94–100% (the 6% is a
 * page whose filter menu Pagefind reads differently); a lost paragraph costs more than that on
 * all but the longest lessons, and the print-only line hid whole lessons.
 */
export const MIN_SHARE = 0.9;

/** A message naming the page if its indexed text falls short of its HTML text, else null. */
export function coverageProblem(fragment, html, options) {
  const indexed = letters(fragment.content);
  const expected = expectedChars(html, options);
  if (indexed >= MIN_SHARE * expected) return null;
  return (
    `${fragment.url}: 搜索索引只收录了正文 ${expected} 个字符中的 ${indexed} 个（${Math.round((100 * indexed) / expected)}%，` +
    `至少应为 ${MIN_SHARE * 100}%）：排除规则之外的正文没有进入索引，常见原因是被排除的元素（如 print-only 的 <p>）没有闭合`
  );
}
