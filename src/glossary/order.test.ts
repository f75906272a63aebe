import {describe, expect, it} from 'vitest';
import {englishOrder, letterOf, pinyinOrder} from './order';

const e = (id: string, zh: string, en: string, sortAs?: string) => ({id, zh, en, sortAs});

describe('glossary orders', () => {
  it('files a Chinese name under the initial of its first character’s pinyin, a Latin one under its letter', () => {
    expect(letterOf('保留机制')).toBe('B');
    expect(letterOf('注意力')).toBe('Z');
    expect(letterOf('阿')).toBe('A');
    expect(letterOf('匝道')).toBe('Z');
    expect(letterOf('KV 缓存')).toBe('K');
    expect(letterOf('bfloat16')).toBe('B');
    expect(letterOf('√d')).toBe('#');
  });

  it('sorts by pinyin within a letter, Latin names with their letter', () => {
    const order = pinyinOrder([e('zhuan', '专家并行', 'EP'), e('zhu', '注意力', 'a'), e('kv', 'KV 缓存', 'b'), e('bao', '保留机制', 'c'), e('kun', '困惑度', 'd')]);
    expect(order).toEqual(['bao', 'kun', 'kv', 'zhu', 'zhuan']);
  });

  it('sorts a name by its sortAs spelling when the collator would misread a polyphone', () => {
    expect(letterOf('长度外推')).toBe('Z');
    expect(pinyinOrder([e('hun', '混合专家', 'a'), e('chang', '长度外推', 'b', '常度外推')])).toEqual(['chang', 'hun']);
  });

  it('sorts English names ignoring case, numbers by value', () => {
    expect(englishOrder([e('b', '', 'bfloat16'), e('a', '', 'ALiBi'), e('g10', '', 'GPT-10'), e('g4', '', 'GPT-4')])).toEqual(['a', 'b', 'g4', 'g10']);
  });
});
