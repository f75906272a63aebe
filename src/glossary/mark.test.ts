import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import {COMPONENT, markTerms, type Card} from './mark';

const card = (id: string, spellings: string[], onlyIn?: string): Card => ({
  id,
  zh: spellings[0],
  en: spellings[1] ?? spellings[0],
  spellings,
  definition: `${spellings[0]}的定义。`,
  lessonTitle: '讲解它的课',
  href: `/docs/x#${id}`,
  ...(onlyIn && {onlyIn}),
});

const CARDS = new Map(
  [
    card('mha', ['多头注意力', 'Multi-Head Attention', 'MHA']),
    card('attention', ['注意力']),
    card('kv-cache', ['KV 缓存', 'KV cache']),
    card('reranking', ['重排'], '04-vector-db'),
  ].map((c) => [c.id, c]),
);

const parse = (md: string) => unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).parse(md) as Root;

/** The marked terms of a page as [id, text] pairs, in reading order. */
function marks(md: string, {chapter = '01-transformer', skip = [] as string[]} = {}) {
  const tree = parse(md);
  const ids = markTerms(tree, CARDS, chapter, new Set(skip));
  const found: [string, string][] = [];
  const walk = (node: any) => {
    if (node.type === 'mdxJsxTextElement' && node.name === COMPONENT) {
      found.push([node.attributes.find((a: any) => a.name === 'id').value, node.children[0].value]);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  expect(found.map(([id]) => id)).toEqual(ids);
  return found;
}

describe('markTerms', () => {
  it('marks only the first occurrence of each term, and keeps the text around it', () => {
    const tree = parse('先讲多头注意力，再讲多头注意力的 KV cache。');
    markTerms(tree, CARDS, '01-transformer');
    const p = tree.children[0] as any;
    // The second 多头注意力 is left whole: its 注意力 is not marked as the shorter term.
    expect(p.children.map((c: any) => c.type)).toEqual(['text', 'mdxJsxTextElement', 'text', 'mdxJsxTextElement', 'text']);
    expect(p.children[0].value).toBe('先讲');
    expect(p.children[2].value).toBe('，再讲多头注意力的 ');
    expect(p.children[4].value).toBe('。');
    expect(p.children[1].attributes.map((a: any) => a.name)).toEqual(['id', 'zh', 'en', 'definition', 'lesson', 'href']);
  });

  it('lets the longest spelling win: 多头注意力 is one term, not 注意力', () => {
    expect(marks('多头注意力里的注意力')).toEqual([
      ['mha', '多头注意力'],
      ['attention', '注意力'],
    ]);
  });

  it('skips headings, code, formulas and links, and marks the first occurrence in prose after them', () => {
    const md = [
      '## 多头注意力',
      '',
      '```python',
      'KV cache = 1',
      '```',
      '',
      '行内的 `MHA`、公式 $\\text{注意力}$ 和[多头注意力](./x.mdx)都不算；这里的 MHA 才算，KV cache 也是。',
    ].join('\n');
    expect(marks(md)).toEqual([
      ['mha', 'MHA'],
      ['kv-cache', 'KV cache'],
    ]);
  });

  it('marks inside emphasis, lists, tables and collapsible answers, but not in other components', () => {
    const md = [
      '- **多头注意力**',
      '',
      '| 名称 |',
      '| --- |',
      '| KV 缓存 |',
      '',
      '<Widget>注意力</Widget>',
      '',
      '<details>',
      '<summary>注意力</summary>',
      '',
      '答案里的注意力。',
      '',
      '</details>',
    ].join('\n');
    expect(marks(md)).toEqual([
      ['mha', '多头注意力'],
      ['kv-cache', 'KV 缓存'],
      ['attention', '注意力'],
    ]);
  });

  it('stops at the reference list', () => {
    expect(marks('正文。\n\n## 参考文献\n\n- 多头注意力的论文')).toEqual([]);
  });

  it('never marks a term inside one of its blocking phrases', () => {
    const cards = new Map([['self-attention', {...card('self-attention', ['自注意力']), notIn: ['来自注意力']}]]);
    const tree = parse('差别主要来自注意力层，而不是自注意力本身。');
    expect(markTerms(tree, cards, '01-transformer')).toEqual(['self-attention']);
    expect(JSON.stringify(tree)).toContain('"value":"差别主要来自注意力层，而不是"');
  });

  it('leaves out the terms a page opts out of', () => {
    expect(marks('多头注意力和 KV 缓存', {skip: ['kv-cache']})).toEqual([['mha', '多头注意力']]);
  });

  it('marks a term scoped to its chapter only in that chapter’s pages', () => {
    expect(marks('按块重排张量')).toEqual([]);
    expect(marks('召回之后重排', {chapter: '04-vector-db'})).toEqual([['reranking', '重排']]);
  });
});
