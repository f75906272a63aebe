import {describe, expect, it} from 'vitest';
import {practiceDownloadPaths} from './downloads';

describe('practiceDownloadPaths', () => {
  it('names the files after the chapter, the practice number and the page', () => {
    expect(practiceDownloadPaths('@site/docs/01-transformer/practice/01-mini-transformer.mdx')).toEqual({
      py: 'downloads/ch01-practice-01-mini-transformer.py',
      ipynb: 'downloads/ch01-practice-01-mini-transformer.ipynb',
    });
  });

  it('has none for lessons, chapter overviews and other pages', () => {
    expect(practiceDownloadPaths('docs/01-transformer/04-attention.mdx')).toBeUndefined();
    expect(practiceDownloadPaths('docs/01-transformer/index.mdx')).toBeUndefined();
    expect(practiceDownloadPaths('docs/contributing.mdx')).toBeUndefined();
  });
});
