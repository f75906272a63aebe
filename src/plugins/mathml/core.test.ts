import rehypeKatex from 'rehype-katex';
import type {VFile} from 'vfile';
import {toHtml} from 'hast-util-to-html';
import {visit} from 'unist-util-visit';
import type {Element, Root} from 'hast';
import {describe, expect, it} from 'vitest';
import {glyphsOf, styledChar, texOf, toMathmlCore} from './core';

function select(tag: string, tree: Root | Element): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!found && node.tagName === tag) found = node;
  });
  return found;
}

/** The formula as rehype-katex hands it over: KaTeX's MathML parsed into hast. */
function math(tex: string): Element {
  const tree: Root = {
    type: 'root',
    children: [{type: 'element', tagName: 'code', properties: {className: ['language-math', 'math-inline']}, children: [{type: 'text', value: tex}]}],
  };
  (rehypeKatex({output: 'mathml', strict: 'error'}) as unknown as (t: Root, f: VFile) => void)(tree, {messages: []} as unknown as VFile);
  const node = select('math', tree) as Element;
  toMathmlCore(node);
  return node;
}
const html = (tex: string) => toHtml(math(tex)).replace(/<annotation[\s\S]*<\/annotation>/, '');

describe('styledChar', () => {
  it.each([
    ['R', 'double-struck', 'ℝ'],
    ['E', 'double-struck', '𝔼'],
    ['1', 'double-struck', '𝟙'],
    ['L', 'script', 'ℒ'],
    ['D', 'script', '𝒟'],
    ['W', 'bold', '𝐖'],
    ['x', 'bold', '𝐱'],
    ['0', 'bold', '𝟎'],
    ['α', 'bold-italic', '𝜶'],
    ['Ω', 'bold', '𝛀'],
    ['∇', 'bold', '𝛁'],
    ['ϵ', 'bold-italic', '𝝐'],
    ['h', 'italic', 'ℎ'],
    ['T', 'sans-serif', '𝖳'],
  ])('%s in %s is %s', (ch, variant, styled) => expect(styledChar(ch, variant)).toBe(styled));

  it('leaves what the alphabet does not have', () => {
    expect(styledChar('α', 'double-struck')).toBe('α');
    expect(styledChar('+', 'bold')).toBe('+');
    expect(styledChar('x', 'no-such-variant')).toBe('x');
  });
});

describe('toMathmlCore', () => {
  it('spells styled letters as Unicode characters, which Chromium draws', () => {
    expect(html(String.raw`\mathbb{R}^{d}`)).toContain('<mi mathvariant="normal">ℝ</mi>');
    expect(html(String.raw`\mathcal{L}`)).toContain('<mi mathvariant="normal">ℒ</mi>');
    expect(html(String.raw`\boldsymbol{\alpha}`)).toContain('<mi mathvariant="normal">𝜶</mi>');
    expect(html(String.raw`\mathbf{Wx}`)).toMatch(/<mi mathvariant="normal">𝐖<\/mi><mi mathvariant="normal">𝐱<\/mi>/);
  });

  it('keeps upright names as they are', () => {
    expect(html(String.raw`\operatorname{softmax}(x)`)).toContain('<mi mathvariant="normal">softmax</mi>');
  });

  it('gives each table cell its column alignment and spacing', () => {
    const out = html(String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}`);
    expect(out.match(/<mtd style="text-align:right;padding-block:0.125em;padding-inline:0em">/g)).toHaveLength(2);
    expect(out.match(/<mtd style="text-align:left;padding-block:0.125em;padding-inline:0em">/g)).toHaveLength(2);
  });

  it('draws accents with characters the math font has and stretches', () => {
    expect(html(String.raw`\bar B`)).toContain('<mo>¯</mo>');
    expect(html(String.raw`\overline{x+y}`)).toContain('<mo stretchy="true">\u0305</mo>');
    expect(html(String.raw`\hat J`)).toContain('<mo>ˆ</mo>');
    expect(html(String.raw`\tilde{X}`)).toContain('<mo>˜</mo>');
    expect(html(String.raw`x^2 \sim y`)).not.toMatch(/ˆ|˜/);
  });

  it('gives a script element with too many children one base', () => {
    const over = select('mover', math(String.raw`\overline{\cos}`)) as Element;
    expect(over.children.filter((c) => c.type === 'element').map((c) => (c as Element).tagName)).toEqual(['mrow', 'mo']);
  });

  it('puts no space around \\big delimiters', () => {
    expect(html(String.raw`\big(x\big)`)).toMatch(/<mo [^>]*maxsize="1.2em" lspace="0em" rspace="0em">\(<\/mo>/);
  });
});

describe('glyphsOf and texOf', () => {
  it('lists the symbols, not the text nor the source', () => {
    const node = math(String.raw`\mathbb{E}[x] \le \text{上限}`);
    expect(glyphsOf(node).sort()).toEqual(['[', ']', 'x', '≤', '𝔼'].sort());
    expect(texOf(node)).toBe(String.raw`\mathbb{E}[x] \le \text{上限}`);
  });
});
