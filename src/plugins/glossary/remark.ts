/**
 * Marks glossary terms in course pages as they compile (see src/glossary/mark.ts), with the
 * cards the glossary plugin wrote once content was loaded. A page lists terms it should not
 * mark in its front matter: `glossary_skip: [kv-cache]`.
 */
import fs from 'node:fs';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {markTerms, type Card} from '../../glossary/mark';

export interface Options {
  /** The cards file (see cardsFile in ./index.ts). */
  cardsFile: string;
}

/** Chapter pages: overviews, lessons and practice; not the pages outside the course. */
const COURSE_PAGE = /[/\\]docs[/\\](\d\d-[^/\\]+)[/\\]/;

export default function remarkGlossary({cardsFile}: Options) {
  let loaded: {mtime: number; cards: Map<string, Card>} | undefined;
  const cards = () => {
    if (!fs.existsSync(cardsFile)) throw new Error(`glossary: 没有 ${cardsFile}：它由 glossary 插件在内容加载后写出`);
    const mtime = fs.statSync(cardsFile).mtimeMs;
    if (loaded?.mtime !== mtime) loaded = {mtime, cards: new Map(Object.entries(JSON.parse(fs.readFileSync(cardsFile, 'utf8'))))};
    return loaded.cards;
  };
  return (tree: Root, file: VFile) => {
    const chapter = COURSE_PAGE.exec(file.path)?.[1];
    if (!chapter) return;
    const skip = (file.data.frontMatter as {glossary_skip?: string[]} | undefined)?.glossary_skip ?? [];
    markTerms(tree, cards(), chapter, new Set(skip));
  };
}
