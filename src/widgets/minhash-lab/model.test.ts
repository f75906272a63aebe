import {describe, expect, it} from 'vitest';
import {
  analysePair,
  bandMatches,
  estimate,
  fnv1a,
  hashSeeds,
  intersection,
  jaccard,
  lshProbability,
  lshThreshold,
  normalise,
  rowOptions,
  shingles,
  signature,
  standardError,
} from './model';

describe('shingles and Jaccard', () => {
  it('normalises away spaces and punctuation, keeps CJK, letters and digits', () => {
    expect(normalise('大模型，数据！ A b1.')).toBe('大模型数据ab1');
  });

  it('cuts character 2-grams (the lesson example)', () => {
    // “大模型数据” → 大模, 模型, 型数, 数据 (4 shingles)
    expect(shingles('大模型数据', 2)).toEqual(['型数', '大模', '数据', '模型'].sort());
    expect(shingles('大模型参数', 2)).toHaveLength(4);
  });

  it('gives J = 2/6 = 1/3 for 大模型数据 vs 大模型参数 with n = 2', () => {
    // A ∩ B = {大模, 模型} (2); A ∪ B = 4 + 4 − 2 = 6
    const a = shingles('大模型数据', 2);
    const b = shingles('大模型参数', 2);
    expect(intersection(a, b)).toEqual(['大模', '模型'].sort());
    expect(jaccard(a, b)).toBeCloseTo(1 / 3, 12);
  });

  it('handles repeats, short texts and empty sets', () => {
    expect(shingles('aaaa', 2)).toEqual(['aa']); // a set: aa appears three times, kept once
    expect(shingles('ab', 5)).toEqual(['ab']); // shorter than n: the whole text is one shingle
    expect(shingles('，。 ', 3)).toEqual([]);
    expect(jaccard([], [])).toBe(0);
    expect(jaccard(['x'], [])).toBe(0);
    expect(jaccard(['x', 'y'], ['x', 'y'])).toBe(1);
    expect(() => shingles('abc', 0)).toThrow();
  });
});

describe('hashing and MinHash signatures', () => {
  it('matches the FNV-1a test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5); // offset basis
    expect(fnv1a('a')).toBe(0xe40c292c); // published FNV-1a 32-bit value for "a"
  });

  it('is deterministic for a seed', () => {
    expect(hashSeeds(4, 7)).toEqual(hashSeeds(4, 7));
    expect(hashSeeds(4, 7)).not.toEqual(hashSeeds(4, 8));
  });

  it('gives identical signatures for identical sets and estimate 1', () => {
    const seeds = hashSeeds(64);
    const s = shingles('近似重复的两段文字完全相同', 3);
    expect(estimate(signature(s, seeds), signature([...s].reverse(), seeds))).toBe(1);
  });

  it('gives estimate 0 for disjoint sets', () => {
    const seeds = hashSeeds(64);
    expect(estimate(signature(['甲乙', '丙丁'], seeds), signature(['戊己', '庚辛'], seeds))).toBe(0);
  });

  it('estimates J within a few standard errors when k is large', () => {
    // Sets {0..99} and {50..149}: |A∩B| = 50, |A∪B| = 150, J = 1/3.
    const a = Array.from({length: 100}, (_, i) => `s${i}`);
    const b = Array.from({length: 100}, (_, i) => `s${i + 50}`);
    const k = 2000;
    const seeds = hashSeeds(k, 11);
    const est = estimate(signature(a, seeds), signature(b, seeds));
    const se = standardError(1 / 3, k); // sqrt((1/3)(2/3)/2000) ≈ 0.01054
    expect(Math.abs(est - 1 / 3)).toBeLessThan(4 * se);
  });

  it('computes the standard error sqrt(J(1−J)/k)', () => {
    // J = 0.8, k = 112: sqrt(0.16/112) = sqrt(0.0014286) ≈ 0.0378
    expect(standardError(0.8, 112)).toBeCloseTo(0.0378, 4);
    // J = 0.8, k = 9000: sqrt(0.16/9000) ≈ 0.00422
    expect(standardError(0.8, 9000)).toBeCloseTo(0.00422, 5);
    expect(standardError(1, 10)).toBe(0);
  });
});

describe('LSH banding', () => {
  it('reproduces the FineWeb numbers (b = 14, r = 8)', () => {
    // 0.75^8 = 0.1001; 0.8999^14 = 0.2284; P = 0.7716
    expect(lshProbability(0.75, 14, 8)).toBeCloseTo(0.7716, 3);
    // 0.8^8 = 0.1678; 0.8322^14 = 0.0764; P = 0.9236
    expect(lshProbability(0.8, 14, 8)).toBeCloseTo(0.9236, 3);
    // 0.5^8 = 0.0039; 0.9961^14 = 0.9467; P = 0.0533
    expect(lshProbability(0.5, 14, 8)).toBeCloseTo(0.0533, 3);
    // (1/14)^(1/8) = e^(−ln 14 / 8) = e^(−0.3299) = 0.7190
    expect(lshThreshold(14, 8)).toBeCloseTo(0.719, 3);
  });

  it('reproduces the exercise (b = 20, r = 5) and the end points', () => {
    // (1/20)^(1/5) = 0.5493; 1 − (1 − 0.5^5)^20 = 1 − 0.96875^20 = 0.4701
    expect(lshThreshold(20, 5)).toBeCloseTo(0.5493, 3);
    expect(lshProbability(0.5, 20, 5)).toBeCloseTo(0.4701, 3);
    expect(lshProbability(0, 20, 5)).toBe(0);
    expect(lshProbability(1, 20, 5)).toBe(1);
    // b = 1, r = 1: P = s
    expect(lshProbability(0.37, 1, 1)).toBeCloseTo(0.37, 12);
  });

  it('finds matching bands', () => {
    // bands of 2 rows: [1,2]=[1,2] ✓, [3,4]≠[3,9] ✗, [5,6]=[5,6] ✓
    expect(bandMatches([1, 2, 3, 4, 5, 6], [1, 2, 3, 9, 5, 6], 3, 2)).toEqual([true, false, true]);
    expect(() => bandMatches([1, 2], [1, 2], 2, 2)).toThrow();
  });

  it('lists the divisors of k as row options', () => {
    expect(rowOptions(12)).toEqual([1, 2, 3, 4, 6, 12]);
    expect(rowOptions(112)).toContain(8);
  });
});

describe('analysePair', () => {
  it('treats an empty text as similar to nothing', () => {
    // Two empty texts: J = 0 by convention, and the sentinel signatures must not count as matches.
    const r = analysePair('', '，。', 5, 16, 4);
    expect(r.exact).toBe(0);
    expect(r.estimated).toBe(0);
    expect(r.candidate).toBe(false);
  });

  it('puts the pieces together consistently', () => {
    const r = analysePair('大模型数据', '大模型参数', 2, 16, 4);
    expect(r.exact).toBeCloseTo(1 / 3, 12);
    expect(r.sigA).toHaveLength(16);
    expect(r.bands).toHaveLength(4);
    expect(r.estimated).toBe(r.agree / 16);
    expect(r.error).toBeCloseTo(r.estimated - r.exact, 12);
    expect(r.candidate).toBe(r.bands.some(Boolean));
    expect(r.probability).toBeCloseTo(lshProbability(1 / 3, 4, 4), 12);
  });
});
