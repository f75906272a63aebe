import {describe, expect, it} from 'vitest';
import {excerptParts, PRACTICE_WEIGHT, rankHits, weighResults, type PageHit} from './rank';
import type {TermHit} from './terms';

const page = (url: string, over: Partial<PageHit> = {}): PageHit => ({url, title: url, excerpt: '…', ...over});
const term: TermHit = {
  id: 'capacity-factor',
  zh: '容量因子',
  en: 'capacity factor',
  lessonTitle: 'Switch Transformer 解读',
  heading: '容量因子与词元丢弃',
  fewest: '容量因子',
  href: '/b/docs/moe/switch-transformer#容量因子与词元丢弃',
};

describe('rankHits', () => {
  it('puts the lesson that teaches a named term first, once', () => {
    const hits = rankHits([term], [page('/b/docs/moe/vision-moe'), page('/b/docs/moe/switch-transformer')]);
    expect(hits.map((h) => h.href)).toEqual(['/b/docs/moe/switch-transformer#容量因子与词元丢弃', '/b/docs/moe/vision-moe']);
    expect(hits[0]).toMatchObject({kind: 'term', title: 'Switch Transformer 解读', detail: '容量因子与词元丢弃', excerpt: '讲解术语：容量因子 · capacity factor'});
  });

  it('links the matching section and names it', () => {
    const [hit] = rankHits([], [page('/b/docs/a', {title: 'A', section: {title: '小节', url: '/b/docs/a#小节'}})]);
    expect(hit).toMatchObject({href: '/b/docs/a#小节', detail: '小节'});
  });
});

describe('weighResults', () => {
  it('ranks a lesson above a practice page unless the practice page matches far better', () => {
    const practice = new Set(['close', 'far']);
    const lesson = {id: 'lesson', score: 6};
    const close = {id: 'close', score: 6 / PRACTICE_WEIGHT - 1};
    const far = {id: 'far', score: 6 / PRACTICE_WEIGHT + 1};
    expect(weighResults([close, lesson], practice).map((r) => r.id)).toEqual(['lesson', 'close']);
    expect(weighResults([far, lesson], practice).map((r) => r.id)).toEqual(['far', 'lesson']);
  });

  it('keeps Pagefind’s order between equals', () => {
    expect(weighResults([{id: 'a', score: 1}, {id: 'b', score: 1}], new Set()).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('excerptParts', () => {
  it('drops the punctuation an excerpt begins with', () => {
    expect(excerptParts('。 用公式算出 <mark>KV</mark>')).toEqual([
      {text: '用公式算出 ', marked: false},
      {text: 'KV', marked: true},
    ]);
  });

  it('splits at the marks and unescapes the text, keeping markup out', () => {
    expect(excerptParts('a &lt;b&gt; <mark>KV</mark> &amp; <mark>cache</mark><script>x</script>')).toEqual([
      {text: 'a <b> ', marked: false},
      {text: 'KV', marked: true},
      {text: ' & ', marked: false},
      {text: 'cache', marked: true},
      {text: 'x', marked: false},
    ]);
  });
});
