import {describe, expect, it} from 'vitest';
import {seededRandom, randomMatrix} from '../shared/random';
import {
  DEMO_TOKENS,
  attentionFlops,
  computeCrossover,
  formatBytes,
  formatScientific,
  formatTokens,
  kvCacheBytes,
  kvEqualsState,
  kvEqualsWeights,
  linearFlops,
  logSpace,
  maskedScores,
  parallelOutputs,
  recurrentSteps,
  stateBytes,
  weightBytes,
  type CostConfig,
} from './model';

// Llama 2 7B-like: 32 layers, width 4096, MHA, fp16; fixed-state comparison with d_h = 128.
const llama: CostConfig = {width: 4096, layers: 32, batch: 1, headDim: 128, bytes: 2};

describe('memory formulas', () => {
  it('KV cache per token of Llama 2 7B is 512 KiB', () => {
    // 2 (K,V) × 32 layers × 4096 × 2 bytes = 524 288 B = 512 KiB
    expect(kvCacheBytes(1, llama)).toBe(524_288);
    expect(formatBytes(kvCacheBytes(1, llama))).toBe('512 KiB');
  });

  it('KV cache at 4096 tokens is 2 GiB and at 32K tokens 16 GiB', () => {
    // 512 KiB × 4096 = 2 GiB; 512 KiB × 32768 = 16 GiB
    expect(kvCacheBytes(4096, llama)).toBe(2 * 1024 ** 3);
    expect(formatBytes(kvCacheBytes(32_768, llama))).toBe('16 GiB');
    // batch 8 multiplies by 8: 128 GiB
    expect(formatBytes(kvCacheBytes(32_768, {...llama, batch: 8}))).toBe('128 GiB');
  });

  it('fixed state is 32 MiB whatever the length', () => {
    // 32 layers × 4096 × 128 × 2 bytes = 33 554 432 B = 32 MiB
    expect(stateBytes(llama)).toBe(33_554_432);
    expect(formatBytes(stateBytes(llama))).toBe('32 MiB');
  });

  it('weights are 12·L·d² numbers', () => {
    // 12 × 32 × 4096² × 2 = 12 884 901 888 B = 12 GiB
    expect(weightBytes(llama)).toBe(12_884_901_888);
    expect(formatBytes(weightBytes(llama))).toBe('12 GiB');
  });

  it('crossovers: KV = weights at 6d/B, KV = state at d_h/2', () => {
    expect(kvEqualsWeights(llama)).toBe(24_576);
    expect(kvEqualsWeights({...llama, batch: 8})).toBe(3072);
    expect(kvEqualsState(llama)).toBe(64);
    // at those lengths the two sides really are equal
    expect(kvCacheBytes(24_576, llama)).toBe(weightBytes(llama));
    expect(kvCacheBytes(64, llama)).toBe(stateBytes(llama));
  });
});

describe('compute formulas', () => {
  const oneHead: CostConfig = {width: 64, layers: 1, batch: 1, headDim: 64, bytes: 2};

  it('attention FLOPs for n = 4096, d = 64', () => {
    // 24·4096·64² = 402 653 184 ; 4·4096²·64 = 4 294 967 296 ; sum 4 697 620 480
    expect(attentionFlops(4096, oneHead)).toBe(4_697_620_480);
  });

  it('linear FLOPs for n = 4096, d = d_h = 64', () => {
    // 24·4096·64² + 4·4096·64·64 = 402 653 184 + 67 108 864 = 469 762 048
    expect(linearFlops(4096, oneHead)).toBe(469_762_048);
  });

  it('at n* = 6d the attention term equals the projection term', () => {
    const n = computeCrossover(llama);
    expect(n).toBe(24_576);
    const proj = linearFlops(n, {...llama, headDim: 1e-12}); // ≈ 24nd² only
    expect(attentionFlops(n, llama) / proj).toBeCloseTo(2, 9);
  });

  it('scales with layers and batch', () => {
    expect(attentionFlops(1000, {...llama, layers: 64, batch: 3})).toBe(6 * attentionFlops(1000, llama));
  });

  it('rejects non-positive sizes', () => {
    expect(() => kvCacheBytes(0, llama)).toThrow(RangeError);
    expect(() => attentionFlops(10, {...llama, width: 0})).toThrow(RangeError);
  });
});

