import {describe, expect, it} from 'vitest';
import {headingAbove} from './reading';

const h = (id: string, top: number) => ({id, text: id, top});

describe('headingAbove', () => {
  it('is the last heading above the reading line', () => {
    const headings = [h('a', -900), h('b', -10), h('c', 400)];
    expect(headingAbove(headings, 120)?.id).toBe('b');
    expect(headingAbove(headings, 500)?.id).toBe('c');
  });

  it('is none before the first heading, or on a page without headings', () => {
    expect(headingAbove([h('a', 300)], 120)).toBeUndefined();
    expect(headingAbove([], 120)).toBeUndefined();
  });
});
