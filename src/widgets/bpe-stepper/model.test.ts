import {describe, expect, it} from 'vitest';
import {END, baseVocab, bestPair, byteSymbols, countPairs, display, encode, mergeSymbols, parseCorpus, train} from './model';

const CORPUS = 'low low low low low lower lower newest newest newest newest newest newest widest widest widest';

describe('parseCorpus and countPairs', () => {
  it('counts words in first-seen order and adds the end marker', () => {
    const words = parseCorpus(CORPUS);
    expect(words.map((w) => [w.word, w.count])).toEqual([
      ['low', 5],
      ['lower', 2],
      ['newest', 6],
      ['widest', 3],
    ]);
    expect(words[0].symbols).toEqual(['l', 'o', 'w', END]);
  });
  it('weights pairs by word counts (hand count of lesson 02)', () => {
    // (e,s): newest 6 + widest 3 = 9; (w,e): lower 2 + newest 6 = 8; (l,o): low 5 + lower 2 = 7.
    const pairs = countPairs(parseCorpus(CORPUS));
    const get = (l: string, r: string) => pairs.find((p) => p.left === l && p.right === r)?.count;
    expect(get('e', 's')).toBe(9);
    expect(get('s', 't')).toBe(9);
    expect(get('t', END)).toBe(9);
    expect(get('w', 'e')).toBe(8);
    expect(get('l', 'o')).toBe(7);
    // The tie at 9 goes to the first pair seen: (e, s) in "newest".
    expect(bestPair(pairs)).toMatchObject({left: 'e', right: 's', count: 9});
  });
});

describe('train', () => {
  it('reproduces the eight merges of the lesson table', () => {
    const steps = train(parseCorpus(CORPUS), 8);
    expect(steps.map((s) => `${s.chosen.left}+${s.chosen.right}:${s.chosen.count}`)).toEqual([
      'e+s:9',
      'es+t:9',
      `est+${END}:9`,
      'l+o:7',
      'lo+w:7',
      'n+e:6',
      'ne+w:6',
      `new+est${END}:6`,
    ]);
    expect(steps[7].words.map((w) => w.symbols.join(' '))).toEqual([
      `low ${END}`,
      `low e r ${END}`,
      `newest${END}`,
      `w i d est${END}`,
    ]);
  });
  it('stops when no pair is left', () => {
    const steps = train(parseCorpus('ab ab'), 10);
    // a b </w> → ab </w> → ab</w>; then one symbol, nothing left to merge.
    expect(steps).toHaveLength(2);
    expect(steps[1].words[0].symbols).toEqual([`ab${END}`]);
  });
  it('handles an empty corpus', () => {
    expect(train(parseCorpus('   '), 5)).toEqual([]);
  });
});

describe('mergeSymbols and encode', () => {
  it('merges non-overlapping pairs left to right', () => {
    // a a a: the first two merge, the third stays.
    expect(mergeSymbols(['a', 'a', 'a'], 'a', 'a')).toEqual(['aa', 'a']);
  });
  it('encodes the unseen word "lowest" as low + est</w>', () => {
    const merges = train(parseCorpus(CORPUS), 8).map((s) => s.chosen);
    const t = encode('lowest', merges);
    expect(t.tokens).toEqual(['low', `est${END}`]);
    expect(t.applied).toEqual([0, 1, 2, 3, 4]);
  });
  it('follows the merge order, not longest match (question 4 of the lesson)', () => {
    // rules: b+c first, then a+b → "abc" becomes a + bc (+ end marker).
    const t = encode('abc', [
      {left: 'b', right: 'c'},
      {left: 'a', right: 'b'},
    ]);
    expect(t.tokens).toEqual(['a', 'bc', END]);
  });
});

describe('byte level', () => {
  it('writes a Chinese character as its three UTF-8 bytes', () => {
    expect(byteSymbols('中')).toEqual(['<E4>', '<B8>', '<AD>']);
    expect(byteSymbols('a')).toEqual(['<61>']);
  });
  it('shows complete characters and keeps partial byte runs as hex', () => {
    expect(display('<E4><B8><AD>')).toBe('中');
    expect(display('<E4><B8>')).toBe('<E4><B8>');
    expect(display(`<E4><B8><AD>${END}`)).toBe(`中${END}`);
  });
  it('learns Chinese characters from bytes first', () => {
    const words = parseCorpus('中国 中国 中文', true);
    // 中 = E4 B8 AD, 国 = E5 9B BD, 文 = E6 96 87: nine distinct bytes plus </w>.
    expect(baseVocab(words)).toHaveLength(10);
    const steps = train(words, 2);
    // First merges join the bytes of 中 (seen 3 times): <E4><B8>, then <E4><B8><AD>.
    expect(display(steps[1].chosen.left + steps[1].chosen.right)).toBe('中');
  });
});
