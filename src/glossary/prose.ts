/**
 * The prose of a lesson in its Markdown tree: the text a reader reads as sentences. Headings,
 * code, formulas, links, raw HTML and MDX components are not prose (nor is the reference list),
 * except the MDX containers whose children are Markdown again (collapsible answers, admonitions).
 */
import type {Parent, Root, RootContent, Text} from 'mdast';

/** MDX elements whose content is Markdown prose. */
const PROSE_CONTAINERS = new Set(['details', 'admonition']);

/** Nodes whose text is not prose, and everything inside them. */
const NOT_PROSE = new Set([
  'heading',
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'link',
  'linkReference',
  'definition',
  'footnoteDefinition',
  'html',
  'yaml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** The heading after which a lesson lists its sources. */
export const REFERENCES_HEADING = '参考文献';

export interface ProseText {
  node: Text;
  parent: Parent;
}

function headingText(node: RootContent): string {
  return 'children' in node ? node.children.map((c) => ('value' in c ? c.value : headingText(c))).join('') : '';
}

function isProseContainer(node: RootContent): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && PROSE_CONTAINERS.has(node.name ?? '');
}

function isProse(node: RootContent): boolean {
  if (NOT_PROSE.has(node.type)) return false;
  return !node.type.startsWith('mdxJsx') || isProseContainer(node);
}

/** The prose text nodes of a page, in reading order, up to its reference list. */
export function proseTexts(tree: Root): ProseText[] {
  const out: ProseText[] = [];
  const visit = (node: RootContent, parent: Parent) => {
    if (node.type === 'text') out.push({node, parent});
    else if (isProse(node) && 'children' in node) for (const child of node.children) visit(child, node);
  };
  for (const child of tree.children) {
    if (child.type === 'heading' && headingText(child).trim() === REFERENCES_HEADING) break;
    visit(child, tree);
  }
  return out;
}
