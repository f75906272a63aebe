/**
 * Puts a print-only line after every interactive widget of a page: every JSX element whose
 * component the page imports from src/widgets/. On paper (the browser's print and the course
 * PDFs) a widget shows only the state it starts in; the line says so and gives the page's
 * address, where the reader can change its inputs. Done here rather than in each widget, so a
 * new widget gets the line without remembering to.
 */
import {SKIP, visit} from 'unist-util-visit';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';

export const COMPONENT = 'WidgetPrintNote';
const WIDGETS = /^@site\/src\/widgets\//;

/** Local names the page binds to imports from src/widgets/. */
function widgetNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || !WIDGETS.test(String(statement.source.value))) continue;
      for (const s of statement.specifiers) names.add(s.local.name);
    }
  });
  return names;
}

export default function remarkWidgetPrintNote() {
  return (tree: Root) => {
    const names = widgetNames(tree);
    if (names.size === 0) return;
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, index, parent) => {
      if (!node.name || !names.has(node.name) || !parent || index === undefined) return undefined;
      const note: MdxJsxFlowElement = {type: 'mdxJsxFlowElement', name: COMPONENT, attributes: [], children: []};
      parent.children.splice(index + 1, 0, note);
      return [SKIP, index + 2];
    });
  };
}
