/**
 * Sequence cost explorer: the formulas of lessons 03/01, 03/02 and 03/09, with no DOM or React.
 *
 * Cost model (forward pass; one multiply-add = 2 FLOPs), per layer and per sequence:
 *   projections + MLP (12·d² parameters per layer):  24·n·d²
 *   softmax attention (QKᵀ and the weighted sum):     4·n²·d
 *   linear attention / fixed-state layer (per head d_h × d_h state, write + read): 4·n·d·d_h
 * Inference memory:
 *   KV cache:     2·L·B·n·d·b bytes   (K and V, every layer, every token)
 *   fixed state:  L·B·d·d_h·b bytes   (H heads × d_h × d_h = d·d_h numbers per layer)
 *   weights:      12·L·d²·b bytes     (reference line)
 */

export interface CostConfig {
  /** Model width d. */
  width: number;
  /** Number of layers L. */
  layers: number;
  /** Batch size B. */
  batch: number;
  /** Head dimension d_h of the fixed-state layer (state is d_h × d_h per head). */
  headDim: number;
  /** Bytes per stored number b (2 for fp16/bf16). */
  bytes: number;
}

function check(n: number, c: CostConfig): void {
  if (!(n > 0) || !(c.width > 0) || !(c.layers > 0) || !(c.batch > 0) || !(c.headDim > 0) || !(c.bytes > 0)) {
    throw new RangeError('sequence length and all sizes must be positive');
  }
}

/** Forward FLOPs of a softmax-attention Transformer over n tokens: L·B·(24nd² + 4n²d). */
export function attentionFlops(n: number, c: CostConfig): number {
  check(n, c);
  const d = c.width;
  return c.layers * c.batch * (24 * n * d * d + 4 * n * n * d);
}

/** Forward FLOPs of a fixed-state (linear-attention-like) model: L·B·(24nd² + 4n·d·d_h). */
export function linearFlops(n: number, c: CostConfig): number {
  check(n, c);
  const d = c.width;
  return c.layers * c.batch * (24 * n * d * d + 4 * n * d * c.headDim);
}

/** KV cache bytes after n tokens: 2·L·B·n·d·b. */
export function kvCacheBytes(n: number, c: CostConfig): number {
  check(n, c);
  return 2 * c.layers * c.batch * n * c.width * c.bytes;
}

/** Fixed recurrent state bytes, independent of n: L·B·d·d_h·b. */
export function stateBytes(c: CostConfig): number {
  check(1, c);
  return c.layers * c.batch * c.width * c.headDim * c.bytes;
}

/** Weight bytes of the layers (12·L·d² parameters, embeddings ignored). */
export function weightBytes(c: CostConfig): number {
  check(1, c);
  return 12 * c.layers * c.width * c.width * c.bytes;
}

/** Length where the attention term 4n²d equals the projection term 24nd²: n* = 6d. */
export function computeCrossover(c: CostConfig): number {
  return 6 * c.width;
}

/** Length where the KV cache equals the weights: 2LBndb = 12Ld²b  ⇒  n = 6d / B. */
export function kvEqualsWeights(c: CostConfig): number {
  return (6 * c.width) / c.batch;
}

/** Length where the KV cache equals the fixed state: 2LBndb = LBd·d_h·b  ⇒  n = d_h / 2. */
export function kvEqualsState(c: CostConfig): number {
  return c.headDim / 2;
}

