import {describe, expect, it} from 'vitest';
import {glossarySources} from '../data/glossary';
import {spellingsOf, type GlossaryEntry} from '../glossary/schema';
import {fewestWords, fullTextQuery, normalizeQuery, termHitsFor, termIndex, wordCount, type TermSource} from './terms';

const card = (over: Partial<TermSource>): TermSource => ({
  id: 'kv-cache',
  zh: 'KV 缓存',
  en: 'KV cache',
  spellings: ['KV 缓存', 'KV cache', 'KV Cache'],
  lessonTitle: '注意力机制',
  heading: '推理时的 KV cache',
  href: '/base/docs/transformer/attention#推理时的-kv-cache',
  ...over,
});

describe('normalizeQuery', () => {
  it('ignores case, width, spaces and hyphens', () => {
    expect(normalizeQuery(' KV  Cache ')).toBe(normalizeQuery('kv-cache'));
    expect(normalizeQuery('KV 缓存')).toBe(normalizeQuery('KV缓存'));
    expect(normalizeQuery('PPO-ptx')).toBe(normalizeQuery('ppo ptx'));
    expect(normalizeQuery('ＲＭＳＮｏｒｍ')).toBe('rmsnorm');
    expect(normalizeQuery('Bradley–Terry')).toBe(normalizeQuery('bradley-terry'));
  });
});

describe('termHitsFor', () => {
  const index = termIndex([card({}), card({id: 'mqa', zh: '多查询注意力', en: 'Multi-Query Attention', spellings: ['多查询注意力', 'Multi-Query Attention', 'MQA']})]);

  it('finds a term by any of its spellings, in either language', () => {
    for (const q of ['KV 缓存', 'kv cache', 'KV-Cache', '多查询注意力', 'mqa', 'multi query attention']) {
      expect(termHitsFor(q, index), q).toHaveLength(1);
    }
    expect(termHitsFor('kv cache', index)[0].href).toBe('/base/docs/transformer/attention#推理时的-kv-cache');
  });

  it('finds nothing for part of a term or for other words', () => {
    expect(termHitsFor('缓存', index)).toEqual([]);
    expect(termHitsFor('attention', index)).toEqual([]);
    expect(termHitsFor('', index)).toEqual([]);
    expect(termHitsFor('constructor', index)).toEqual([]);
  });

  it('lists both terms when two share a spelling', () => {
    const shared = termIndex([card({}), card({id: 'other', spellings: ['KV']}), card({id: 'third', spellings: ['kv']})]);
    expect(termHitsFor('KV', shared).map((h) => h.id)).toEqual(['other', 'third']);
  });
});

describe('fullTextQuery', () => {
  it('asks the full-text index for a term by its spelling of fewest words', () => {
    expect(wordCount('RMSNorm')).toBe(1);
    expect(wordCount('Root Mean Square Normalization')).toBe(4);
    expect(fewestWords(['均方根归一化', 'Root Mean Square Normalization', 'RMSNorm'])).toBe('RMSNorm');
    const [hit] = termIndex([card({id: 'rmsnorm', spellings: ['均方根归一化', 'Root Mean Square Normalization', 'RMSNorm']})]).terms;
    expect(fullTextQuery('均方根归一化', [hit])).toBe('RMSNorm');
  });

  it('keeps the query when no spelling has fewer words, or it names no term', () => {
    const [hit] = termIndex([card({spellings: ['容量因子', 'capacity factor']})]).terms;
    expect(fullTextQuery('capacity factor', [hit])).toBe('capacity factor');
    expect(fullTextQuery('均方根归一化', [])).toBe('均方根归一化');
  });
});

describe('the glossary as search terms', () => {
  const entries = glossarySources.flatMap((s) => s.entries) as GlossaryEntry[];
  const index = termIndex(entries.map((e) => ({...e, spellings: spellingsOf(e), lessonTitle: e.lesson, href: e.lesson})));

  it.each(entries.map((e) => [e.id, e] as const))('%s: every spelling leads to its lesson', (_, entry) => {
    for (const spelling of spellingsOf(entry)) {
      expect(termHitsFor(spelling, index).map((h) => h.href)).toContain(entry.lesson);
    }
  });
});
