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
 *
 * The renders are committed (./rendered): drawing all of them took a fresh clone's build about
 * 30 s of its 75 (43 CPU-seconds). The build keeps that folder in step with the pages: it draws
 * and adds a diagram it has no render of, and removes the renders no page has any more, which
 * it finds by reading every page's ```mermaid blocks (./sources.ts) rather than by the pages it
 * compiles, since Docusaurus's cache may compile none. Commit what it changes there. The key
 * holds Mermaid's version, its configuration and the source, not the browser's: after a
 * Chromium or font upgrade that moves text, empty the folder and build to draw them all again.
 */
import path from 'node:path';
import {visit} from 'unist-util-visit';
import type {Element, ElementContent, Root, RootContent} from 'hast';
import type {VFile} from 'vfile';
import {mdxJsxElement} from '../mdx-jsx';
import {keepOnlyRenders, renderDiagram, renderKey, type MermaidConfig} from './render';
import {mermaidSources} from './sources';
import {diagramId, withId, type Theme} from './svg';

export const COMPONENT = 'MermaidSvg';

type Parent = {children: RootContent[]};

export interface Options {
  /** Mermaid's configuration in each colour mode (`theme` is a Mermaid theme name). */
  config: Record<Theme, MermaidConfig>;
  /**
   * The folder of committed renders and the folder of the pages whose diagrams they are, each
   * relative to the site. Without it every diagram is drawn afresh (the unit tests).
   */
  renders?: {dir: string; pages: string};
}

const THEMES = ['light', 'dark'] as const;

/**
 * The keys of every diagram of the pages, once the renders of any other have been removed. Read
 * once per build, and again when a page brings a diagram not read yet (one edited under
 * `npm start`).
 */
const readings = new Map<string, Set<string>>();
function diagramKeys(renders: NonNullable<Options['renders']>, config: Options['config'], again = false): Set<string> {
  const reading = JSON.stringify([renders, config]);
  if (again || !readings.has(reading)) {
    const keys = new Set(mermaidSources(path.resolve(renders.pages)).flatMap((source) => THEMES.map((theme) => renderKey(source, theme, config[theme]))));
    const removed = keepOnlyRenders(path.resolve(renders.dir), keys);
    if (removed > 0) console.log(`[mermaid-svg] 删除了 ${removed} 个已没有页面使用的图（${renders.dir}），请一并提交`);
    readings.set(reading, keys);
  }
  return readings.get(reading)!;
}

/** The text of a code element's children: a diagram's source as the compile gives it. */
export function textOf(nodes: ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

const isMermaid = (code: Element) => {
  const cls = code.properties?.className;
  return Array.isArray(cls) && cls.includes('language-mermaid');
};

export default function rehypeMermaidSvg({config, renders}: Options) {
  const dir = renders && path.resolve(renders.dir);
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
        for (const theme of THEMES) {
          const key = renderKey(source, theme, config[theme]);
          if (renders && !diagramKeys(renders, config).has(key) && !diagramKeys(renders, config, true).has(key)) {
            // Its render would be removed by the next build: the reading of the pages is wrong.
            failures.push(`  ${where(node)}: 读 ${renders.pages} 下的页面时没有找到这张图（src/plugins/mermaid-svg/sources.ts）`);
            return;
          }
          const result = await renderDiagram(source, theme, config[theme], dir).catch((error: Error) => ({error: error.message}));
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
