import {describe, expect, it} from 'vitest';
import {pageData} from '../../glossary/page-data';
import type {ResolvedEntry} from '../../glossary/validate';
import {groupEntries} from './groups';

const entry = (id: string, zh: string, en: string, lesson: string, extra: Partial<ResolvedEntry> = {}): ResolvedEntry => ({
  id,
  zh,
  en,
  definition: `${zh}的定义，一两句话。`,
  lesson,
  heading: '某一节',
  chapter: lesson.split('/')[0],
  lessonTitle: '某一课',
  href: `/docs/x#${id}`,
  ...extra,
});

const data = pageData(
  [
    entry('kv-cache', 'KV 缓存', 'KV cache', '01-transformer/04-attention', {aliases: ['KV Cache', 'K/V 缓存'], related: ['mha']}),
    entry('bpe', '字节对编码', 'Byte Pair Encoding', '01-transformer/02-tokenizer', {abbr: ['BPE']}),
    entry('mha', '多头注意力', 'Multi-Head Attention', '01-transformer/04-attention', {abbr: ['MHA']}),
    entry('router', '路由器', 'router', '02-moe/01-moe-architecture'),
  ],
  [
    {folder: '02-moe', title: 'MoE 混合专家', permalink: '/docs/moe'},
    {folder: '01-transformer', title: 'Transformer 架构', permalink: '/docs/transformer'},
    {folder: '03-new-arch', title: '大模型新架构', permalink: '/docs/new-arch'},
  ],
);

describe('glossary page data', () => {
  it('lists entries by lesson, keeps real alternative spellings and names the related entries', () => {
    expect(data.entries.map((e) => e.id)).toEqual(['bpe', 'kv-cache', 'mha', 'router']);
    expect(data.entries[1]).toMatchObject({aliases: ['K/V 缓存'], related: [{id: 'mha', zh: '多头注意力'}], zhLetter: 'K', enLetter: 'K'});
  });
});

describe('groupEntries', () => {
  it('groups by chapter in course order, each with its anchor, including a chapter without terms', () => {
    const groups = groupEntries(data, 'chapter');
    expect(groups.map((g) => [g.anchor, g.label, g.entries.map((e) => e.id)])).toEqual([
      ['chapter-01-transformer', '第 1 章', ['bpe', 'kv-cache', 'mha']],
      ['chapter-02-moe', '第 2 章', ['router']],
      ['chapter-03-new-arch', '第 3 章', []],
    ]);
    expect(groups[0].title).toBe('第 1 章 · Transformer 架构');
  });

  it('groups by the pinyin initial of the Chinese names', () => {
    expect(groupEntries(data, 'pinyin').map((g) => [g.label, g.entries.map((e) => e.zh)])).toEqual([
      ['D', ['多头注意力']],
      ['K', ['KV 缓存']],
      ['L', ['路由器']],
      ['Z', ['字节对编码']],
    ]);
  });

  it('groups A–Z by the English names', () => {
    expect(groupEntries(data, 'english').map((g) => [g.anchor, g.entries.map((e) => e.en)])).toEqual([
      ['letter-B', ['Byte Pair Encoding']],
      ['letter-K', ['KV cache']],
      ['letter-M', ['Multi-Head Attention']],
      ['letter-R', ['router']],
    ]);
  });
});
