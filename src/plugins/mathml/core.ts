/**
 * Rewrites KaTeX's MathML into what MathML Core browsers (Chromium 109+, Firefox, Safari) draw.
 *
 * KaTeX writes MathML 3. Two of its habits are outside MathML Core, and Chromium ignores them:
 * - `mathvariant` other than "normal": \mathbb{R}, \mathcal{L}, \mathbf{W} would all come out as
 *   plain italic letters. Core spells these styles as characters of Unicode's Mathematical
 *   Alphanumeric Symbols block (𝔼, ℒ, 𝐖), so each letter is replaced by its styled character.
 * - `columnalign`, `rowspacing`, `columnspacing` on <mtable>: every cell would be centred, and
 *   aligned's `=` signs would not line up. Each cell gets the alignment and padding as style.
 * And three smaller slips:
 * - Accents are drawn with characters math fonts lack or do not stretch: \bar (ˉ U+02C9) becomes the
 *   macron U+00AF, \overline (‾ U+203E) the combining overline U+0305, which Latin Modern Math
 *   stretches; \hat and \tilde (ASCII ^ and ~, wide glyphs meant for text) the modifier letters
 *   ˆ U+02C6 and ˜ U+02DC, as Temml writes them.
 * - \overline{\cos} comes out as <mover> with three children (the operator, an invisible
 *   function application, the bar); Core draws a script element with the wrong number of
 *   children as an error. The children before the script are grouped in one <mrow>.
 * - \big( and its kin are operators of fixed size whose `fence="false"` gives them an operator's
 *   space on both sides; TeX puts none (they are opening, closing or ordinary atoms).
 */
import type {Element, ElementContent, Root} from 'hast';

/** First code point of A, a, 0, Α (capital alpha), α in each styled alphabet; null: none. */
type Alphabet = {upper: number; lower: number; digit: number | null; greekUpper: number | null; greekLower: number | null};
const ALPHABETS: Record<string, Alphabet> = {
  bold: {upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, greekUpper: 0x1d6a8, greekLower: 0x1d6c2},
  italic: {upper: 0x1d434, lower: 0x1d44e, digit: null, greekUpper: 0x1d6e2, greekLower: 0x1d6fc},
  'bold-italic': {upper: 0x1d468, lower: 0x1d482, digit: null, greekUpper: 0x1d71c, greekLower: 0x1d736},
  script: {upper: 0x1d49c, lower: 0x1d4b6, digit: null, greekUpper: null, greekLower: null},
  'bold-script': {upper: 0x1d4d0, lower: 0x1d4ea, digit: null, greekUpper: null, greekLower: null},
  fraktur: {upper: 0x1d504, lower: 0x1d51e, digit: null, greekUpper: null, greekLower: null},
  'double-struck': {upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8, greekUpper: null, greekLower: null},
  'bold-fraktur': {upper: 0x1d56c, lower: 0x1d586, digit: null, greekUpper: null, greekLower: null},
  'sans-serif': {upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2, greekUpper: null, greekLower: null},
  'bold-sans-serif': {upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec, greekUpper: 0x1d756, greekLower: 0x1d770},
  'sans-serif-italic': {upper: 0x1d608, lower: 0x1d622, digit: null, greekUpper: null, greekLower: null},
  'sans-serif-bold-italic': {upper: 0x1d63c, lower: 0x1d656, digit: null, greekUpper: 0x1d790, greekLower: 0x1d7aa},
  monospace: {upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6, greekUpper: null, greekLower: null},
};

/** Letters Unicode had encoded before the block, whose places in it are left empty. */
const HOLES: Record<string, Record<string, string>> = {
  italic: {h: 'ℎ'},
  script: {B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ'},
  fraktur: {C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ'},
  'double-struck': {C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ'},
};

/** After the 25 capitals (Α…Ω with ϴ in the gap at U+03A2) and the 25 small letters come these. */
const GREEK_AFTER_UPPER = '∇';
const GREEK_AFTER_LOWER = '∂ϵϑϰϕϱϖ';

/** `ch` in the alphabet `variant`; unchanged when the alphabet has no such letter. */
export function styledChar(ch: string, variant: string): string {
  const a = ALPHABETS[variant];
  if (!a) return ch;
  const hole = HOLES[variant]?.[ch];
  if (hole) return hole;
  const cp = ch.codePointAt(0)!;
  const at = (start: number | null, offset: number) => (start === null ? ch : String.fromCodePoint(start + offset));
  if (cp >= 0x41 && cp <= 0x5a) return at(a.upper, cp - 0x41);
  if (cp >= 0x61 && cp <= 0x7a) return at(a.lower, cp - 0x61);
  if (cp >= 0x30 && cp <= 0x39) return at(a.digit, cp - 0x30);
  if (cp >= 0x391 && cp <= 0x3a9) return at(a.greekUpper, cp - 0x391);
  if (cp >= 0x3b1 && cp <= 0x3c9) return at(a.greekLower, cp - 0x3b1);
  if (ch === GREEK_AFTER_UPPER) return at(a.greekUpper, 25);
  const i = GREEK_AFTER_LOWER.indexOf(ch);
  if (i >= 0) return at(a.greekLower, 25 + i);
  return ch;
}

const isElement = (n: ElementContent | Root): n is Element => n.type === 'element';

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : isElement(c) ? textOf(c) : '')).join('');
}

