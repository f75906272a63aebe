import {describe, expect, it} from 'vitest';
import {
  clippedObjective,
  clippedSlope,
  clipRegion,
  dpoGrad,
  dpoLoss,
  dpoStep,
  explainPoint,
  expectedReward,
  kl,
  optimalPolicy,
  ppoAdvantages,
  ppoStep,
  ppoSurrogate,
  ppoSurrogateGrad,
  preferenceMatrix,
  rlhfObjective,
  sigmoid,
  softmax,
} from './model';

describe('PPO clipped objective (table in lesson 06/02, ε = 0.2)', () => {
  it('matches the hand-computed rows', () => {
    // A = 2, ρ = 1.1: min(2.2, 1.1·2) = 2.2, slope 2.
    expect(clippedObjective(1.1, 2, 0.2)).toBeCloseTo(2.2, 12);
    expect(clippedSlope(1.1, 2, 0.2)).toBe(2);
    // A = 2, ρ = 1.5: min(3.0, 1.2·2 = 2.4) = 2.4, flat.
    expect(clippedObjective(1.5, 2, 0.2)).toBeCloseTo(2.4, 12);
    expect(clippedSlope(1.5, 2, 0.2)).toBe(0);
    // A = −1, ρ = 0.7: min(−0.7, 0.8·(−1) = −0.8) = −0.8, flat.
    expect(clippedObjective(0.7, -1, 0.2)).toBeCloseTo(-0.8, 12);
    expect(clipRegion(0.7, -1, 0.2)).toBe('flat');
    // A = −1, ρ = 1.5: min(−1.5, 1.2·(−1) = −1.2) = −1.5, slope −1 (no escape for a bad action).
    expect(clippedObjective(1.5, -1, 0.2)).toBeCloseTo(-1.5, 12);
    expect(clippedSlope(1.5, -1, 0.2)).toBe(-1);
  });

  it('matches the exercise answers (A = −0.5)', () => {
    // ρ = 0.9 → −0.45 slope −0.5; ρ = 0.6 → −0.4 slope 0; ρ = 1.4 → −0.7 slope −0.5.
    expect(clippedObjective(0.9, -0.5, 0.2)).toBeCloseTo(-0.45, 12);
    expect(clippedObjective(0.6, -0.5, 0.2)).toBeCloseTo(-0.4, 12);
    expect(clippedSlope(0.6, -0.5, 0.2)).toBe(0);
    expect(clippedObjective(1.4, -0.5, 0.2)).toBeCloseTo(-0.7, 12);
    expect(clippedSlope(1.4, -0.5, 0.2)).toBe(-0.5);
  });

  it('is never above the unclipped objective, and a good action with low ρ is not clipped', () => {
    for (const adv of [-2, -0.3, 0.4, 3]) {
      for (let rho = 0; rho <= 2.5; rho += 0.05) {
        expect(clippedObjective(rho, adv, 0.2)).toBeLessThanOrEqual(rho * adv + 1e-12);
      }
    }
    expect(clipRegion(0.3, 1, 0.2)).toBe('linear');
  });

  it('handles the edges ε = 0 and A = 0', () => {
    expect(clipRegion(1.0001, 1, 0)).toBe('flat');
    expect(clippedObjective(3, 1, 0)).toBe(1);
    expect(clippedObjective(2, 0, 0.2)).toBe(0);
    expect(explainPoint(1, 0, 0.2)).toContain('优势为 0');
    expect(explainPoint(0.7, -1, 0.2)).toContain('A = −1，目标值 −0.80');
    expect(explainPoint(1.5, 2, 0.2)).toContain('平台区');
    expect(explainPoint(0.5, 2, 0.2)).toContain('拉回来');
  });
});

