/**
 * Router playground: the routing math of chapter 02 (MoE), free of DOM and React.
 *
 * - softmax routing with temperature, top-k selection, expert capacity and token dropping
 *   (GShard / Switch Transformer, lessons 05, 06, 09);
 * - the Switch Transformer load-balancing loss α·N·Σ f_i·P_i (lesson 06);
 * - DeepSeekMoE: shared experts plus fine-grained routed experts, expert- and device-level
 *   balance losses (lesson 08);
 * - auxiliary-loss-free balancing: a per-expert bias added to the scores for selection only,
 *   nudged by ±γ after each step (DeepSeek-V3, lesson 08).
 */
import {gaussian, seededRandom} from '../shared/random';

/** Numerically stable softmax of one row, with logits divided by `temperature` (> 0). */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  const t = Math.max(temperature, 1e-6);
  const scaled = logits.map((x) => x / t);
  const m = Math.max(...scaled);
  const exps = scaled.map((x) => Math.exp(x - m));
  const z = exps.reduce((s, x) => s + x, 0);
  return exps.map((x) => x / z);
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Indices of the k largest values, largest first; ties go to the lower index. */
export function topK(values: readonly number[], k: number): number[] {
  return values
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, Math.max(0, Math.min(k, values.length)))
    .map(([, i]) => i);
}

/**
 * Expert capacity C = ⌈capacityFactor · k·T / E⌉: the slots each expert has for one batch of
 * T tokens that each choose k of E experts (GShard's 2S/E is the case k = 2, factor 1).
 */
export function expertCapacity(tokens: number, experts: number, k: number, capacityFactor: number): number {
  return Math.max(0, Math.ceil((capacityFactor * k * tokens) / experts - 1e-9));
}

/**
 * Router logits for a toy batch: standard normal scores plus a skew that favours low-numbered
 * experts (expert j gets skew·(1 − 2j/(E−1)), from +skew down to −skew). Deterministic per seed.
 */
export function makeLogits(tokens: number, experts: number, skew: number, seed: number): number[][] {
  const normal = gaussian(seededRandom(seed));
  return Array.from({length: tokens}, () =>
    Array.from({length: experts}, (_, j) => normal() + (experts > 1 ? skew * (1 - (2 * j) / (experts - 1)) : 0)),
  );
}

export interface Assignment {
  token: number;
  expert: number;
  /** 0 for the token's first choice, 1 for the second, … */
  rank: number;
  /** Gate weight: the router probability, renormalised over the chosen experts when k > 1. */
  gate: number;
  /** False when the expert was already full (token dropped for this expert). */
  kept: boolean;
}

export interface RoutingResult {
  probs: number[][];
  assignments: Assignment[];
  capacity: number;
  /** Tokens each expert receives after capacity (kept assignments). */
  load: number[];
  /** Tokens each expert was asked to take before capacity. */
  demand: number[];
  /** f_i: share of the k·T choices that went to expert i (before capacity). */
  fraction: number[];
  /** P_i: mean router probability of expert i over the batch. */
  meanProb: number[];
  /** Assignments rejected because the expert was full. */
  dropped: number;
  /** Tokens that lost all k of their experts (they pass through on the residual only). */
  fullyDropped: number;
}

/**
 * Route T tokens: probabilities p = softmax(logits/temperature), each token's top-k experts,
 * filled in token order (first choices of all tokens first, then second choices, as in GShard
 * and Switch implementations) until each expert holds C tokens.
 */
export function route(logits: number[][], k: number, capacityFactor: number, temperature = 1): RoutingResult {
  const T = logits.length;
  const E = T ? logits[0].length : 0;
  const kk = Math.max(1, Math.min(k, E));
  const probs = logits.map((row) => softmax(row, temperature));
  const capacity = expertCapacity(T, E, kk, capacityFactor);
  const choices = probs.map((p) => topK(p, kk));
  const load = new Array<number>(E).fill(0);
  const demand = new Array<number>(E).fill(0);
  const assignments: Assignment[] = [];
  for (let rank = 0; rank < kk; rank++) {
    for (let t = 0; t < T; t++) {
      const e = choices[t][rank];
      const chosen = choices[t].reduce((s, j) => s + probs[t][j], 0);
      const gate = kk === 1 ? probs[t][e] : probs[t][e] / chosen;
      demand[e]++;
      const kept = load[e] < capacity;
      if (kept) load[e]++;
      assignments.push({token: t, expert: e, rank, gate, kept});
    }
  }
  assignments.sort((a, b) => a.token - b.token || a.rank - b.rank);
  const dropped = assignments.filter((a) => !a.kept).length;
  let fullyDropped = 0;
  for (let t = 0; t < T; t++) {
    if (assignments.filter((a) => a.token === t).every((a) => !a.kept)) fullyDropped++;
  }
  const fraction = demand.map((d) => (T ? d / (kk * T) : 0));
  const meanProb = Array.from({length: E}, (_, j) => (T ? probs.reduce((s, p) => s + p[j], 0) / T : 0));
  return {probs, assignments, capacity, load, demand, fraction, meanProb, dropped, fullyDropped};
}

