/**
 * Draws every ```mermaid block at build time: the page's HTML holds the diagram as inline SVG,
 * once per colour mode, and the browser loads no Mermaid code at all.
 *
 * Drawn in the browser (@docusaurus/theme-mermaid), a diagram cost the reader Mermaid's
 * library and seconds of layout on a phone, and appeared only after hydration, pushing the text
 * below it down. Here each block becomes one <MermaidSvg light dark/> element
 * (src/components/MermaidSvg) whose two SVGs are HTML strings React leaves alone; CSS shows
 * the one that matches the colour mode. Each SVG keeps the accessible name and description
 * Mermaid gives it (role, aria-roledescription, and <title>/<desc> from accTitle/accDescr).
 * The search index reads its words from the light SVG (src/plugins/search/diagram-words.ts).
 *
 * A diagram Mermaid cannot draw fails the build, naming the file and line.
 */
import path from 'node:path';
import {visit} from 'unist-util-visit';
import type {Element, ElementContent, Root, RootContent} from 'hast';
import type {VFile} from 'vfile';
import {mdxJsxElement} from '../mdx-jsx';
import {renderDiagram, type MermaidConfig} from './render';
import {diagramId, withId, type Theme} from './svg';

export const COMPONENT = 'MermaidSvg';

type Parent = {children: RootContent[]};

export interface Options {
  /** Mermaid's configuration in each colour mode (`theme` is a Mermaid theme name). */
  config: Record<Theme, MermaidConfig>;
}

function textOf(nodes: ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

const isMermaid = (code: Element) => {
  const cls = code.properties?.className;
  return Array.isArray(cls) && cls.includes('language-mermaid');
};

export default function rehypeMermaidSvg({config}: Options) {
  return async (tree: Root, file: VFile) => {
    const blocks: {node: Element; parent: Parent; source: string}[] = [];
    visit(tree, 'element', (node: Element, _index, parent: Parent | undefined) => {
      const code = node.tagName === 'pre' && node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (code && isMermaid(code) && parent) blocks.push({node, parent, source: textOf(code.children)});
    });
    if (blocks.length === 0) return;

    const failures: string[] = [];
    const where = (node: Element) => `${path.relative(process.cwd(), file.path)}:${node.position?.start.line ?? '?'}`;
    await Promise.all(
      blocks.map(async ({node, parent, source}, index) => {
        const svg: Partial<Record<Theme, string>> = {};
        for (const theme of ['light', 'dark'] as const) {
          const result = await renderDiagram(source, theme, config[theme]).catch((error: Error) => ({error: error.message}));
          if ('error' in result) {
            failures.push(`  ${where(node)}: ${result.error}`);
            return;
          }
          svg[theme] = withId(result.svg, diagramId(index, theme));
        }
        parent.children[parent.children.indexOf(node)] = mdxJsxElement(COMPONENT, {light: svg.light!, dark: svg.dark!});
      }),
    );
    if (failures.length > 0) throw new Error(`Mermaid 无法渲染 ${failures.length} 张图：\n${failures.sort().join('\n')}`);
  };
}
