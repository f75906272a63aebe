/**
 * GRPO group-relative advantages (chapter 07, lesson 06):
 *   A_i = (r_i − mean(r)) / (std(r) + eps)
 * with std either the population form (divide by G) or the sample form (divide by G − 1).
 * Also the PPO/GRPO clipped term and the non-negative KL estimator x − log x − 1, x = π_ref / π_θ.
 */

export type StdMode = 'population' | 'sample';

export interface GroupStats {
  mean: number;
  std: number;
  advantages: number[];
  /**
   * True when every reward equals the mean (up to floating-point rounding), so the group carries
   * no learning signal; the advantages are then exactly 0.
   */
  degenerate: boolean;
}

/**
 * Relative tolerance below which a group's std counts as zero. Float rewards such as
 * (0.1, 0.1, 0.1) have a mean of 0.10000000000000002 and a computed std of about 1.4e-17,
 * not exactly 0; an exact `std === 0` test would miss them.
 */
export const DEGENERATE_TOL = 1e-12;

/** Whether a std of `s` for rewards of typical size |m| is zero up to rounding error. */
export function isDegenerateStd(s: number, m: number): boolean {
  return s <= DEGENERATE_TOL * Math.max(1, Math.abs(m));
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export function std(xs: number[], mode: StdMode = 'population'): number {
  const n = xs.length;
  const denom = mode === 'population' ? n : n - 1;
  if (denom <= 0) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) * (x - m), 0) / denom);
}

export function groupAdvantages(rewards: number[], mode: StdMode = 'population', eps = 1e-8): GroupStats {
  const m = mean(rewards);
  const s = std(rewards, mode);
  const degenerate = isDegenerateStd(s, m);
  return {
    mean: m,
    std: degenerate ? 0 : s,
    advantages: degenerate ? rewards.map(() => 0) : rewards.map((r) => (r - m) / (s + eps)),
    degenerate,
  };
}

/** min(ρ·A, clip(ρ, 1−ε, 1+ε)·A): the per-token surrogate of PPO and GRPO. */
export function clippedTerm(ratio: number, advantage: number, epsilon = 0.2): number {
  const clipped = Math.min(Math.max(ratio, 1 - epsilon), 1 + epsilon);
  return Math.min(ratio * advantage, clipped * advantage);
}

/** GRPO's per-token KL estimate with x = π_ref / π_θ: x − ln x − 1 (≥ 0, zero at x = 1). */
export function klEstimate(piTheta: number, piRef: number): number {
  const x = piRef / piTheta;
  return x - Math.log(x) - 1;
}

/** Probability that a group of G independent samples is all right or all wrong. */
export function noSignalProbability(p: number, G: number): number {
  return p ** G + (1 - p) ** G;
}

/** Parse a reward typed by the reader; empty or invalid input becomes null. */
export function parseReward(text: string): number | null {
  const t = text.trim().replace('，', '.').replace(',', '.');
  if (t === '' || t === '-' || t === '.') return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

export const GROUP_PRESETS: {label: string; rewards: number[]}[] = [
  {label: '两对两错', rewards: [1, 0, 0, 1]},
  {label: '一对三错', rewards: [1, 0, 0, 0]},
  {label: '全对', rewards: [1, 1, 1, 1]},
  {label: '准确性 + 语言一致性', rewards: [1.9, 1.5, 0.8, 0.2, 1.0, 0.9]},
];

export const MIN_G = 2;
export const MAX_G = 16;
