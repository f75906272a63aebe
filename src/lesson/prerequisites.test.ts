import {describe, expect, it} from 'vitest';
import {buildCatalog, type SourceDoc} from './catalog';
import {catalogProblems as problems} from './catalogProblems';
import {cycles, dependents, keyOf, prerequisiteLinks, reachable, roadmapChapters, type GraphPage} from './prerequisites';

// Pages of chapter 01 as the course outline has them (the catalog checks titles and videos).
const OUTLINE = {
  '01-transformer-basics': ['Transformer 基础结构', 'BV1rt421476q'],
  '03-embedding': ['大模型 Embedding 算法', 'BV1SSTgzLEzf'],
  '04-attention': ['Attention 注意力机制', 'BV11AMHzuEet'],
  '05-attention-variants': ['Attention 变种算法', 'BV1GzMUz8Eav'],
} as const;

const chapter: SourceDoc = {
  source: '@site/docs/01-transformer/index.mdx',
  permalink: '/docs/transformer',
  title: 'Transformer 架构',
  frontMatter: {title: 'Transformer 架构', summary: '注意力与位置编码', description: '本章讲 Transformer 的结构。'},
};

function lesson(name: keyof typeof OUTLINE, prerequisites?: unknown): SourceDoc {
  const [title, bilibili] = OUTLINE[name];
  return {
    source: `@site/docs/01-transformer/${name}.mdx`,
    permalink: `/docs/transformer/${name.slice(3)}`,
    title,
    frontMatter: {
      title,
      description: '一句足够长的说明，讲本节的内容。',
      bilibili,
      papers: [{title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762'}],
      ...(prerequisites === undefined ? {} : {prerequisites}),
    },
  };
}

const practice = (prerequisites: unknown): SourceDoc => ({
  source: '@site/docs/01-transformer/practice/01-mini-transformer.mdx',
  permalink: '/docs/transformer/practice/mini-transformer',
  title: '搭建迷你 Transformer',
  frontMatter: {title: '搭建迷你 Transformer', description: '一句足够长的说明，讲本页的代码。', prerequisites},
});


const file = (name: string) => `docs/01-transformer/${name}.mdx`;

describe('prerequisites in the catalog', () => {
  it('gives every lesson and 代码实践 page its key and the keys it lists', () => {
    const {chapters} = buildCatalog([
      chapter,
      lesson('04-attention'),
      lesson('05-attention-variants', ['01-transformer/04-attention', '01-transformer/03-embedding']),
      lesson('03-embedding'),
      practice(['01-transformer/04-attention']),
    ]);
    const [c] = chapters;
    expect(c.lessons.map((l) => [l.key, l.prerequisites])).toEqual([
      ['01-transformer/03-embedding', []],
      ['01-transformer/04-attention', []],
      ['01-transformer/05-attention-variants', ['01-transformer/04-attention', '01-transformer/03-embedding']],
    ]);
    expect(c.practice[0].key).toBe('01-transformer/practice/01-mini-transformer');
    expect(c.practice[0].prerequisites).toEqual(['01-transformer/04-attention']);
  });

  it('rejects a key written as a file name or a URL, naming the field', () => {
    expect(problems([chapter, lesson('04-attention', ['01-transformer/01-transformer-basics.mdx'])])).toEqual([
      `${file('04-attention')}: prerequisites.0: 写 docs/ 下的路径，不带扩展名，如 01-transformer/04-attention`,
    ]);
    expect(problems([chapter, lesson('04-attention', ['/docs/transformer/embedding'])])).toHaveLength(1);
  });

  it('rejects an unknown lesson', () => {
    expect(problems([chapter, lesson('04-attention'), lesson('05-attention-variants', ['01-transformer/04-attention', '01-transformer/04-atention'])])).toEqual([
      `${file('05-attention-variants')}: prerequisites.1: 没有这一课：01-transformer/04-atention（写 docs/ 下讲座小节或代码实践的路径，不带扩展名，如 01-transformer/04-attention）`,
    ]);
  });

  it('rejects a page listing itself, and a key listed twice', () => {
    expect(problems([chapter, lesson('04-attention', ['01-transformer/04-attention'])])).toEqual([
      `${file('04-attention')}: prerequisites.0: 不能把本页自己列为先修`,
    ]);
    expect(problems([chapter, lesson('03-embedding'), lesson('04-attention', ['01-transformer/03-embedding', '01-transformer/03-embedding'])])).toEqual([
      `${file('04-attention')}: prerequisites.1: 01-transformer/03-embedding 重复`,
    ]);
  });

  it('rejects a cycle, naming the file, the field and the cycle’s path', () => {
    const found = problems([
      chapter,
      lesson('01-transformer-basics', ['01-transformer/05-attention-variants']),
      lesson('04-attention', ['01-transformer/01-transformer-basics']),
      lesson('05-attention-variants', ['01-transformer/03-embedding', '01-transformer/04-attention']),
      lesson('03-embedding'),
    ]);
    expect(found).toEqual([
      `${file('01-transformer-basics')}: prerequisites.0: 先修关系成环：` +
        '01-transformer/01-transformer-basics → 01-transformer/05-attention-variants → 01-transformer/04-attention → 01-transformer/01-transformer-basics',
    ]);
  });

  it('does not call a page unknown because its own front matter is broken', () => {
    const broken = lesson('04-attention');
    broken.frontMatter.bilibili = 'nope';
    expect(problems([chapter, broken, lesson('05-attention-variants', ['01-transformer/04-attention'])])).toEqual([
      `${file('04-attention')}: bilibili: 不是 B 站视频号（BV 加 10 位字母数字）`,
    ]);
  });

  it('gives the lesson header titles and links, and the roadmap lessons then 代码实践 pages', () => {
    const catalog = buildCatalog([
      chapter,
      lesson('03-embedding'),
      lesson('05-attention-variants', ['01-transformer/03-embedding']),
      practice(['01-transformer/05-attention-variants', '01-transformer/03-embedding']),
    ]);
    expect(prerequisiteLinks(catalog.chapters)).toEqual({
      '01-transformer/05-attention-variants': [{title: '大模型 Embedding 算法', permalink: '/docs/transformer/embedding'}],
      '01-transformer/practice/01-mini-transformer': [
        {title: 'Attention 变种算法', permalink: '/docs/transformer/attention-variants'},
        {title: '大模型 Embedding 算法', permalink: '/docs/transformer/embedding'},
      ],
    });
    const [c] = roadmapChapters(catalog.chapters);
    expect(c).toMatchObject({number: 1, title: 'Transformer 架构', permalink: '/docs/transformer'});
    expect(c.pages.map((p) => [p.key, p.practice])).toEqual([
      ['01-transformer/03-embedding', false],
      ['01-transformer/05-attention-variants', false],
      ['01-transformer/practice/01-mini-transformer', true],
    ]);
  });

  it('only lesson and 代码实践 pages list prerequisites', () => {
    const overview = {...chapter, frontMatter: {...chapter.frontMatter, prerequisites: ['01-transformer/04-attention']}};
    expect(problems([overview, lesson('04-attention')])).toContain(`docs/01-transformer/index.mdx: 未知字段 “prerequisites”`);
  });
});

const graph = (edges: Record<string, string[]>): GraphPage[] =>
  Object.entries(edges).map(([key, prerequisites]) => ({key, source: `docs/${key}.mdx`, prerequisites}));

describe('graph walks', () => {
  const course = graph({a: [], b: ['a'], c: ['a'], d: ['b', 'c'], e: ['d'], f: []});
  const needs = new Map(course.map((p) => [p.key, p.prerequisites]));
  const neededBy = dependents(course);

  it('finds what a page needs and what needs it, transitively, through shared ancestors once', () => {
    expect([...reachable('e', (k) => needs.get(k) ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...reachable('a', (k) => neededBy.get(k) ?? [])].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect(reachable('f', (k) => needs.get(k) ?? []).size).toBe(0);
    expect(neededBy.get('a')).toEqual(['b', 'c']);
  });

  it('terminates on a cycle and leaves the start out', () => {
    const loop = new Map([['x', ['y']], ['y', ['x']]]);
    expect([...reachable('x', (k) => loop.get(k) ?? [])]).toEqual(['y']);
  });

  it('finds no cycle in a DAG, and each loop once', () => {
    expect(cycles(course)).toEqual([]);
    expect(cycles(graph({a: ['c'], b: ['a'], c: ['b'], d: ['d', 'a']}))).toEqual([['a', 'c', 'b', 'a']]);
    expect(cycles(graph({a: ['b'], b: ['a'], c: ['d'], d: ['c']}))).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });

  it('keys a page by its path under docs/', () => {
    expect(keyOf('@site/docs/02-moe/practice/02-moe-from-scratch.mdx')).toBe('02-moe/practice/02-moe-from-scratch');
    expect(keyOf('docs/01-transformer/04-attention.md')).toBe('01-transformer/04-attention');
  });
});
