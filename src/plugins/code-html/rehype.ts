/**
 * Hands each code block to React as highlighted HTML, the way rehype-katex-html does formulas.
 *
 * The theme's CodeBlock tokenises every block with Prism in the browser, once while hydrating
 * and again after (it remounts with a new key): on a lesson with one 40-line block that is a
 * single long task of several hundred milliseconds on a phone, and several seconds on a
 * practice page. Highlighted here, a block is one <CodeHtml language html/> element whose
 * markup React leaves alone, and the browser runs no Prism at all for it.
 */
import {SKIP, visit} from 'unist-util-visit';
import type {Element, ElementContent, Root} from 'hast';
import type {VFile} from 'vfile';
import {mdxJsxElement} from '../mdx-jsx';
import {highlight, loadLanguages, UnknownLanguageError} from './highlight';

export const COMPONENT = 'CodeHtml';

export interface Options {
  /** Prism languages to add to those prism-react-renderer bundles. */
  languages?: readonly string[];
}

function textOf(nodes: ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

/** Code-block options of the theme's CodeBlock that build-time highlighting does not draw. */
const UNSUPPORTED_META = /\btitle=|\{[\d\s,-]+\}|\bshowLineNumbers\b/;

function languageOf(code: Element): string {
  const classes = code.properties?.className;
  const cls = Array.isArray(classes) ? classes.map(String).find((c) => c.startsWith('language-')) : undefined;
  return cls ? cls.slice('language-'.length) : 'text';
}

export default function rehypeCodeHtml({languages = []}: Options = {}) {
  loadLanguages(languages);
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      const language = languageOf(code);
      const meta = String((code.data as {meta?: string} | undefined)?.meta ?? '');
      if (UNSUPPORTED_META.test(meta)) {
        file.fail(`${file.path}: 代码块的“${meta}”不受支持：代码在构建时高亮，不画标题、行号或高亮行`, node);
      }
      // mdast-util-to-hast ends every block with a newline the author did not write.
      const source = textOf(code.children).replace(/\n$/, '');
      let html: string;
      try {
        html = highlight(source, language);
      } catch (error) {
        if (error instanceof UnknownLanguageError) file.fail(`${file.path}: ${error.message}`, node);
        throw error;
      }
      parent.children[index] = mdxJsxElement(COMPONENT, {language, html});
      return SKIP;
    });
  };
}
