/**
 * Formulas as MathML only (KaTeX's `output: 'mathml'`), drawn by the browser with one
 * self-hosted OpenType math font, instead of KaTeX's HTML twin with its 20 fonts: on the most
 * formula-heavy lesson that was most of the page's DOM (bench/README.md).
 *
 * Runs after rehype-katex: rewrites each formula into MathML Core (./core.ts), and fails the build
 * naming the formula when the math font has no glyph for one of its symbols.
 */
import fs from 'node:fs';
import path from 'node:path';
import {visit} from 'unist-util-visit';
import type {Element, Root} from 'hast';
import type {VFile} from 'vfile';
import {glyphsOf, texOf, toMathmlCore} from './core';
import {fontCodePoints} from './font';

/**
 * How rehype-katex renders: a formula it cannot render fails the build (rehype-katex-strict);
 * MathML only, no HTML twin. Shared with scripts/check-pages.mjs.
 */
export const KATEX_OPTIONS = {strict: 'error', output: 'mathml'} as const;

/** The math font, a subset of Latin Modern Math made by scripts/math-font.sh. */
export const MATH_FONT = path.join(__dirname, '../../css/fonts/course-math.woff2');

/** Format characters that draw nothing (function application, invisible times…). */
const INVISIBLE = /[\u2061-\u2064\u200b]/;

let cached: Set<number> | undefined;
const fontChars = () => (cached ??= fontCodePoints(fs.readFileSync(MATH_FONT)));

const hex = (ch: string) => 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

export default function rehypeMathml() {
  return (tree: Root, file: VFile) => {
    const missing: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'math') return;
      toMathmlCore(node);
      const lacking = glyphsOf(node).filter((ch) => !INVISIBLE.test(ch) && !fontChars().has(ch.codePointAt(0)!));
      if (lacking.length) missing.push(`  ${file.path ?? '(page)'}: $${texOf(node)}$ — ${lacking.map((ch) => `${ch} ${hex(ch)}`).join(', ')}`);
    });
    if (missing.length)
      throw new Error(
        `公式用到数学字体里没有的字符（把码位加进 scripts/math-font.sh 的 CHARS 再运行它）：\n${missing.join('\n')}`,
      );
  };
}
