import {describe, expect, it} from 'vitest';
import {codeBlocks, compareOutput, isRunnable, pageParts, practiceProgram} from './practice.mjs';

const page = [
  '一步：',
  '```python title="step1.py"',
  'print(1)',
  '```',
  '```text output',
  '1',
  '```',
  '只展示：',
  '```python norun',
  'from transformers import AutoModel',
  '```',
  '````python',
  'print("```")',
  '````',
  '```text output',
  '```',
  '````',
].join('\n');

describe('practiceProgram', () => {
  it('joins runnable python blocks in order and skips norun ones', () => {
    const {code, expected} = practiceProgram(page);
    expect(code).toBe('print(1)\n\nprint("```")\n');
    expect(code).not.toContain('transformers');
    expect(expected).toBe('1\n');
  });

  it('reads fence info strings', () => {
    expect(codeBlocks(page)[0]).toEqual({lang: 'python', meta: 'title="step1.py"', code: 'print(1)\n'});
  });

  it('has no expected output when the page states none', () => {
    expect(practiceProgram('```python\nprint(1)\n```\n').expected).toBeNull();
  });
});

describe('compareOutput', () => {
  it('accepts equal output, ignoring trailing spaces and blank ends', () => {
    expect(compareOutput('a\nb\n', '\na  \nb\n\n')).toBeNull();
  });

  it('reports the first differing line', () => {
    expect(compareOutput('loss 0.50\nacc 1.0', 'loss 0.50\nacc 0.9')).toEqual({line: 2, expected: 'acc 1.0', actual: 'acc 0.9'});
  });

  it('reports missing and extra lines', () => {
    expect(compareOutput('a\nb', 'a')).toEqual({line: 2, expected: 'b', actual: '(输出结束)'});
    expect(compareOutput('a', 'a\nb')).toEqual({line: 2, expected: '(输出结束)', actual: 'b'});
  });

  it('lets ⋯ stand for any text within a line, and nothing else', () => {
    expect(compareOutput('耗时 ⋯ ms (x)', '耗时 12.5 ms (x)')).toBeNull();
    expect(compareOutput('耗时 ⋯ ms', '耗时 12.5 s')).not.toBeNull();
    expect(compareOutput('a.b', 'axb')).not.toBeNull();
  });
});

describe('pageParts', () => {
  it('keeps prose and blocks in reading order, with nothing lost between them', () => {
    const parts = pageParts(page);
    expect(parts.map((p) => (p.prose === undefined ? p.lang : 'prose'))).toEqual([
      'prose', 'python', 'prose', 'text', 'prose', 'python', 'prose', 'python', 'prose', 'text', 'prose',
    ]);
    expect(parts[0]).toEqual({prose: '一步：\n'});
    expect(parts.filter((p) => p.prose === undefined)).toEqual(codeBlocks(page));
  });

  it('marks runnable blocks as practiceProgram joins them', () => {
    const runnable = codeBlocks(page).filter(isRunnable);
    expect(runnable.map((b) => b.code).join('\n')).toBe(practiceProgram(page).code);
  });
});
