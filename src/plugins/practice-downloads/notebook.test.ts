import fs from 'node:fs';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {codeBlocks, isRunnable} from '../../../scripts/lib/practice.mjs';
import {buildNotebook, proseCells, type Notebook} from './notebook';

const URL_ = 'https://example.org/docs/transformer/practice/bpe';

const page = [
  "import BpeStepper from '@site/src/widgets/bpe-stepper';",
  '',
  '第二节“[Tokenizer](../02-tokenizer.mdx#合并)”讲了 BPE，见[外站](https://arxiv.org/abs/1508.07909)。',
  '',
  '<BpeStepper initial={3} />',
  '',
  '## 第 1 步：训练',
  '',
  '$$',
  'a',
  '',
  'b',
  '$$',
  '',
  '```python',
  'x = 1',
  '',
  'print(x)',
  '```',
  '',
  '```text output',
  '1',
  '```',
  '',
  '```python norun',
  'from transformers import AutoModel',
  '```',
  '',
  '```python title="step2.py"',
  'print("```")',
  '```',
  '',
].join('\n');

const notebook = buildNotebook({
  title: 'BPE 分词算法',
  description: '从零实现 BPE。',
  url: URL_,
  content: page,
  resolveLink: (href) => (href.startsWith('../02-tokenizer.mdx') ? `https://example.org/docs/transformer/tokenizer#合并` : undefined),
});
const text = (cell: Notebook['cells'][number]) => cell.source.join('');

/** The required structure of nbformat 4.5 (nbformat.v4.5.schema.json), checked field by field. */
function assertNbformat4(nb: Notebook) {
  expect(Object.keys(nb).sort()).toEqual(['cells', 'metadata', 'nbformat', 'nbformat_minor']);
  expect(nb.nbformat).toBe(4);
  expect(nb.nbformat_minor).toBe(5);
  expect(nb.metadata.kernelspec).toEqual({name: 'python3', display_name: 'Python 3', language: 'python'});
  expect(nb.metadata.language_info.name).toBe('python');
  const ids = nb.cells.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const cell of nb.cells) {
    expect(cell.id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
    expect(cell.metadata).toEqual({});
    expect(Array.isArray(cell.source)).toBe(true);
    cell.source.forEach((line, i) => {
      expect(typeof line).toBe('string');
      // Every line but the last ends its line; none holds two.
      expect(line.slice(0, -1)).not.toContain('\n');
      if (i < cell.source.length - 1) expect(line.endsWith('\n')).toBe(true);
    });
    if (cell.cell_type === 'code') {
      expect(Object.keys(cell).sort()).toEqual(['cell_type', 'execution_count', 'id', 'metadata', 'outputs', 'source']);
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    } else {
      expect(cell.cell_type).toBe('markdown');
      expect(Object.keys(cell).sort()).toEqual(['cell_type', 'id', 'metadata', 'source']);
    }
  }
  // What is written to disk must survive a JSON round trip unchanged.
  expect(JSON.parse(JSON.stringify(nb))).toEqual(nb);
}

describe('buildNotebook', () => {
  it('is a valid nbformat 4 notebook with a Python 3 kernel and no outputs', () => {
    assertNbformat4(notebook);
  });

  it('has one code cell per runnable block, equal to the block', () => {
    const code = notebook.cells.filter((c) => c.cell_type === 'code').map(text);
    expect(code).toEqual(['x = 1\n\nprint(x)', 'print("```")']);
    const runnable = codeBlocks(page).filter(isRunnable).map((b) => b.code);
    expect(code.map((c) => `${c}\n`)).toEqual(runnable);
  });

  it('opens with the title, the description and the page it comes from', () => {
    expect(text(notebook.cells[0])).toMatch(/^# BPE 分词算法\n\n从零实现 BPE。\n\n/);
    expect(text(notebook.cells[0])).toContain(`](${URL_})`);
  });

  it('turns prose into one markdown cell per paragraph or heading, readable outside the site', () => {
    const markdown = notebook.cells.slice(1).filter((c) => c.cell_type === 'markdown').map(text);
    expect(markdown.slice(0, 4)).toEqual([
      '第二节“[Tokenizer](https://example.org/docs/transformer/tokenizer#合并)”讲了 BPE，见[外站](https://arxiv.org/abs/1508.07909)。',
      `> 网页上此处是一个交互组件，请在 [原页面](${URL_}) 中使用。`,
      '## 第 1 步：训练',
      '$$\na\n\nb\n$$',
    ]);
    expect(markdown.join('\n')).not.toContain('import BpeStepper');
  });

  it('keeps expected output and shown-only code as fenced markdown, never as code to run', () => {
    const markdown = notebook.cells.filter((c) => c.cell_type === 'markdown').map(text);
    expect(markdown).toContain('预期输出：\n\n```text\n1\n```');
    expect(markdown).toContain('只展示、不运行的代码：\n\n```python\nfrom transformers import AutoModel\n```');
  });

  it('matches the runner on a real page: its code cells are the program’s blocks in order', () => {
    const {content} = matter(fs.readFileSync('docs/01-transformer/practice/05-bpe.mdx', 'utf8'));
    const nb = buildNotebook({title: 'BPE 分词算法', description: 'd', url: URL_, content});
    assertNbformat4(nb);
    const runnable = codeBlocks(content).filter(isRunnable).map((b) => b.code);
    expect(runnable.length).toBeGreaterThan(2);
    expect(nb.cells.filter((c) => c.cell_type === 'code').map((c) => `${text(c)}\n`)).toEqual(runnable);
    expect(nb.cells.some((c) => text(c).includes('<BpeStepper'))).toBe(false);
  });
});

describe('proseCells', () => {
  it('keeps a <details> answer whole and leaves links it cannot resolve as they are', () => {
    const cells = proseCells('<details>\n<summary>答案</summary>\n\n见 [x](./missing.mdx)。\n\n</details>\n\n下一段。', {url: URL_});
    expect(cells).toEqual(['<details>\n<summary>答案</summary>\n\n见 [x](./missing.mdx)。\n\n</details>', '下一段。']);
  });
});
