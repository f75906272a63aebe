/**
 * RLHF lab: the math behind the widget, with the same formulas as lessons 06/02 and 06/04.
 *
 * (a) PPO's clipped objective L(ρ) = min(ρA, clip(ρ, 1−ε, 1+ε)·A) and where it is flat.
 * (b) A toy policy over a handful of responses (softmax over logits), a frozen reference policy,
 *     rewards r and a KL coefficient β, with two kinds of update:
 *     - a PPO-style step on the KL-regularised objective J(π) = Σ π(y)·r(y) − β·KL(π‖π_ref),
 *       using the clipped surrogate over a few inner epochs (exact expectations, no sampling);
 *     - a DPO step on the expected DPO loss over all pairs, with preference probabilities given by
 *       the Bradley–Terry model P(i ≻ j) = σ(r_i − r_j).
 *     Both converge to π*(y) ∝ π_ref(y)·exp(r(y)/β).
 * Pure functions only: no DOM, no React.
 */

export type Region = 'linear' | 'flat';

export function clip(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** PPO clipped objective for one token: min(ρA, clip(ρ, 1−ε, 1+ε)·A). */
export function clippedObjective(rho: number, adv: number, eps: number): number {
  return Math.min(rho * adv, clip(rho, 1 - eps, 1 + eps) * adv);
}

/**
 * Derivative of the clipped objective with respect to ρ: A where the unclipped term is the
 * minimum (the objective follows ρA), 0 on the flat parts. At the kink itself (ρ = 1 ± ε) both
 * terms are equal; we report the one-sided derivative towards the interior (A).
 */
export function clippedSlope(rho: number, adv: number, eps: number): number {
  return clipRegion(rho, adv, eps) === 'linear' ? adv : 0;
}

/** Which part of the curve ρ is on. A > 0: flat when ρ > 1+ε. A < 0: flat when ρ < 1−ε. */
export function clipRegion(rho: number, adv: number, eps: number): Region {
  if (adv > 0 && rho > 1 + eps) return 'flat';
  if (adv < 0 && rho < 1 - eps) return 'flat';
  return 'linear';
}

/** A sentence (Chinese) explaining the region at ρ, for hover/focus text. */
export function explainPoint(rho: number, adv: number, eps: number): string {
  const v = clippedObjective(rho, adv, eps);
  const sign = (x: number) => (x < 0 ? `−${Math.abs(x)}` : x > 0 ? `+${x}` : '0');
  const head = `ρ = ${rho.toFixed(2)}，A = ${sign(adv)}，目标值 ${v.toFixed(2).replace('-', '−')}：`;
  if (adv === 0) return head + '优势为 0，目标恒为 0，没有梯度。';
  if (clipRegion(rho, adv, eps) === 'flat') {
    return adv > 0
      ? head + `平台区。好动作的概率已超过旧概率的 1+ε = ${(1 + eps).toFixed(2)} 倍，再提高也不加分，梯度为 0。`
      : head + `平台区。坏动作的概率已低于旧概率的 1−ε = ${(1 - eps).toFixed(2)} 倍，再压低也不加分，梯度为 0。`;
  }
  if (adv > 0 && rho < 1 - eps) {
    return head + '线性区（未裁剪）。好动作的概率反而下降了，min 取未裁剪项，梯度把它拉回来。';
  }
  if (adv < 0 && rho > 1 + eps) {
    return head + '线性区（未裁剪）。坏动作的概率反而上升了，min 取更差的未裁剪项，梯度继续把它压下去。';
  }
  return head + `线性区。ρ 在 [${(1 - eps).toFixed(2)}, ${(1 + eps).toFixed(2)}] 内，目标等于 ρA，斜率为 A。`;
}

// ---------------------------------------------------------------------------------------------
// Toy categorical policy
// ---------------------------------------------------------------------------------------------

export function softmax(logits: readonly number[]): number[] {
  const m = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** KL(p ‖ q) = Σ p log(p/q), in nats; terms with p = 0 contribute 0. */
export function kl(p: readonly number[], q: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s += p[i] * Math.log(p[i] / q[i]);
  return s;
}

/** Expected reward Σ π(y) r(y). */
export function expectedReward(p: readonly number[], r: readonly number[]): number {
  return p.reduce((s, pi, i) => s + pi * r[i], 0);
}

/** J(π) = E_π[r] − β·KL(π‖π_ref): the RLHF objective. */
export function rlhfObjective(p: readonly number[], ref: readonly number[], r: readonly number[], beta: number): number {
  return expectedReward(p, r) - beta * kl(p, ref);
}

/** The closed-form optimum π*(y) = π_ref(y)·exp(r(y)/β) / Z. */
export function optimalPolicy(ref: readonly number[], r: readonly number[], beta: number): number[] {
  return softmax(ref.map((q, i) => Math.log(q) + r[i] / beta));
}

/**
 * Per-response advantage under π_old for the KL-shaped reward
 * g(y) = r(y) − β·log(π_old(y)/π_ref(y)), with the baseline Σ π_old g (so Σ π_old A = 0).
 */
export function ppoAdvantages(pOld: readonly number[], ref: readonly number[], r: readonly number[], beta: number): number[] {
  const g = r.map((ri, i) => ri - beta * Math.log(pOld[i] / ref[i]));
  const base = pOld.reduce((s, pi, i) => s + pi * g[i], 0);
  return g.map((gi) => gi - base);
}

/** Expected clipped surrogate Σ π_old(y)·min(ρ_y A_y, clip(ρ_y)A_y), ρ_y = π(y)/π_old(y). */
export function ppoSurrogate(logits: readonly number[], pOld: readonly number[], adv: readonly number[], eps: number): number {
  const p = softmax(logits);
  return p.reduce((s, pi, y) => s + pOld[y] * clippedObjective(pi / pOld[y], adv[y], eps), 0);
}

/**
 * Gradient of the expected clipped surrogate with respect to the logits. For a response y on the
 * linear part, d/dθ_k [π_old(y)·ρ_y·A_y] = A_y·π(y)·(δ_yk − π(k)); on the flat part it is 0.
 */
export function ppoSurrogateGrad(logits: readonly number[], pOld: readonly number[], adv: readonly number[], eps: number): number[] {
  const p = softmax(logits);
  const grad = p.map(() => 0);
  p.forEach((py, y) => {
    if (clipRegion(py / pOld[y], adv[y], eps) === 'flat') return;
    for (let k = 0; k < p.length; k++) grad[k] += adv[y] * py * ((y === k ? 1 : 0) - p[k]);
  });
  return grad;
}

export interface PpoStepOptions {
  beta: number;
  eps: number;
  lr: number;
  /** Inner gradient-ascent epochs on one batch (PPO reuses the batch several times). */
  epochs: number;
}

/** One PPO iteration: freeze π_old, compute advantages, take `epochs` ascent steps on the surrogate. */
export function ppoStep(
  logits: readonly number[],
  refLogits: readonly number[],
  r: readonly number[],
  o: PpoStepOptions,
): {logits: number[]; clippedFraction: number} {
  const pOld = softmax(logits);
  const ref = softmax(refLogits);
  const adv = ppoAdvantages(pOld, ref, r, o.beta);
  let theta = [...logits];
  for (let e = 0; e < o.epochs; e++) {
    const g = ppoSurrogateGrad(theta, pOld, adv, o.eps);
    theta = theta.map((t, k) => t + o.lr * g[k]);
  }
  const p = softmax(theta);
  // Probability mass (under π_old) of responses that ended on a flat part.
  const clippedFraction = p.reduce(
    (s, py, y) => s + (clipRegion(py / pOld[y], adv[y], o.eps) === 'flat' ? pOld[y] : 0),
    0,
  );
  return {logits: theta, clippedFraction};
}

/** Bradley–Terry preference probabilities P(i ≻ j) = σ(r_i − r_j). */
export function preferenceMatrix(r: readonly number[]): number[][] {
  return r.map((ri) => r.map((rj) => sigmoid(ri - rj)));
}

/** Implicit DPO reward β·log(π(y)/π_ref(y)). */
export function implicitReward(logits: readonly number[], refLogits: readonly number[], beta: number): number[] {
  const p = softmax(logits);
  const q = softmax(refLogits);
  return p.map((pi, i) => beta * Math.log(pi / q[i]));
}

/**
 * Expected DPO loss over all unordered pairs {i, j}, each labelled i ≻ j with probability
 * P(i ≻ j) = σ(r_i − r_j): Σ_{i<j} −[P log σ(z_ij) + (1−P) log σ(−z_ij)], z_ij = u_i − u_j
 * with u = β·log(π/π_ref). Averaged over the number of pairs.
 */
export function dpoLoss(logits: readonly number[], refLogits: readonly number[], r: readonly number[], beta: number): number {
  const u = implicitReward(logits, refLogits, beta);
  let s = 0;
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    for (let j = i + 1; j < r.length; j++) {
      const pij = sigmoid(r[i] - r[j]);
      const z = u[i] - u[j];
      s += -(pij * Math.log(sigmoid(z)) + (1 - pij) * Math.log(sigmoid(-z)));
      n++;
    }
  }
  return n ? s / n : 0;
}

/**
 * Gradient of dpoLoss with respect to the logits. Because z_ij = β(θ_i − θ_j) (the log-partition
 * terms cancel), dℓ/dz = σ(z) − P and dz/dθ_i = β, dz/dθ_j = −β.
 */
export function dpoGrad(logits: readonly number[], refLogits: readonly number[], r: readonly number[], beta: number): number[] {
  const u = implicitReward(logits, refLogits, beta);
  const g = logits.map(() => 0);
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    for (let j = i + 1; j < r.length; j++) {
      const d = sigmoid(u[i] - u[j]) - sigmoid(r[i] - r[j]);
      g[i] += beta * d;
      g[j] -= beta * d;
      n++;
    }
  }
  return n ? g.map((x) => x / n) : g;
}

/** One DPO gradient-descent step on the logits. */
export function dpoStep(logits: readonly number[], refLogits: readonly number[], r: readonly number[], beta: number, lr: number): number[] {
  const g = dpoGrad(logits, refLogits, r, beta);
  return logits.map((t, k) => t - lr * g[k]);
}
