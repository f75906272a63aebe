import {describe, expect, it} from 'vitest';
import {forIndex, isSearched} from '.';

describe('isSearched', () => {
  it('searches lessons, practice pages and chapter overviews, not tag lists or other pages', () => {
    expect(['docs/moe/gshard.html', 'docs/moe/practice/moe-from-scratch.html', 'docs/moe.html'].every(isSearched)).toBe(true);
    expect(['docs/tags/moe.html', 'docs/tags.html', 'glossary.html', 'index.html', 'search.html', '404.html'].some(isSearched)).toBe(false);
  });
});

describe('forIndex', () => {
  it('marks a practice page with the practice filter inside <main>, and leaves lessons alone', () => {
    const html = '<body><nav>x</nav><main class="m"><h1>MoE</h1></main></body>';
    expect(forIndex('docs/moe/practice/moe-from-scratch.html', html)).toBe(
      '<body><nav>x</nav><main class="m"><span data-pagefind-filter="kind:practice" hidden></span><h1>MoE</h1></main></body>',
    );
    expect(forIndex('docs/moe/gshard.html', html)).toBe(html);
  });
});
