import {describe, expect, it} from 'vitest';
import {
  clippedTerm,
  groupAdvantages,
  klEstimate,
  mean,
  noSignalProbability,
  parseReward,
  std,
} from './model';

describe('group statistics', () => {
  it('(1,0,0,1): mean 0.5, population std 0.5, advantages (1,−1,−1,1)', () => {
    const g = groupAdvantages([1, 0, 0, 1], 'population', 0);
    expect(g.mean).toBe(0.5);
    expect(g.std).toBe(0.5);
    expect(g.advantages).toEqual([1, -1, -1, 1]);
  });

  it('(1,0,0,0): std = sqrt(0.1875) ≈ 0.4330, advantages ≈ (1.732, −0.577 ×3)', () => {
    const g = groupAdvantages([1, 0, 0, 0], 'population', 0);
    expect(g.std).toBeCloseTo(Math.sqrt(0.1875), 12);
    expect(g.advantages[0]).toBeCloseTo(Math.sqrt(3), 10); // 0.75 / 0.4330 = √3
    expect(g.advantages[1]).toBeCloseTo(-1 / Math.sqrt(3), 10); // −0.25 / 0.4330
  });

  it('sample std divides by G − 1: (1,0,0,0) → sqrt(0.75/3) = 0.5, advantages (1.5, −0.5 ×3)', () => {
    const g = groupAdvantages([1, 0, 0, 0], 'sample', 0);
    expect(g.std).toBeCloseTo(0.5, 12);
    expect(g.advantages.map((a) => Number(a.toFixed(6)))).toEqual([1.5, -0.5, -0.5, -0.5]);
  });

  it('advantages sum to 0 and squares sum to G (population std)', () => {
    const g = groupAdvantages([0.3, 2, -1, 4, 0.5], 'population', 0);
    expect(g.advantages.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
    expect(g.advantages.reduce((a, b) => a + b * b, 0)).toBeCloseTo(5, 10);
  });

  it('invariant to shift and positive scale: (2,2,2,6) gives the same as (0,0,0,1)', () => {
    const a = groupAdvantages([2, 2, 2, 6], 'population', 0).advantages;
    const b = groupAdvantages([0, 0, 0, 1], 'population', 0).advantages;
    a.forEach((x, i) => expect(x).toBeCloseTo(b[i], 10));
  });

  it('all-equal group is degenerate: every advantage is 0, no division by zero', () => {
    const g = groupAdvantages([1, 1, 1, 1]);
    expect(g.degenerate).toBe(true);
    expect(g.advantages).toEqual([0, 0, 0, 0]);
  });

  it('float rewards (0.1, 0.1, 0.1) are degenerate although the computed std is ~1e-17, not 0', () => {
    expect(std([0.1, 0.1, 0.1])).toBeGreaterThan(0); // rounding: mean is 0.10000000000000002
    expect(std([0.1, 0.1, 0.1])).toBeLessThan(1e-15);
    const g = groupAdvantages([0.1, 0.1, 0.1]);
    expect(g.degenerate).toBe(true);
    expect(g.std).toBe(0);
    expect(g.advantages).toEqual([0, 0, 0]);
    expect(groupAdvantages([0.7, 0.7, 0.7, 0.7, 0.7], 'sample').degenerate).toBe(true);
  });

  it('a small but real spread is not degenerate: (0.1, 0.1, 0.1 + 1e-6)', () => {
    const g = groupAdvantages([0.1, 0.1, 0.1 + 1e-6], 'population', 0);
    expect(g.degenerate).toBe(false);
    expect(g.advantages[2]).toBeCloseTo(Math.sqrt(2), 6); // one of three differs: (2/3)/(√2/3) = √2
  });

  it('edge cases: empty group and single sample', () => {
    expect(mean([])).toBe(0);
    expect(std([5], 'sample')).toBe(0);
    expect(groupAdvantages([]).advantages).toEqual([]);
  });
});

describe('clip, KL and signal probability', () => {
  it('ρ = 1.3, A = 1.732, ε = 0.2 → min(2.2516, 2.0784) = 2.0784', () => {
    expect(clippedTerm(1.3, 1.732)).toBeCloseTo(1.2 * 1.732, 12);
  });

  it('negative advantage is clipped below 1 − ε: ρ = 0.5, A = −1 → min(−0.5, −0.8) = −0.8', () => {
    expect(clippedTerm(0.5, -1)).toBeCloseTo(-0.8, 12);
  });

  it('KL estimate: π_θ = 0.5, π_ref = 0.4 → 0.8 − ln 0.8 − 1 ≈ 0.0231; zero when equal', () => {
    expect(klEstimate(0.5, 0.4)).toBeCloseTo(0.8 - Math.log(0.8) - 1, 12);
    expect(klEstimate(0.5, 0.4)).toBeCloseTo(0.0231, 4);
    expect(klEstimate(0.3, 0.3)).toBe(0);
  });

  it('p = 0.1: G = 4 → 0.6562; G = 16 → 0.1853', () => {
    expect(noSignalProbability(0.1, 4)).toBeCloseTo(0.6562, 10);
    expect(noSignalProbability(0.1, 16)).toBeCloseTo(0.1853, 4);
  });

  it('parseReward accepts decimals and rejects junk', () => {
    expect(parseReward(' 1.5 ')).toBe(1.5);
    expect(parseReward('0，5')).toBe(0.5);
    expect(parseReward('-')).toBeNull();
    expect(parseReward('abc')).toBeNull();
  });
});
