// The sources read from the pages must be exactly what the build's rehype plugin receives, or the
// build would remove renders it still needs: compared here with a real MDX compile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import matter from 'gray-matter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {visit} from 'unist-util-visit';
import type {Element, Root} from 'hast';
import {textOf} from '.';
import {mermaidSources, mermaidSourcesOf} from './sources';

const PAGE = `---
title: 例
description: 各种位置上的图。
---

import Widget from '@site/src/components/Widget';

正文，$a^2$。

\`\`\`mermaid
flowchart LR
  A[查询] --> B{打分}
\`\`\`

1. 列表里的图：

   \`\`\`mermaid
   sequenceDiagram
     A->>B: 你好
   \`\`\`

:::note[提示]

\`\`\`mermaid
pie
  "甲": 1
\`\`\`

:::

<details>
<summary>展开</summary>

~~~mermaid
flowchart TB

  C --> D
~~~

</details>

\`\`\`python
print(1)
\`\`\`
`;

/** The Mermaid sources as the rehype stage of an MDX compile sees them. */
async function compiledSources(text: string): Promise<string[]> {
  const seen: string[] = [];
  const collect = () => (tree: Root) =>
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties?.className;
      if (node.tagName === 'code' && Array.isArray(cls) && cls.includes('language-mermaid')) seen.push(textOf(node.children));
    });
  await compile(matter(text).content, {remarkPlugins: [remarkGfm, remarkDirective, remarkMath], rehypePlugins: [collect]});
  return seen;
}

describe('mermaidSourcesOf', () => {
  it('finds every diagram of a page, in a list, an admonition or JSX, exactly as the compile does', async () => {
    const sources = mermaidSourcesOf(PAGE);
    expect(sources).toHaveLength(4);
    expect(sources[1]).toBe('sequenceDiagram\n  A->>B: 你好\n');
    expect(sources).toEqual(await compiledSources(PAGE));
  });
});

describe('mermaidSources', () => {
  it('reads the pages of every folder below, and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mermaid-sources-'));
    fs.mkdirSync(path.join(dir, 'ch/practice'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'ch/practice/a.mdx'), PAGE);
    fs.writeFileSync(path.join(dir, 'b.md'), '```mermaid\nflowchart LR\n  X --> Y\n```\n');
    fs.writeFileSync(path.join(dir, 'tags.yml'), 'x: {label: "```mermaid"}\n');
    expect(mermaidSources(dir)).toEqual(['flowchart LR\n  X --> Y\n', ...mermaidSourcesOf(PAGE)]);
    fs.rmSync(dir, {recursive: true});
  });
});
