import {describe, expect, it} from 'vitest';
import {Matcher} from './matcher';

const terms = [
  {id: 'mha', spellings: ['多头注意力', 'MHA']},
  {id: 'attention', spellings: ['注意力']},
  {id: 'kv-cache', spellings: ['KV 缓存', 'KV cache']},
  {id: 'rm', spellings: ['奖励模型', 'RM']},
  {id: 'moe', spellings: ['MoE']},
  {id: 'gpt-3', spellings: ['GPT-3']},
];

const first = (text: string) => new Matcher(terms).next(text);

describe('Matcher', () => {
  it('finds the earliest occurrence of any term', () => {
    expect(first('先讲注意力，再讲 KV 缓存')).toEqual({id: 'attention', start: 2, end: 5});
  });

  it('prefers the longest spelling where several start at the same place', () => {
    expect(first('多头注意力的每个头')).toEqual({id: 'mha', start: 0, end: 5});
  });

  it('does not match a Latin abbreviation inside a longer word, a hyphenated name or a version', () => {
    expect(first('RMSNorm 只除以均方根')).toBeUndefined();
    expect(first('V-MoE 用在视觉上')).toBeUndefined();
    expect(first('GPT-3.5 与 GPT-3 的差别')).toEqual({id: 'gpt-3', start: 10, end: 15});
    expect(first('训练 RM 的数据')).toEqual({id: 'rm', start: 3, end: 5});
  });

  it('ignores case in spellings with lower-case letters, not in all-capitals abbreviations', () => {
    expect(first('推理时的 KV Cache')).toEqual({id: 'kv-cache', start: 5, end: 13});
    expect(first('MOE 与 moe 都算')).toEqual({id: 'moe', start: 0, end: 3});
    expect(first('rm -rf')).toBeUndefined();
  });

  it('reports a blocking phrase, which wins over the spelling inside it', () => {
    const m = new Matcher([{id: 'self-attention', spellings: ['自注意力'], blocks: ['来自注意力']}]);
    expect(m.next('主要来自注意力层')).toEqual({id: 'self-attention', start: 2, end: 7, block: true});
    expect(m.next('多头自注意力')).toEqual({id: 'self-attention', start: 2, end: 6});
  });

  it('searches on from a position', () => {
    expect(new Matcher(terms).next('注意力与注意力', 3)).toEqual({id: 'attention', start: 4, end: 7});
  });
});
