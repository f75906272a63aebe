import {describe, expect, it} from 'vitest';
import {edgeState, highlightOf, move, pageState, type GraphNode} from './highlight';

// Two chapters: a → b → d, a → c → d in the first; e needs d, f needs nothing, in the second.
const pages: GraphNode[] = [
  {key: 'a', column: 0, row: 0, prerequisites: []},
  {key: 'b', column: 0, row: 1, prerequisites: ['a']},
  {key: 'c', column: 0, row: 2, prerequisites: ['a']},
  {key: 'd', column: 0, row: 3, prerequisites: ['b', 'c']},
  {key: 'e', column: 1, row: 0, prerequisites: ['d']},
  {key: 'f', column: 1, row: 1, prerequisites: []},
];

describe('highlightOf', () => {
  it('collects what a page needs and what needs it, transitively', () => {
    const h = highlightOf('b', pages);
    expect([...h.needs]).toEqual(['a']);
    expect([...h.neededBy].sort()).toEqual(['d', 'e']);
    expect([...highlightOf('d', pages).needs].sort()).toEqual(['a', 'b', 'c']);
    expect(highlightOf('f', pages).needs.size + highlightOf('f', pages).neededBy.size).toBe(0);
  });

  it('gives each page and edge its state, and none without a selection', () => {
    const h = highlightOf('b', pages);
    expect(pages.map((p) => pageState(p.key, h))).toEqual(['needs', 'selected', undefined, 'neededBy', 'neededBy', undefined]);
    expect(edgeState({from: 'a', to: 'b'}, h)).toBe('needs');
    expect(edgeState({from: 'b', to: 'd'}, h)).toBe('neededBy');
    expect(edgeState({from: 'd', to: 'e'}, h)).toBe('neededBy');
    // c is neither: a → c is not on b's chain, and c → d does not pass through b.
    expect(edgeState({from: 'a', to: 'c'}, h)).toBeUndefined();
    expect(edgeState({from: 'c', to: 'd'}, h)).toBeUndefined();
    expect(pageState('a', null)).toBeUndefined();
    expect(edgeState({from: 'a', to: 'b'}, null)).toBeUndefined();
  });
});

describe('move', () => {
  it('moves within a column with the up and down arrows, stopping at its ends', () => {
    expect(move(pages, 'b', 'ArrowDown')).toBe('c');
    expect(move(pages, 'b', 'ArrowUp')).toBe('a');
    expect(move(pages, 'a', 'ArrowUp')).toBe('a');
    expect(move(pages, 'd', 'ArrowDown')).toBe('d');
    expect(move(pages, 'c', 'Home')).toBe('a');
    expect(move(pages, 'a', 'End')).toBe('d');
  });

  it('moves to the same row of the next chapter, or its last page when shorter', () => {
    expect(move(pages, 'a', 'ArrowRight')).toBe('e');
    expect(move(pages, 'd', 'ArrowRight')).toBe('f');
    expect(move(pages, 'f', 'ArrowLeft')).toBe('b');
    expect(move(pages, 'e', 'ArrowRight')).toBe('e');
  });

  it('ignores other keys', () => {
    expect(move(pages, 'a', 'x')).toBeUndefined();
  });
});
