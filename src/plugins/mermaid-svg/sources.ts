/**
 * The source of every ```mermaid block in a folder of MDX pages, found without compiling them:
 * the set of diagrams the build will draw, so that the committed renders (./render.ts) can be
 * kept to exactly those. A source is what the rehype plugin (./index.ts) receives: the fence's
 * text plus the newline the Markdown-to-HTML step ends a code block with.
 */
import fs from 'node:fs';
import matter from 'gray-matter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import type {Code, Root} from 'mdast';
import {mdxFiles} from '../../../scripts/lib/mdx-files.mjs';

// The syntax extensions the site's pages are written with (Docusaurus adds GFM and directives
// itself): without them a fence inside a table or an admonition could parse differently.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).use(remarkMath);

/** The Mermaid sources of one page's text (front matter included, as on disk). */
export function mermaidSourcesOf(text: string): string[] {
  const tree = parser.parse(matter(text).content) as Root;
  const sources: string[] = [];
  visit(tree, 'code', (node: Code) => {
    if (node.lang === 'mermaid') sources.push(`${node.value}\n`);
  });
  return sources;
}

/** The Mermaid sources of every page under `dir`. */
export function mermaidSources(dir: string): string[] {
  return mdxFiles(dir).flatMap((file) => mermaidSourcesOf(fs.readFileSync(file, 'utf8')));
}
