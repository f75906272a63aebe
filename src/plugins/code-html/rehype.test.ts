import {describe, expect, it} from 'vitest';
import {VFile} from 'vfile';
import type {Root} from 'hast';
import rehypeCodeHtml from './rehype';

function page(language: string | null, text: string, meta?: string): Root {
  return {
    type: 'root',
    children: [
      {type: 'element', tagName: 'p', properties: {}, children: [{type: 'element', tagName: 'code', properties: {}, children: [{type: 'text', value: 'inline'}]}]},
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties: language ? {className: [`language-${language}`]} : {},
            data: meta ? {meta} : undefined,
            children: [{type: 'text', value: text}],
          },
        ],
      },
    ],
  };
}

const run = (tree: Root, path = 'docs/01-transformer/04-attention.mdx') => {
  rehypeCodeHtml({languages: ['bash']})(tree, new VFile({path}));
  return tree;
};

describe('rehypeCodeHtml', () => {
  it('replaces a code block with one CodeHtml element holding its highlighted markup', () => {
    const tree = run(page('python', 'x = 1\n'));
    expect(tree.children[1]).toEqual({
      type: 'mdxJsxFlowElement',
      name: 'CodeHtml',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'language', value: 'python'},
        {type: 'mdxJsxAttribute', name: 'html', value: 'x <span class="token operator">=</span> <span class="token number">1</span>'},
      ],
      children: [],
    });
  });

  it('leaves inline code alone', () => {
    const tree = run(page('python', 'x\n'));
    expect(tree.children[0]).toMatchObject({tagName: 'p'});
  });

  it('treats a block without a language as plain text', () => {
    const tree = run(page(null, '<b>\n'));
    expect(tree.children[1]).toMatchObject({attributes: [{value: 'text'}, {value: '&lt;b&gt;'}]});
  });

  it('fails the build on a language it cannot highlight, naming the file', () => {
    expect(() => run(page('pyhton', 'x\n'))).toThrow(/docs\/01-transformer\/04-attention\.mdx: 代码块的语言“pyhton”/);
  });

  it('accepts the practice runner markers but rejects titles and highlighted lines it would not draw', () => {
    expect(() => run(page('python', 'x\n', 'norun'))).not.toThrow();
    expect(() => run(page('text', 'x\n', 'output'))).not.toThrow();
    expect(() => run(page('python', 'x\n', '{2-4}'))).toThrow(/04-attention\.mdx: 代码块的“\{2-4\}”不受支持/);
    expect(() => run(page('python', 'x\n', 'title="a.py"'))).toThrow(/不受支持/);
  });
});
