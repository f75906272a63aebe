import {describe, expect, it} from 'vitest';
import {lessonAgainstOutline, parseOutline} from './outline.mjs';

const outline = parseOutline(`
## 01 Transformer 架构 (\`docs/01-transformer\`)

| # | 小节 | Bilibili | must teach |
|---|---|---|---|
| 04 | Attention 注意力机制 | BV11AMHzuEet | masks |

## 03 大模型新架构

| 03 | RWKV 原理 | — | wkv |
`);

describe('outline', () => {
  it('reads each chapter row with its video id', () => {
    expect(outline['01']['04']).toEqual({title: 'Attention 注意力机制', bilibili: 'BV11AMHzuEet'});
    expect(outline['03']['03']).toEqual({title: 'RWKV 原理', bilibili: undefined});
  });

  it('accepts a lesson that matches its row', () => {
    const fm = {title: 'Attention 注意力机制', bilibili: 'BV11AMHzuEet'};
    expect(lessonAgainstOutline(outline, 'docs/01-transformer/04-attention.mdx', fm)).toEqual([]);
  });

  it('rejects a video id not in the outline, naming file and field', () => {
    const fm = {title: 'Attention 注意力机制', bilibili: 'BV1xxxxxxxxx'};
    expect(lessonAgainstOutline(outline, 'docs/01-transformer/04-attention.mdx', fm)).toEqual([
      'docs/01-transformer/04-attention.mdx: bilibili: 应为大纲中的 BV11AMHzuEet，实际为 BV1xxxxxxxxx',
    ]);
  });

  it('rejects a video where the outline has none, and a wrong title', () => {
    const problems = lessonAgainstOutline(outline, 'docs/03-new-arch/03-rwkv.mdx', {title: 'RWKV', bilibili: 'BV11AMHzuEet'});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/大纲中本节没有视频/);
  });

  it('ignores practice pages', () => {
    expect(lessonAgainstOutline(outline, 'docs/01-transformer/practice/01-mini.mdx', {})).toEqual([]);
  });
});
