import {describe, expect, it} from 'vitest';
import {
  biasedLoad,
  deviceBalanceLoss,
  expertCapacity,
  makeLogits,
  maxViolation,
  route,
  routeDeepSeek,
  simulateBias,
  softmax,
  switchBalanceLoss,
  topK,
  updateBias,
} from './model';

describe('softmax and top-k', () => {
  it('softmax of [0, ln 3] is [1/4, 3/4]; temperature 2 gives [1/(1+√3), √3/(1+√3)]', () => {
    // e^0 = 1, e^{ln 3} = 3 → 1/4 and 3/4. With T = 2: e^{ln3/2} = √3.
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
    const q = softmax([0, Math.log(3)], 2);
    expect(q[1]).toBeCloseTo(Math.sqrt(3) / (1 + Math.sqrt(3)), 12);
  });

  it('is stable for huge logits', () => {
    const p = softmax([1000, 1000]);
    expect(p).toEqual([0.5, 0.5]);
  });

  it('top-k returns indices largest first, ties to the lower index', () => {
    expect(topK([0.1, 0.5, 0.2, 0.5], 2)).toEqual([1, 3]);
    expect(topK([3, 1, 2], 1)).toEqual([0]);
    expect(topK([3, 1, 2], 9)).toEqual([0, 2, 1]);
  });
});

describe('capacity', () => {
  it('is ⌈factor·k·T/E⌉', () => {
    // GShard: S = 1024, E = 32, k = 2, factor 1 → 2·1024/32 = 64.
    expect(expertCapacity(1024, 32, 2, 1)).toBe(64);
    // Switch: T = 16, E = 4, k = 1, factor 1.25 → 1.25·16/4 = 5.
    expect(expertCapacity(16, 4, 1, 1.25)).toBe(5);
    // 1.0·10/4 = 2.5 → 3.
    expect(expertCapacity(10, 4, 1, 1)).toBe(3);
  });
});

describe('route', () => {
  // Three tokens, two experts, all prefer expert 0: probabilities are softmax([ln 3, 0]) = [0.75, 0.25].
  const logits = [
    [Math.log(3), 0],
    [Math.log(3), 0],
    [Math.log(3), 0],
  ];

  it('drops tokens beyond capacity, in token order', () => {
    // k = 1, factor 1: C = ⌈3/2⌉ = 2. Tokens 0 and 1 fit in expert 0, token 2 is dropped.
    const r = route(logits, 1, 1);
    expect(r.capacity).toBe(2);
    expect(r.load).toEqual([2, 0]);
    expect(r.demand).toEqual([3, 0]);
    expect(r.dropped).toBe(1);
    expect(r.fullyDropped).toBe(1);
    expect(r.assignments[2]).toMatchObject({token: 2, expert: 0, kept: false});
    expect(r.assignments[0].gate).toBeCloseTo(0.75, 12);
  });

  it('computes f_i, P_i and the Switch loss by hand', () => {
    // f = [3/3, 0] = [1, 0]; P = [0.75, 0.25]; loss = α·N·(1·0.75 + 0·0.25) = 0.01·2·0.75 = 0.015.
    const r = route(logits, 1, 1);
    expect(r.fraction).toEqual([1, 0]);
    expect(r.meanProb[0]).toBeCloseTo(0.75, 12);
    expect(switchBalanceLoss(r.fraction, r.meanProb, 0.01)).toBeCloseTo(0.015, 12);
  });

  it('renormalises gates over the top-k and fills second choices after all first choices', () => {
    // k = 2 of 2 experts: every token uses both, gates 0.75 and 0.25 (already sum to 1).
    // C = ⌈1·2·3/2⌉ = 3, so nothing is dropped; f = [3/6, 3/6].
    const r = route(logits, 2, 1);
    expect(r.capacity).toBe(3);
    expect(r.dropped).toBe(0);
    expect(r.fraction).toEqual([0.5, 0.5]);
    const t0 = r.assignments.filter((a) => a.token === 0);
    expect(t0.map((a) => a.expert)).toEqual([0, 1]);
    expect(t0[0].gate + t0[1].gate).toBeCloseTo(1, 12);
  });

  it('with infinite capacity nothing is dropped', () => {
    const r = route(logits, 1, Number.POSITIVE_INFINITY);
    expect(r.dropped).toBe(0);
    expect(r.load).toEqual([3, 0]);
  });
});