describe('formatting and axes', () => {
  it('logSpace hits both ends', () => {
    const xs = logSpace(1000, 1_000_000, 4);
    expect(xs.map((x) => Math.round(x))).toEqual([1000, 10_000, 100_000, 1_000_000]);
    expect(() => logSpace(0, 10, 3)).toThrow(RangeError);
  });

  it('scientific notation', () => {
    expect(formatScientific(4_294_967_296)).toBe('4.29 × 10⁹');
    expect(formatScientific(999.5)).toBe('1000');
    expect(formatScientific(9_996)).toBe('1 × 10⁴');
    expect(formatScientific(0)).toBe('0');
  });

  it('bytes and tokens', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatTokens(1000)).toBe('1K');
    expect(formatTokens(32_768)).toBe('32.8K');
    expect(formatTokens(1_000_000)).toBe('1M');
  });
});

describe('recurrent vs parallel', () => {
  it('γ = 1 reproduces the worked example of lesson 02', () => {
    const steps = recurrentSteps(DEMO_TOKENS, 1);
    // S_3 = k1ᵀv1 + k2ᵀv2 + k3ᵀv3 = [[1,2],[0,0]] + [[0,0],[3,0]] + [[0,1],[0,1]] = [[1,3],[3,1]]
    expect(steps[2].state).toEqual([
      [1, 3],
      [3, 1],
    ]);
    // o_3 = (1,2)·S_3 = (7,5); o_4: S_4 = S_3 + (0,2)ᵀ(1,1) = [[1,3],[5,3]], (1,1)·S_4 = (6,6)
    expect(steps[2].out).toEqual([7, 5]);
    expect(steps[3].out).toEqual([6, 6]);
    // parallel row 3: scores 1,2,3 → 1·(1,2) + 2·(3,0) + 3·(0,1) = (7,5)
    expect(maskedScores(DEMO_TOKENS, 1)[2]).toEqual([1, 2, 3, 0]);
    expect(parallelOutputs(DEMO_TOKENS, 1)).toEqual(steps.map((s) => s.out));
  });

  it('γ = 0.5 decays old entries', () => {
    const steps = recurrentSteps(DEMO_TOKENS, 0.5);
    // S_2 = 0.5·[[1,2],[0,0]] + [[0,0],[3,0]] = [[0.5,1],[3,0]]; o_2 = (0,1)·S_2 = (3,0)
    expect(steps[1].state).toEqual([
      [0.5, 1],
      [3, 0],
    ]);
    expect(steps[1].out).toEqual([3, 0]);
    // S_3 = 0.5·S_2 + [[0,1],[0,1]] = [[0.25,1.5],[1.5,1]]; o_3 = (1,2)·S_3 = (3.25, 3.5)
    expect(steps[2].out).toEqual([3.25, 3.5]);
    // parallel row 3: 0.25·1, 0.5·2, 1·3 = 0.25, 1, 3 → 0.25·(1,2) + 1·(3,0) + 3·(0,1) = (3.25, 3.5)
    expect(maskedScores(DEMO_TOKENS, 0.5)[2]).toEqual([0.25, 1, 3, 0]);
    expect(parallelOutputs(DEMO_TOKENS, 0.5)[2]).toEqual([3.25, 3.5]);
  });

  it('agree on random tokens', () => {
    const rnd = seededRandom(7);
    const t = {q: randomMatrix(9, 3, rnd), k: randomMatrix(9, 3, rnd), v: randomMatrix(9, 2, rnd)};
    for (const g of [1, 0.9, 0.3]) {
      const rec = recurrentSteps(t, g).map((s) => s.out);
      const par = parallelOutputs(t, g);
      rec.forEach((row, i) => row.forEach((x, c) => expect(x).toBeCloseTo(par[i][c], 12)));
    }
  });

  it('empty sequence and mismatched lengths', () => {
    expect(recurrentSteps({q: [], k: [], v: []}, 1)).toEqual([]);
    expect(() => recurrentSteps({q: [[1]], k: [], v: []}, 1)).toThrow(RangeError);
  });
});