const ACCENTS: Record<string, string> = {'\u02c9': '\u00af', '\u203e': '\u0305', '^': '\u02c6', '~': '\u02dc'};

/** The accent of an <mover> or <munder>: its last child, when that is an operator. */
function respell(node: Element) {
  if (node.tagName !== 'mover' && node.tagName !== 'munder') return;
  const accent = node.children.filter(isElement).at(-1);
  if (accent?.tagName !== 'mo') return;
  const text = textOf(accent);
  if (ACCENTS[text]) accent.children = [{type: 'text', value: ACCENTS[text]}];
}

function restyle(node: Element) {
  const variant = node.properties.mathVariant ?? node.properties.mathvariant;
  if (typeof variant !== 'string' || variant === 'normal') return;
  if (node.tagName !== 'mi' && node.tagName !== 'mn') return;
  const styled = [...textOf(node)].map((ch) => styledChar(ch, variant)).join('');
  node.children = [{type: 'text', value: styled}];
  delete node.properties.mathVariant;
  delete node.properties.mathvariant;
  // A styled run of several letters (\mathbf{Wx}) is one identifier; Core would italicise
  // nothing in it, but says so only for a single letter: make it explicit.
  if ([...styled].length === 1) node.properties.mathvariant = 'normal';
}

const list = (v: unknown) => (typeof v === 'string' ? v.trim().split(/\s+/) : []);
const half = (length: string | undefined) => {
  const m = length?.match(/^([\d.]+)(em|ex)$/);
  return m ? `${Number(m[1]) / 2}${m[2]}` : undefined;
};

function alignTable(table: Element) {
  const p = table.properties;
  const aligns = list(p.columnAlign ?? p.columnalign);
  const rowGap = half(list(p.rowSpacing ?? p.rowspacing)[0]);
  const colGap = half(list(p.columnSpacing ?? p.columnspacing)[0]);
  for (const row of table.children.filter(isElement)) {
    row.children.filter(isElement).forEach((cell, i) => {
      const style = [
        aligns.length > 0 && `text-align:${aligns[Math.min(i, aligns.length - 1)]}`,
        rowGap && `padding-block:${rowGap}`,
        colGap && `padding-inline:${colGap}`,
      ].filter(Boolean);
      if (style.length) cell.properties.style = [cell.properties.style, ...style].filter(Boolean).join(';');
    });
  }
}

/** How many children each script element takes (base first). */
const ARITY: Record<string, number> = {mover: 2, munder: 2, munderover: 3, msub: 2, msup: 2, msubsup: 3};

function regroup(node: Element) {
  const arity = ARITY[node.tagName];
  const children = node.children.filter(isElement);
  if (!arity || children.length <= arity) return;
  const scripts = arity - 1;
  const base: Element = {type: 'element', tagName: 'mrow', properties: {}, children: children.slice(0, -scripts)};
  node.children = [base, ...children.slice(-scripts)];
}

function unspace(node: Element) {
  const p = node.properties;
  if (node.tagName !== 'mo' || (p.maxSize ?? p.maxsize) === undefined || (p.lSpace ?? p.lspace) !== undefined) return;
  p.lspace = '0em';
  p.rspace = '0em';
}

/** Rewrites one <math> element in place (see the top of this file). */
export function toMathmlCore(math: Element) {
  const walk = (node: Element) => {
    restyle(node);
    regroup(node);
    respell(node);
    unspace(node);
    if (node.tagName === 'mtable') alignTable(node);
    for (const child of node.children) if (isElement(child)) walk(child);
  };
  walk(math);
}

/** The characters a font must draw for this formula: those of its tokens, not of its source. */
export function glyphsOf(math: Element): string[] {
  const out = new Set<string>();
  const walk = (node: Element) => {
    if (node.tagName === 'annotation') return;
    // Text (\text{…}) may fall back to the page's fonts, as Chinese must; symbols may not.
    if (['mi', 'mo', 'mn'].includes(node.tagName)) for (const ch of textOf(node)) out.add(ch);
    else for (const child of node.children) if (isElement(child)) walk(child);
  };
  walk(math);
  return [...out];
}

/** The TeX source KaTeX keeps in the formula's annotation, to name the formula in errors. */
export function texOf(math: Element): string {
  let tex = '';
  const walk = (node: Element) => {
    if (node.tagName === 'annotation') tex = textOf(node);
    else for (const child of node.children) if (isElement(child)) walk(child);
  };
  walk(math);
  return tex;
}