/**
 * Switch Transformer load-balancing loss α·N·Σ_i f_i·P_i (N experts). Equals α when routing is
 * perfectly uniform (f_i = P_i = 1/N), and grows towards α·N when everything goes to one expert.
 */
export function switchBalanceLoss(fraction: readonly number[], meanProb: readonly number[], alpha: number): number {
  const N = fraction.length;
  return alpha * N * fraction.reduce((s, f, i) => s + f * meanProb[i], 0);
}

/**
 * DeepSeekMoE device-level balance loss α₂·Σ_d f'_d·P'_d over D equal groups of routed experts,
 * with f'_d the mean of the (N'-scaled) f_i in the group and P'_d the sum of P_i in the group.
 * `fraction` are shares summing to 1 (as returned by route); they are rescaled by N' here.
 */
export function deviceBalanceLoss(fraction: readonly number[], meanProb: readonly number[], devices: number, alpha: number): number {
  const N = fraction.length;
  const D = Math.max(1, Math.min(devices, N));
  const per = N / D;
  let sum = 0;
  for (let d = 0; d < D; d++) {
    const idx = Array.from({length: N}, (_, i) => i).filter((i) => Math.floor(i / per) === d);
    const f = idx.reduce((s, i) => s + fraction[i] * N, 0) / idx.length;
    const P = idx.reduce((s, i) => s + meanProb[i], 0);
    sum += f * P;
  }
  return alpha * sum;
}

/** Max violation: (max load − mean load) / mean load; 0 when perfectly even. */
export function maxViolation(load: readonly number[]): number {
  const mean = load.reduce((s, x) => s + x, 0) / Math.max(1, load.length);
  return mean > 0 ? (Math.max(...load) - mean) / mean : 0;
}

export interface DeepSeekConfig {
  tokens: number;
  /** Routed experts N' (fine-grained). */
  routed: number;
  /** Shared experts K_s, always active. */
  shared: number;
  /** Routed experts chosen per token K'. */
  topK: number;
  devices: number;
  skew: number;
  temperature: number;
  seed: number;
}

export interface DeepSeekResult extends RoutingResult {
  /** Expert-level balance loss with α₁ = 1 (N'·Σ f_i P_i, 1 when even). */
  expertLoss: number;
  /** Device-level balance loss with α₂ = 1 (1 when even). */
  deviceLoss: number;
  /** Tokens handled per device (routed experts only, before capacity). */
  deviceLoad: number[];
  /** Experts active per token: shared + routed. */
  activePerToken: number;
}

/** DeepSeekMoE routing: shared experts always on; routed experts by softmax top-K' without capacity. */
export function routeDeepSeek(c: DeepSeekConfig): DeepSeekResult {
  const logits = makeLogits(c.tokens, c.routed, c.skew, c.seed);
  const r = route(logits, c.topK, Number.POSITIVE_INFINITY, c.temperature);
  const D = Math.max(1, Math.min(c.devices, c.routed));
  const per = c.routed / D;
  const deviceLoad = new Array<number>(D).fill(0);
  r.demand.forEach((n, i) => (deviceLoad[Math.floor(i / per)] += n));
  return {
    ...r,
    expertLoss: switchBalanceLoss(r.fraction, r.meanProb, 1),
    deviceLoss: deviceBalanceLoss(r.fraction, r.meanProb, D, 1),
    deviceLoad,
    activePerToken: c.shared + Math.min(c.topK, c.routed),
  };
}

/**
 * Auxiliary-loss-free balancing (DeepSeek-V3): affinity s = sigmoid(logit); an expert is chosen
 * by top-k of s_i + b_i, the gate uses s_i only. Returns each expert's load for this batch.
 */
export function biasedLoad(logits: number[][], bias: readonly number[], k: number): number[] {
  const E = bias.length;
  const load = new Array<number>(E).fill(0);
  for (const row of logits) {
    const biased = row.map((x, i) => sigmoid(x) + bias[i]);
    for (const e of topK(biased, k)) load[e]++;
  }
  return load;
}

/** One bias update: b_i ← b_i − γ if expert i is above the mean load, + γ if below. */
export function updateBias(bias: readonly number[], load: readonly number[], gamma: number): number[] {
  const mean = load.reduce((s, x) => s + x, 0) / Math.max(1, load.length);
  return bias.map((b, i) => (load[i] > mean ? b - gamma : load[i] < mean ? b + gamma : b));
}

export interface BiasStep {
  step: number;
  bias: number[];
  load: number[];
  maxVio: number;
}

/**
 * Run `steps` steps of bias balancing; step s routes a fresh batch (seed + s) with the bias
 * from the previous step and then updates it. Entry 0 is the first batch with zero bias.
 */
export function simulateBias(
  tokens: number,
  experts: number,
  k: number,
  skew: number,
  gamma: number,
  steps: number,
  seed: number,
): BiasStep[] {
  let bias = new Array<number>(experts).fill(0);
  const out: BiasStep[] = [];
  for (let s = 0; s <= steps; s++) {
    const load = biasedLoad(makeLogits(tokens, experts, skew, seed + s), bias, k);
    out.push({step: s, bias, load, maxVio: maxViolation(load)});
    bias = updateBias(bias, load, gamma);
  }
  return out;
}