describe('balance losses', () => {
  it('Switch loss is α when uniform and α·N when collapsed', () => {
    // uniform: N·Σ (1/N)(1/N) = 1; collapsed: N·(1·1) = N.
    expect(switchBalanceLoss([0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25], 0.01)).toBeCloseTo(0.01, 12);
    expect(switchBalanceLoss([1, 0, 0, 0], [1, 0, 0, 0], 0.01)).toBeCloseTo(0.04, 12);
  });

  it('lesson 06 example: f = (0.5, 0.25, 0.125, 0.125), P = (0.4, 0.3, 0.15, 0.15)', () => {
    // 4·(0.2 + 0.075 + 0.01875 + 0.01875) = 4·0.3125 = 1.25, times α = 0.01 → 0.0125.
    expect(switchBalanceLoss([0.5, 0.25, 0.125, 0.125], [0.4, 0.3, 0.15, 0.15], 0.01)).toBeCloseTo(0.0125, 12);
  });

  it('device loss is α₂ when even; groups of two experts by hand', () => {
    expect(deviceBalanceLoss([0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25], 2, 1)).toBeCloseTo(1, 12);
    // N' = 4, D = 2: N'·f = (2, 1, 0.5, 0.5) → f' = (1.5, 0.5); P' = (0.4+0.3, 0.15+0.15) = (0.7, 0.3);
    // Σ f'P' = 1.05 + 0.15 = 1.2.
    expect(deviceBalanceLoss([0.5, 0.25, 0.125, 0.125], [0.4, 0.3, 0.15, 0.15], 2, 1)).toBeCloseTo(1.2, 12);
  });

  it('max violation', () => {
    // loads (6, 2, 2, 2): mean 3, (6 − 3)/3 = 1.
    expect(maxViolation([6, 2, 2, 2])).toBeCloseTo(1, 12);
    expect(maxViolation([3, 3, 3])).toBe(0);
    expect(maxViolation([0, 0])).toBe(0);
  });
});

describe('DeepSeekMoE mode', () => {
  it('counts shared + routed active experts and gives loss 1 for an even batch', () => {
    const r = routeDeepSeek({tokens: 16, routed: 8, shared: 2, topK: 3, devices: 4, skew: 0, temperature: 1, seed: 1});
    expect(r.activePerToken).toBe(5);
    expect(r.dropped).toBe(0);
    expect(r.deviceLoad.reduce((s, x) => s + x, 0)).toBe(16 * 3);
    expect(r.expertLoss).toBeGreaterThan(0.5);
  });
});

describe('auxiliary-loss-free bias', () => {
  it('selection uses s + b; the update moves b by ∓γ', () => {
    // Two experts, logits 0 and 0.1: sigmoid 0.5 vs 0.525 → expert 1 wins with no bias;
    // a bias of +0.1 on expert 0 makes 0.6 > 0.525 so expert 0 wins.
    const logits = [[0, 0.1]];
    expect(biasedLoad(logits, [0, 0], 1)).toEqual([0, 1]);
    expect(biasedLoad(logits, [0.1, 0], 1)).toEqual([1, 0]);
    // loads (5, 1, 3): mean 3 → expert 0 down, expert 1 up, expert 2 unchanged.
    expect(updateBias([0, 0, 0], [5, 1, 3], 0.01)).toEqual([-0.01, 0.01, 0]);
  });

  it('evens out a skewed router over steps', () => {
    const run = simulateBias(64, 8, 2, 1.5, 0.02, 80, 3);
    expect(run).toHaveLength(81);
    expect(run[0].bias.every((b) => b === 0)).toBe(true);
    const early = run[0].maxVio;
    const late = run.slice(-10).reduce((s, x) => s + x.maxVio, 0) / 10;
    expect(late).toBeLessThan(early / 2);
    // over-loaded low-numbered experts end with a negative bias, the last one with a positive.
    expect(run[80].bias[0]).toBeLessThan(0);
    expect(run[80].bias[7]).toBeGreaterThan(0);
  });

  it('makeLogits is deterministic per seed', () => {
    expect(makeLogits(3, 4, 1, 9)).toEqual(makeLogits(3, 4, 1, 9));
    expect(makeLogits(3, 4, 1, 9)).not.toEqual(makeLogits(3, 4, 1, 10));
  });
});
