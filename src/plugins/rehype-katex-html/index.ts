/**
 * Hands each rendered formula to React as one HTML string instead of a tree of elements.
 *
 * rehype-katex turns a formula into dozens of nested spans; MDX compiles each of them into a
 * JSX call, so a math-heavy lesson ships and hydrates tens of thousands of elements (seconds of
 * main-thread work on a phone). Replaced by <KatexHtml tag class html/>, a formula costs one
 * element, and React leaves the pre-rendered markup untouched when it hydrates.
 */
import {toHtml} from 'hast-util-to-html';
import {SKIP, visit} from 'unist-util-visit';
import type {Element, Root} from 'hast';
import {mdxJsxElement} from '../mdx-jsx';

export const COMPONENT = 'KatexHtml';

const isFormula = (node: Element) => {
  const cls = node.properties?.className;
  return Array.isArray(cls) && (cls.includes('katex-display') || cls.includes('katex'));
};

export default function rehypeKatexHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!isFormula(node) || !parent || index === undefined) return;
      const display = (node.properties.className as string[]).includes('katex-display');
      parent.children[index] = mdxJsxElement(
        COMPONENT,
        {
          tag: node.tagName,
          className: (node.properties.className as string[]).join(' '),
          html: toHtml(node.children),
        },
        display,
      );
      return SKIP;
    });
  };
}