describe('toy policy basics', () => {
  it('softmax, sigmoid and KL by hand', () => {
    expect(softmax([0, 0, 0])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    // softmax is shift-invariant and stable for large logits.
    const p = softmax([1000, 1000 + Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(sigmoid(0)).toBe(0.5);
    // σ(0.8) = 1/(1 + e^−0.8) = 1/1.449329 = 0.689974 (lesson 02's reward-model example).
    expect(sigmoid(0.8)).toBeCloseTo(0.689974, 6);
    expect(sigmoid(-800)).toBeGreaterThanOrEqual(0);
    // KL([.5,.5] ‖ [.25,.75]) = .5 ln 2 + .5 ln(2/3) = .346574 − .202733 = .143841.
    expect(kl([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.143841, 6);
    expect(kl([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
    expect(kl([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
  });

  it('optimal policy π* ∝ π_ref·exp(r/β)', () => {
    // uniform ref, r = (1, 0, 0), β = 1: e/(e+2) = 2.718282/4.718282 = 0.576117.
    const pi = optimalPolicy([1 / 3, 1 / 3, 1 / 3], [1, 0, 0], 1);
    expect(pi[0]).toBeCloseTo(0.576117, 6);
    expect(pi[1]).toBeCloseTo(0.211942, 6);
    // π* maximises J: any perturbation lowers it.
    const ref = [0.5, 0.3, 0.2];
    const r = [0.2, 1, -0.5];
    const best = optimalPolicy(ref, r, 0.5);
    const j = rlhfObjective(best, ref, r, 0.5);
    expect(rlhfObjective([0.3, 0.5, 0.2], ref, r, 0.5)).toBeLessThan(j);
    expect(rlhfObjective(ref, ref, r, 0.5)).toBeCloseTo(expectedReward(ref, r), 12);
  });

  it('Bradley–Terry matrix: P(i≻j) + P(j≻i) = 1, σ(2) = 0.880797', () => {
    const m = preferenceMatrix([2, 1, 0]);
    expect(m[0][2]).toBeCloseTo(0.880797, 6);
    expect(m[0][1] + m[1][0]).toBeCloseTo(1, 12);
    expect(m[1][1]).toBe(0.5);
  });
});

describe('PPO step on the toy policy', () => {
  it('advantages and surrogate gradient at the start, by hand', () => {
    // π_old = π_ref uniform, r = (1,0,0): KL term is 0, g = r, baseline 1/3 → A = (2/3, −1/3, −1/3).
    const u = [1 / 3, 1 / 3, 1 / 3];
    const adv = ppoAdvantages(u, u, [1, 0, 0], 0.5);
    expect(adv[0]).toBeCloseTo(2 / 3, 12);
    expect(adv[1]).toBeCloseTo(-1 / 3, 12);
    // grad_k = π_k A_k − π_k Σ π_y A_y = A_k / 3 → (2/9, −1/9, −1/9).
    const g = ppoSurrogateGrad([0, 0, 0], u, adv, 0.2);
    expect(g[0]).toBeCloseTo(2 / 9, 12);
    expect(g[2]).toBeCloseTo(-1 / 9, 12);
    // At θ = θ_old the surrogate equals Σ π_old A = 0.
    expect(ppoSurrogate([0, 0, 0], u, adv, 0.2)).toBeCloseTo(0, 12);
  });

  it('clipping stops a large step: ratios stay near [1−ε, 1+ε]', () => {
    const {logits, clippedFraction} = ppoStep([0, 0, 0], [0, 0, 0], [3, 0, 0], {beta: 0.1, eps: 0.2, lr: 0.05, epochs: 2000});
    const p = softmax(logits);
    // Once ρ_0 > 1.2 its own term is flat; the other two keep pushing it up (through the softmax)
    // until they are flat too, at ρ_1, ρ_2 ≈ 0.8, i.e. p_0 ≈ 1 − 2·0.8/3 = 0.467, ρ_0 ≈ 1.4.
    // However many epochs are run, the step cannot run away.
    expect(p[0] / (1 / 3)).toBeLessThan(1.45);
    expect(p[1] / (1 / 3)).toBeGreaterThan(0.79);
    expect(clippedFraction).toBeGreaterThan(0);
  });

  it('converges to π* (KL-regularised optimum) and β controls where it ends', () => {
    const r = [1, 0.5, -0.5];
    const refLogits = [0.4, 0, -0.2];
    for (const beta of [0.25, 1]) {
      let th = [...refLogits];
      for (let i = 0; i < 3000; i++) th = ppoStep(th, refLogits, r, {beta, eps: 0.2, lr: 1, epochs: 4}).logits;
      const target = optimalPolicy(softmax(refLogits), r, beta);
      softmax(th).forEach((pi, k) => expect(pi).toBeCloseTo(target[k], 4));
    }
  });
});

describe('DPO on the toy policy', () => {
  it('gradient at π = π_ref, by hand', () => {
    // r = (1,0,0), β = 0.5, u = 0 → σ(0) = 0.5. Pair (0,1): d = 0.5 − σ(1) = 0.5 − 0.731059 = −0.231059,
    // same for (0,2); pair (1,2): d = 0. g = (2·0.5·d, −0.5·d, −0.5·d)/3 = (−0.077020, 0.038510, 0.038510).
    const g = dpoGrad([0, 0, 0], [0, 0, 0], [1, 0, 0], 0.5);
    expect(g[0]).toBeCloseTo(-0.07702, 5);
    expect(g[1]).toBeCloseTo(0.03851, 5);
    expect(g[0] + g[1] + g[2]).toBeCloseTo(0, 12);
    // Loss at u = 0 is ln 2 for every pair.
    expect(dpoLoss([0, 0, 0], [0, 0, 0], [1, 0, 0], 0.5)).toBeCloseTo(Math.log(2), 12);
  });

  it('converges to the same π* as the RLHF objective', () => {
    const r = [1, 0.5, -0.5];
    const refLogits = [0.4, 0, -0.2];
    const beta = 0.5;
    let th = [...refLogits];
    for (let i = 0; i < 3000; i++) th = dpoStep(th, refLogits, r, beta, 2 / (beta * beta));
    const target = optimalPolicy(softmax(refLogits), r, beta);
    softmax(th).forEach((pi, k) => expect(pi).toBeCloseTo(target[k], 4));
    dpoGrad(th, refLogits, r, beta).forEach((gk) => expect(Math.abs(gk)).toBeLessThan(1e-6));
  });

  it('stays stable at the widget extremes β = 0.1 … 2 (DPO lr = 1/β², PPO lr = 1/(1+β))', () => {
    const r = [-2, 2, 0.3];
    const refLogits = [0.6, 0, -0.3];
    for (const beta of [0.1, 0.5, 1, 2]) {
      let d = [...refLogits];
      let p = [...refLogits];
      for (let i = 0; i < 2000; i++) {
        d = dpoStep(d, refLogits, r, beta, 1 / (beta * beta));
        p = ppoStep(p, refLogits, r, {beta, eps: 0.2, lr: 1 / (1 + beta), epochs: 4}).logits;
      }
      const target = optimalPolicy(softmax(refLogits), r, beta);
      softmax(d).forEach((pi, k) => expect(pi).toBeCloseTo(target[k], 3));
      softmax(p).forEach((pi, k) => expect(pi).toBeCloseTo(target[k], 3));
    }
  });

  it('equal rewards leave the reference policy unchanged', () => {
    const th = dpoStep([0.3, 0, -1], [0.3, 0, -1], [2, 2, 2], 0.1, 100);
    expect(th[0]).toBeCloseTo(0.3, 12);
    expect(th[2]).toBeCloseTo(-1, 12);
  });
});
