/**
 * A diagram's words for the search index. Pagefind reads no SVG at all, neither <text> nor the
 * HTML labels Mermaid puts in <foreignObject>, nor <title>/<desc>; so before a page is indexed,
 * the light variant of each diagram (src/components/MermaidSvg) gets its words in an attribute
 * that Pagefind is told to index. Done here, on the copy Pagefind reads, rather than in the
 * built page: the reader's HTML and the page's script do not carry the words a second time.
 */
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const classOf = (node: Node) => ('attrs' in node ? (node.attrs.find((a) => a.name === 'class')?.value ?? '') : '');

/**
 * The words a diagram shows, once each: its title and description, then the labels of its
 * nodes in drawing order, then the labels of its edges. Mermaid draws the edge labels first;
 * they come last here because a search result's excerpt is cut from the start of these words,
 * and "Q K V 注意力" reads better there than "是 否 缩放". The <style> is not words.
 */
export function diagramText(svg: string): string {
  const words: string[] = [];
  const edgeWords: string[] = [];
  const collect = (node: Node, into: string[]) => {
    if (node.nodeName === '#text') into.push(...(node as DefaultTreeAdapterMap['textNode']).value.split(/\s+/).filter(Boolean));
    else if (node.nodeName !== 'style' && 'childNodes' in node) {
      const target = /(^|\s)edgeLabels(\s|$)/.test(classOf(node)) ? edgeWords : into;
      node.childNodes.forEach((child) => collect(child, target));
    }
  };
  collect(parseFragment(svg), words);
  return [...new Set([...words, ...edgeWords])].join(' ');
}

/**
 * The start tag of a diagram's light variant, as MermaidSvg writes it (its SVG follows directly)
 * and as the minifier leaves it, with the quotes of its attributes dropped where it can.
 */
const LIGHT_VARIANT = /<div\b[^>]*\sdata-mermaid-svg=(?:"light"|light(?=[\s>]))[^>]*>/g;

const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The end of the <svg> element that starts at `from` in `html` (nested ones counted), or -1.
 * In HTML text and attribute values "<" is escaped, so every "<svg" and "</svg>" here is a tag.
 */
function svgEnd(html: string, from: number): number {
  const tags = /<svg\b|<\/svg>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * `html` (the built page `file`) with each diagram's light variant carrying the diagram's words
 * in `data-diagram-text`, which `data-pagefind-index-attrs` asks Pagefind to index. The dark
 * variant, the same words again, is excluded from the index (./index.ts: EXCLUDE_SELECTORS).
 */
export function withDiagramWords(file: string, html: string): string {
  return html.replace(LIGHT_VARIANT, (tag, offset: number) => {
    const start = offset + tag.length;
    const end = html.startsWith('<svg', start) ? svgEnd(html, start) : -1;
    if (end < 0) throw new Error(`search: ${file}: a diagram's light variant is not followed by its <svg> (src/components/MermaidSvg changed?)`);
    const words = escapeAttribute(diagramText(html.slice(start, end)));
    return `${tag.slice(0, -1)} data-pagefind-index-attrs="data-diagram-text" data-diagram-text="${words}">`;
  });
}
