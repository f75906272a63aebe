/**
 * Seeded pseudo-random numbers for widgets: the same seed gives the same picture on the server
 * render, after hydration and on every reader's screen (Math.random would differ each time).
 */

/** mulberry32: a tiny, fast 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples (Box–Muller) from a uniform generator. */
export function gaussian(random: () => number): () => number {
  return () => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** A rows × cols matrix of N(0, scale²) entries. */
export function randomMatrix(rows: number, cols: number, random: () => number, scale = 1): number[][] {
  const normal = gaussian(random);
  return Array.from({length: rows}, () => Array.from({length: cols}, () => normal() * scale));
}
