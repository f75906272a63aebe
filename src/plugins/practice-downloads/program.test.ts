import {describe, expect, it} from 'vitest';
import {practiceProgram} from '../../../scripts/lib/practice.mjs';
import {pythonFile} from './program';

const page = {title: '搭建迷你 Transformer', url: 'https://example.org/p', fileName: 'ch01-practice-01-x.py'};

describe('pythonFile', () => {
  it('is the runner’s program under a comment header', () => {
    const content = '文字\n\n```python\nprint(1)\n```\n\n```python norun\nimport x\n```\n\n```python\nprint(2)\n```\n';
    const file = pythonFile({...page, content});
    expect(file.endsWith(practiceProgram(content).code)).toBe(true);
    const header = file.slice(0, file.length - practiceProgram(content).code.length);
    expect(header.split('\n').filter(Boolean).every((l) => l.startsWith('#'))).toBe(true);
    expect(header).toContain('# 运行：python3 ch01-practice-01-x.py');
    expect(file).not.toContain('import x');
  });

  it('refuses a page with no Python to run', () => {
    expect(() => pythonFile({...page, content: '只有文字。\n\n```text\nx\n```\n'})).toThrow(/没有可导出的代码/);
    expect(() => pythonFile({...page, content: '```python norun\nimport x\n```\n'})).toThrow(/没有可导出的代码/);
  });
});
