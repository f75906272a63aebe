import {describe, expect, it} from 'vitest';
import {splitSource} from './source';

describe('splitSource', () => {
  it('keeps ATX headings apart from the text, and leaves code blocks and formulas out of both', () => {
    const mdx = [
      '## 多头注意力',
      '多头注意力把维度切成若干个头，`MHA` 与 $W^Q$ 不算正文。',
      '```python',
      '## 不是标题',
      'kv_cache = {}',
      '```',
      '$$',
      'KV 缓存',
      '$$',
      '~~~text',
      '# 也不是',
      '~~~',
      '### 推理时的 KV cache',
    ].join('\n');
    const {headings, text} = splitSource(mdx);
    expect(headings).toEqual(['## 多头注意力', '### 推理时的 KV cache']);
    expect(text.join('\n')).toContain('多头注意力把维度切成若干个头');
    expect(text.join('\n')).not.toMatch(/MHA|W\^Q|kv_cache|KV 缓存|不是标题/);
  });

  it('only closes a fence with the same character and at least the same length', () => {
    const {headings} = splitSource(['````md', '```', '## 代码里的标题', '````', '## 真标题'].join('\n'));
    expect(headings).toEqual(['## 真标题']);
  });
});
