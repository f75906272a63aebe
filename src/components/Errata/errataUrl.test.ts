import {describe, expect, it} from 'vitest';
import {errataIssueUrl, MAX_QUOTE, quoteOf} from './errataUrl';

const base = {
  repo: 'owner/site',
  pageTitle: 'Attention 注意力机制',
  pageUrl: 'https://owner.github.io/site/docs/transformer/attention',
  sourcePath: 'docs/01-transformer/04-attention.mdx',
};

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('errataIssueUrl', () => {
  it('opens the errata form on the site repository with the page filled in', () => {
    const url = errataIssueUrl(base);
    expect(url.startsWith('https://github.com/owner/site/issues/new?')).toBe(true);
    expect(params(url)).toEqual({
      template: 'errata.yml',
      title: '[勘误] Attention 注意力机制',
      page: base.pageUrl,
      source: base.sourcePath,
    });
  });

  it('percent-encodes Chinese text and spaces (no "+" that GitHub would show literally)', () => {
    const url = errataIssueUrl({...base, selection: '缩放 点积'});
    expect(url).toContain('quote=%E7%BC%A9%E6%94%BE%20%E7%82%B9%E7%A7%AF');
    expect(url).toContain('title=%5B%E5%8B%98%E8%AF%AF%5D%20Attention%20');
    expect(url).not.toContain('+');
    expect(params(url).quote).toBe('缩放 点积');
  });

  it('encodes characters that would break the query: & = # ?', () => {
    const url = errataIssueUrl({...base, selection: 'a&b=c#d?e'});
    expect(params(url).quote).toBe('a&b=c#d?e');
    expect(new URL(url).hash).toBe('');
  });

  it('leaves the quote out when nothing is selected', () => {
    expect(params(errataIssueUrl({...base, selection: '  \n '}))).not.toHaveProperty('quote');
  });

  it('keeps long selections short enough for GitHub', () => {
    const url = errataIssueUrl({...base, selection: '注意力'.repeat(2000)});
    const quote = params(url).quote;
    expect(Array.from(quote)).toHaveLength(MAX_QUOTE);
    expect(quote.endsWith('…')).toBe(true);
    expect(url.length).toBeLessThan(8000);
  });
});

describe('quoteOf', () => {
  it('collapses white space from multi-line selections', () => {
    expect(quoteOf('  第一行\n\n  第二行\t结束 ')).toBe('第一行 第二行 结束');
  });

  it('never cuts a surrogate pair in half', () => {
    const quote = quoteOf('😀'.repeat(10), 5);
    expect(Array.from(quote)).toEqual(['😀', '😀', '😀', '😀', '…']);
  });
});
