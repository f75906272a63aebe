import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import remarkGlossary from './remark';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-remark-'));
const cardsFile = path.join(dir, 'cards.json');
const card = {zh: 'KV 缓存', en: 'KV cache', spellings: ['KV 缓存', 'KV cache'], definition: '定义。', lessonTitle: '课', href: '/docs/x#y'};
fs.writeFileSync(cardsFile, JSON.stringify({'kv-cache': {id: 'kv-cache', ...card}}));
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

function run(file: string, frontMatter: Record<string, unknown> = {}, options = {cardsFile}) {
  const tree = unified().use(remarkParse).parse('推理时的 KV cache。') as Root;
  remarkGlossary(options)(tree, new VFile({path: `/site/${file}`, data: {frontMatter}}));
  return JSON.stringify(tree).includes('"GlossaryTerm"');
}

describe('remarkGlossary', () => {
  it('marks terms in course pages, with the cards the glossary plugin wrote', () => {
    expect(run('docs/01-transformer/04-attention.mdx')).toBe(true);
    expect(run('docs/01-transformer/practice/01-mini-transformer.mdx')).toBe(true);
  });

  it('leaves pages outside the chapters alone', () => {
    expect(run('docs/contributing.mdx')).toBe(false);
  });

  it('honours a page’s glossary_skip', () => {
    expect(run('docs/01-transformer/04-attention.mdx', {glossary_skip: ['kv-cache']})).toBe(false);
  });

  it('fails, naming the file, when the glossary plugin has not written the cards', () => {
    expect(() => run('docs/01-transformer/04-attention.mdx', {}, {cardsFile: path.join(dir, 'missing.json')})).toThrow(/missing\.json.*glossary 插件/);
  });
});
