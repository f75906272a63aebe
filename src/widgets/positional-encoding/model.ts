/**
 * Positional encodings of chapter 01, lesson 03 (and practice 04):
 *   sinusoidal PE(m, 2i) = sin(m·ω_i), PE(m, 2i+1) = cos(m·ω_i), ω_i = base^(−2i/d);
 *   RoPE on one 2-D pair: R_m x = (x₀ cos mθ − x₁ sin mθ, x₀ sin mθ + x₁ cos mθ),
 *   so that (R_m q)·(R_n k) depends only on m − n.
 * Pure functions only: no DOM, no React.
 */

export type Vec2 = [number, number];

/** Angular frequency of pair i in a d-dimensional encoding: base^(−2i/d). */
export function frequency(i: number, d: number, base = 10000): number {
  return Math.pow(base, (-2 * i) / d);
}

/** Wavelength (in positions) of pair i: 2π / ω_i. */
export function wavelength(i: number, d: number, base = 10000): number {
  return (2 * Math.PI) / frequency(i, d, base);
}

/** The nPos × d sinusoidal position-encoding matrix (d even). */
export function sinusoidal(nPos: number, d: number, base = 10000): number[][] {
  return Array.from({length: nPos}, (_, m) =>
    Array.from({length: d}, (_, j) => {
      const w = frequency(Math.floor(j / 2), d, base);
      return j % 2 === 0 ? Math.sin(m * w) : Math.cos(m * w);
    }),
  );
}

/** Rotates a 2-D vector by the angle m·θ (RoPE on one pair of dimensions). */
export function rotate(x: Vec2, m: number, theta: number): Vec2 {
  const c = Math.cos(m * theta);
  const s = Math.sin(m * theta);
  return [x[0] * c - x[1] * s, x[0] * s + x[1] * c];
}

export function dot2(a: Vec2, b: Vec2): number {
  return a[0] * b[0] + a[1] * b[1];
}

/** Score of a query at position m and a key at position n after RoPE: (R_m q)·(R_n k). */
export function ropeScore(q: Vec2, k: Vec2, m: number, n: number, theta: number): number {
  return dot2(rotate(q, m, theta), rotate(k, n, theta));
}

/** Closed form of the same score: |q||k| cos((m − n)θ + φ_q − φ_k). */
export function ropeScoreClosed(q: Vec2, k: Vec2, m: number, n: number, theta: number): number {
  const nq = Math.hypot(q[0], q[1]);
  const nk = Math.hypot(k[0], k[1]);
  const pq = Math.atan2(q[1], q[0]);
  const pk = Math.atan2(k[1], k[0]);
  return nq * nk * Math.cos((m - n) * theta + pq - pk);
}

/**
 * Diverging colour for a value in [−1, 1]: blue #2166ac (−1), light grey #f7f7f7 (0),
 * red #b2182b (+1). Opaque, so it looks the same in light and dark mode.
 */
export function divergingColor(v: number): string {
  const t = Math.max(-1, Math.min(1, v));
  const mid = [0xf7, 0xf7, 0xf7];
  const end = t < 0 ? [0x21, 0x66, 0xac] : [0xb2, 0x18, 0x2b];
  const a = Math.abs(t);
  const c = mid.map((x, i) => Math.round(x + (end[i] - x) * a));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
