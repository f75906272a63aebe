import {describe, expect, it} from 'vitest';
import {
  attention,
  contrast,
  explore,
  formatBytes,
  heatColor,
  kvCacheBytes,
  kvHeadFor,
  luminance,
  softmaxRow,
  textColorOn,
  tokenize,
} from './model';

describe('tokenize', () => {
  it('splits Chinese into characters and English into words, dropping spaces', () => {
    expect(tokenize('我爱 NLP!')).toEqual(['我', '爱', 'NLP', '!']);
    expect(tokenize('The cat sat.')).toEqual(['The', 'cat', 'sat', '.']);
    expect(tokenize('   ')).toEqual([]);
  });
  it('keeps at most 12 tokens', () => {
    expect(tokenize('一二三四五六七八九十甲乙丙丁')).toHaveLength(12);
  });
});

describe('softmaxRow', () => {
  it('matches a hand computation and gives masked entries weight 0', () => {
    // softmax(0, ln 3) = (1, 3) / 4 = (0.25, 0.75); the masked third entry gets 0.
    const w = softmaxRow([0, Math.log(3), null]);
    expect(w[0]).toBeCloseTo(0.25, 10);
    expect(w[1]).toBeCloseTo(0.75, 10);
    expect(w[2]).toBe(0);
  });
  it('returns zeros (not NaN) when every entry is masked', () => {
    expect(softmaxRow([null, null])).toEqual([0, 0]);
  });
  it('is stable for large scores', () => {
    const w = softmaxRow([1000, 1000]);
    expect(w).toEqual([0.5, 0.5]);
  });
});

describe('attention', () => {
  // The worked example of lesson 04: q = (2, 0), k = (1,0), (0,1), (1,1), d_k = 2.
  // Scores 2/√2, 0, 2/√2 = 1.4142, 0, 1.4142; e^1.4142 = 4.1133, sum 9.2266,
  // weights 4.1133/9.2266 = 0.4458, 1/9.2266 = 0.1084, 0.4458.
  const q = [[2, 0]];
  const k = [
    [1, 0],
    [0, 1],
    [1, 1],
  ];
  it('reproduces the worked example of the lesson', () => {
    const r = attention(q, k, {causal: false, scaled: true});
    expect(r.scores[0][0]).toBeCloseTo(1.4142, 4);
    expect(r.weights[0][0]).toBeCloseTo(0.4458, 4);
    expect(r.weights[0][1]).toBeCloseTo(0.1084, 4);
    expect(r.weights[0][2]).toBeCloseTo(0.4458, 4);
  });
  it('without scaling uses raw dot products: softmax(2, 0, 2) = (0.4683, 0.0634, 0.4683)', () => {
    const r = attention(q, k, {causal: false, scaled: false});
    expect(r.scores[0]).toEqual([2, 0, 2]);
    expect(r.weights[0][1]).toBeCloseTo(0.0634, 4);
  });
  it('causal mask hides the future: the first row is (1, 0, 0)', () => {
    const r = attention(k, k, {causal: true, scaled: true});
    expect(r.weights[0]).toEqual([1, 0, 0]);
    expect(r.scores[0][1]).toBeNull();
    expect(r.scores[1][2]).toBeNull();
  });
});

describe('explore', () => {
  it('gives rows that sum to 1 and is reproducible', () => {
    const a = explore('我 爱 自然 语言 处理', {head: 1, causal: false, scaled: true, sharing: 'MHA'});
    const b = explore('我 爱 自然 语言 处理', {head: 1, causal: false, scaled: true, sharing: 'MHA'});
    expect(a.weights).toEqual(b.weights);
    for (const row of a.weights) expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
  it('removing the scaling multiplies every score by √d_k = 4 and sharpens the rows', () => {
    const opts = {head: 0, causal: false, scaled: true, sharing: 'MHA' as const};
    const s = explore('the cat sat on the mat', opts);
    const u = explore('the cat sat on the mat', {...opts, scaled: false});
    expect((u.scores[2][3] as number) / (s.scores[2][3] as number)).toBeCloseTo(4, 10);
    const meanMax = (w: number[][]) => w.reduce((t, r) => t + Math.max(...r), 0) / w.length;
    expect(meanMax(u.weights)).toBeGreaterThan(meanMax(s.weights));
  });
  it('handles empty input', () => {
    expect(explore('', {head: 0, causal: true, scaled: true, sharing: 'MQA'}).weights).toEqual([]);
  });
});

describe('head sharing and KV cache', () => {
  it('maps query heads to key/value heads', () => {
    expect([0, 1, 2, 3].map((h) => kvHeadFor(h, 4))).toEqual([0, 1, 2, 3]); // MHA
    expect([0, 1, 2, 3].map((h) => kvHeadFor(h, 2))).toEqual([0, 0, 1, 1]); // GQA
    expect([0, 1, 2, 3].map((h) => kvHeadFor(h, 1))).toEqual([0, 0, 0, 0]); // MQA
  });
  it('computes the Llama 2 7B cache of the lesson', () => {
    // 2 × 32 layers × 32 heads × 128 dims × 2 bytes = 524,288 bytes = 512 KiB per token;
    // × 4096 tokens = 2 GiB.
    expect(kvCacheBytes({layers: 32, kvHeads: 32, headDim: 128, seqLen: 1})).toBe(524288);
    expect(formatBytes(kvCacheBytes({layers: 32, kvHeads: 32, headDim: 128, seqLen: 4096}))).toBe('2 GiB');
    // Question 3 of the lesson: 2 × 80 × 8 × 128 × 2 × 8192 = 2,684,354,560 bytes = 2.5 GiB.
    expect(formatBytes(kvCacheBytes({layers: 80, kvHeads: 8, headDim: 128, seqLen: 8192}))).toBe('2.5 GiB');
  });
  it('formats small sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
  });
});

describe('heat-map colours', () => {
  it('keep AA contrast (≥ 4.5) between cell text and cell background for every weight', () => {
    for (let i = 0; i <= 100; i++) {
      const bg = heatColor(i / 100);
      expect(contrast(luminance(bg), luminance(textColorOn(bg)))).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('luminance of white is 1 and of black is 0', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1, 10);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
  });
});
