/**
 * An MDX JSX element `<Name attr="value" …/>` for a rehype plugin to put where rendered markup
 * was: the build-time formulas (rehype-katex-html) and code blocks (code-html) reach React as
 * one component with their HTML as a string attribute.
 */
import type {Element} from 'hast';

export function mdxJsxElement(name: string, attributes: Record<string, string>, flow = true): Element {
  return {
    type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({type: 'mdxJsxAttribute', name: key, value})),
    children: [],
  } as unknown as Element;
}
