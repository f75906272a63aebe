// Renders in real Chromium (one launch for the file): what the build does to a page's diagrams.
import {afterAll, describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {VFile} from 'vfile';
import type {Root} from 'hast';
import {diagramText} from '../search/diagram-words';
import rehypeMermaidSvg from '.';
import {renderKey} from './render';

const config = {light: {theme: 'neutral'}, dark: {theme: 'dark'}};

function page(...diagrams: string[]): Root {
  return {
    type: 'root',
    children: diagrams.map((source, i) => ({
      type: 'element',
      tagName: 'pre',
      properties: {},
      position: {start: {line: 10 * (i + 1), column: 1}, end: {line: 10 * (i + 1) + 3, column: 4}},
      children: [{type: 'element', tagName: 'code', properties: {className: ['language-mermaid']}, children: [{type: 'text', value: source}]}],
    })),
  };
}

const run = (tree: Root) => rehypeMermaidSvg({config})(tree, new VFile({path: 'docs/01-transformer/04-attention.mdx'}));
const attribute = (node: unknown, name: string) =>
  (node as {attributes: {name: string; value: string}[]}).attributes.find((a) => a.name === name)!.value;

describe('rehypeMermaidSvg', () => {
  it('replaces each diagram by a light and a dark SVG with ids unique on the page and Mermaid’s accessible name', {timeout: 60_000}, async () => {
    const tree = page('flowchart LR\n  accTitle: 注意力的数据流\n  accDescr: 查询与键的点积经 softmax 加权值\n  Q[查询] -->|点积| S{打分}\n  S --> O[输出]', 'sequenceDiagram\n  客户端->>服务端: 请求');
    await run(tree);
    const [first, second] = tree.children;
    expect(first).toMatchObject({type: 'mdxJsxFlowElement', name: 'MermaidSvg'});
    const light = attribute(first, 'light');
    const dark = attribute(first, 'dark');
    expect(light).toMatch(/^<svg id="mermaid-0-light"[^>]* role="graphics-document document" aria-roledescription="flowchart-v2"/);
    expect(light).toMatch(/aria-labelledby="chart-title-mermaid-0-light"/);
    expect(light).toContain('<title id="chart-title-mermaid-0-light">注意力的数据流</title>');
    expect(light).toContain('<desc id="chart-desc-mermaid-0-light">查询与键的点积经 softmax 加权值</desc>');
    expect(dark).toMatch(/^<svg id="mermaid-0-dark"/);
    expect(dark).not.toBe(light.replaceAll('mermaid-0-light', 'mermaid-0-dark'));
    // What the search index will read of a real drawing (Pagefind reads no SVG): title,
    // description, the nodes' labels, and the edges' last although Mermaid draws them first.
    expect(diagramText(light)).toBe('注意力的数据流 查询与键的点积经 softmax 加权值 查询 打分 输出 点积');
    expect(diagramText(attribute(second, 'light'))).toContain('请求');
    expect(attribute(second, 'light')).toMatch(/^<svg id="mermaid-1-light"[^>]* aria-roledescription="sequence"/);
    const ids = [first, second].flatMap((d) => ['light', 'dark'].flatMap((v) => [...attribute(d, v).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fails on a diagram Mermaid cannot parse, naming the file and the line of the block', {timeout: 60_000}, async () => {
    await expect(run(page('flowchart LR\n  A --> B', 'flowchart LR\n  A -->'))).rejects.toThrow(
      /Mermaid 无法渲染 1 张图：\n  docs\/01-transformer\/04-attention\.mdx:20: .*Parse error/s,
    );
  });

  describe('with a folder of committed renders', () => {
    const roots: string[] = [];
    afterAll(() => roots.forEach((root) => fs.rmSync(root, {recursive: true})));
    const DIAGRAM = 'flowchart LR\n  A[查询] --> B[输出]\n';
    function site() {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mermaid-renders-'));
      roots.push(root);
      const renders = {dir: path.join(root, 'rendered'), pages: path.join(root, 'docs')};
      fs.mkdirSync(renders.dir);
      fs.mkdirSync(renders.pages);
      fs.writeFileSync(path.join(renders.pages, 'a.mdx'), `---\ntitle: 甲\n---\n\n\`\`\`mermaid\n${DIAGRAM}\`\`\`\n`);
      return renders;
    }
    const runWith = (renders: {dir: string; pages: string}, tree: Root) =>
      rehypeMermaidSvg({config, renders})(tree, new VFile({path: 'docs/01-transformer/04-attention.mdx'}));

    it('reads a kept render instead of drawing it, and removes the renders no page has', async () => {
      const renders = site();
      for (const theme of ['light', 'dark'] as const) {
        fs.writeFileSync(path.join(renders.dir, `${renderKey(DIAGRAM, theme, config[theme])}.svg`), `<svg id="mmdrenderid"><text>kept ${theme}</text></svg>`);
      }
      fs.writeFileSync(path.join(renders.dir, '0123456789abcdef0123456789abcdef.svg'), '<svg id="mmdrenderid"></svg>');
      const tree = page(DIAGRAM);
      await runWith(renders, tree);
      expect(attribute(tree.children[0], 'light')).toBe('<svg id="mermaid-0-light"><text>kept light</text></svg>');
      expect(attribute(tree.children[0], 'dark')).toBe('<svg id="mermaid-0-dark"><text>kept dark</text></svg>');
      expect(fs.readdirSync(renders.dir)).toHaveLength(2);
    });

    it('fails on a diagram the reading of the pages does not find, which the next build would lose', async () => {
      const renders = site();
      await expect(runWith(renders, page('flowchart LR\n  C --> D\n'))).rejects.toThrow(
        /docs\/01-transformer\/04-attention\.mdx:10: 读 .*docs 下的页面时没有找到这张图/,
      );
    });
  });
});