/** `count` points evenly spaced in log10 between min and max (inclusive). */
export function logSpace(min: number, max: number, count: number): number[] {
  if (!(min > 0) || !(max > min) || count < 2) throw new RangeError('need 0 < min < max and count ≥ 2');
  const a = Math.log10(min);
  const b = Math.log10(max);
  return Array.from({length: count}, (_, i) => 10 ** (a + ((b - a) * i) / (count - 1)));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** Scientific notation with three significant digits: 4.29 × 10⁹. Values below 1000 are printed plainly. */
export function formatScientific(x: number): string {
  if (x === 0) return '0';
  if (Math.abs(x) < 1000) return String(Number(x.toPrecision(3)));
  let exp = Math.floor(Math.log10(Math.abs(x)));
  let mant = Number((x / 10 ** exp).toPrecision(3));
  if (Math.abs(mant) >= 10) {
    mant /= 10;
    exp += 1;
  }
  const sup = String(exp)
    .split('')
    .map((ch) => SUPERSCRIPT[ch])
    .join('');
  return `${mant} × 10${sup}`;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** Binary units with three significant digits: 524288 → "512 KiB", 2³¹ → "2 GiB". */
export function formatBytes(x: number): string {
  if (!(x >= 0)) throw new RangeError('bytes must be non-negative');
  let k = 0;
  let v = x;
  while (v >= 1024 && k < UNITS.length - 1) {
    v /= 1024;
    k += 1;
  }
  return `${Number(v.toPrecision(3))} ${UNITS[k]}`;
}

/** Token count as 1K, 32K, 1M (binary-free, powers of ten are printed as K/M). */
export function formatTokens(n: number): string {
  const r = Math.round(n);
  if (r >= 1_000_000) return `${Number((r / 1_000_000).toPrecision(3))}M`;
  if (r >= 1000) return `${Number((r / 1000).toPrecision(3))}K`;
  return String(r);
}

// ---------------------------------------------------------------------------------------------
// Recurrent vs parallel view of (decayed) linear attention, for the step-by-step panel.
//   recurrent: S_t = γ·S_{t−1} + k_tᵀ v_t,  o_t = q_t S_t      (row vectors; S is d_k × d_v)
//   parallel:  O = (Q Kᵀ ⊙ D) V,  D_ij = γ^(i−j) for j ≤ i, else 0
// γ = 1 is plain causal linear attention without the normaliser; γ < 1 is RetNet-style decay.

export type Vec = number[];
export type Mat = number[][];

export interface Tokens {
  q: Vec[];
  k: Vec[];
  v: Vec[];
}

/** The four tokens used in the lessons (the first three are the worked example of lesson 02). */
export const DEMO_TOKENS: Tokens = {
  q: [
    [1, 0],
    [0, 1],
    [1, 2],
    [1, 1],
  ],
  k: [
    [1, 0],
    [0, 1],
    [1, 1],
    [0, 2],
  ],
  v: [
    [1, 2],
    [3, 0],
    [0, 1],
    [1, 1],
  ],
};

export interface Step {
  /** State before the update, γ-scaled: γ·S_{t−1}. */
  decayed: Mat;
  /** Outer product k_tᵀ v_t written at this step. */
  write: Mat;
  /** State after the update S_t. */
  state: Mat;
  /** Output o_t = q_t S_t. */
  out: Vec;
}

function outer(a: Vec, b: Vec): Mat {
  return a.map((x) => b.map((y) => x * y));
}

function dot(a: Vec, b: Vec): number {
  return a.reduce((s, x, i) => s + x * b[i], 0);
}

function checkTokens(t: Tokens): void {
  if (t.q.length !== t.k.length || t.k.length !== t.v.length) throw new RangeError('q, k, v need the same length');
}

/** Runs the recurrence and returns every step. */
export function recurrentSteps(t: Tokens, gamma: number): Step[] {
  checkTokens(t);
  const dk = t.k[0]?.length ?? 0;
  const dv = t.v[0]?.length ?? 0;
  let state: Mat = Array.from({length: dk}, () => Array<number>(dv).fill(0));
  const steps: Step[] = [];
  for (let i = 0; i < t.k.length; i++) {
    const decayed = state.map((row) => row.map((x) => gamma * x));
    const write = outer(t.k[i], t.v[i]);
    state = decayed.map((row, r) => row.map((x, c) => x + write[r][c]));
    const out = Array.from({length: dv}, (_, c) => t.q[i].reduce((s, qr, r) => s + qr * state[r][c], 0));
    steps.push({decayed, write, state, out});
  }
  return steps;
}

/** The masked, decayed score matrix (Q Kᵀ ⊙ D): entry (i, j) = γ^(i−j)·q_i·k_j for j ≤ i, else 0. */
export function maskedScores(t: Tokens, gamma: number): Mat {
  checkTokens(t);
  const n = t.q.length;
  return Array.from({length: n}, (_, i) =>
    Array.from({length: n}, (_, j) => (j <= i ? gamma ** (i - j) * dot(t.q[i], t.k[j]) : 0)),
  );
}

/** Parallel outputs O = (Q Kᵀ ⊙ D) V. */
export function parallelOutputs(t: Tokens, gamma: number): Mat {
  const s = maskedScores(t, gamma);
  const dv = t.v[0]?.length ?? 0;
  return s.map((row) => Array.from({length: dv}, (_, c) => row.reduce((acc, w, j) => acc + w * t.v[j][c], 0)));
}
