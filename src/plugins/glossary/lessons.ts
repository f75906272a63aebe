/**
 * Reads what the glossary checks in a lesson from its source: its heading ids, computed by
 * Docusaurus' own heading plugin on the page's headings (so {#custom-id} and repeated headings
 * come out as on the built page), and its text outside code and formulas.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import headings from '@docusaurus/mdx-loader/lib/remark/headings/index.js';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import {splitSource} from '../../glossary/source';
import type {LessonInfo} from '../../glossary/validate';

// Loaded through jiti as CommonJS, the plugin arrives as the module's default property.
const headingIds = (headings as unknown as {default?: typeof headings}).default ?? headings;

/** A lesson's headings and text, read from `source` (a path under `siteDir`). */
export async function readLesson(siteDir: string, source: string, title: string, permalink: string): Promise<LessonInfo> {
  const filePath = path.join(siteDir, source);
  const {content} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: fs.readFileSync(filePath, 'utf8')});
  const parts = splitSource(content);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(headingIds, {anchorsMaintainCase: false});
  const tree: Root = await processor.run(processor.parse(parts.headings.join('\n\n')));
  const found = tree.children.flatMap((node) =>
    node.type === 'heading' ? [{id: String((node.data as {id?: string} | undefined)?.id), text: toString(node)}] : [],
  );
  return {source, title, permalink, headings: found, prose: parts.text};
}
