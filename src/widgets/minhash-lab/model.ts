/**
 * MinHash lab: the formulas of lesson 05/04 (数据去重), with no DOM and no React.
 *
 * - shingles: character n-grams of a normalised text (Chinese has no spaces, so characters).
 * - jaccard: |A∩B| / |A∪B|.
 * - signature: k min-hashes; the estimate is the share of equal positions, M / k.
 * - standard error of the estimate: sqrt(J(1−J)/k).
 * - LSH banding: a pair becomes a candidate with P = 1 − (1 − s^r)^b; threshold ≈ (1/b)^(1/r).
 */
import {seededRandom} from '../shared/random';

/** Lower-case, drop whitespace and punctuation (ASCII and full-width), keep letters, digits, CJK. */
export function normalise(text: string): string {
  return Array.from(text.toLowerCase())
    .filter((ch) => /[\p{L}\p{N}]/u.test(ch))
    .join('');
}

/** The set of character n-grams of the normalised text, sorted and without repeats. */
export function shingles(text: string, n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new Error('shingle size must be a positive integer');
  const chars = Array.from(normalise(text));
  const out = new Set<string>();
  if (chars.length === 0) return [];
  if (chars.length < n) {
    out.add(chars.join(''));
  } else {
    for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  }
  return Array.from(out).sort();
}

/** Exact Jaccard similarity of two sets given as arrays of distinct items. Two empty sets → 0. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Items present in both arrays (sorted). */
export function intersection(a: readonly string[], b: readonly string[]): string[] {
  const sb = new Set(b);
  return a.filter((x) => sb.has(x)).sort();
}

/** 32-bit FNV-1a hash of a string (UTF-16 code units), unsigned. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers that mixes all bits. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** k seeds for k hash functions h_i(x) = fmix32(fnv1a(x) XOR seed_i), from a fixed generator. */
export function hashSeeds(k: number, seed = 2024): number[] {
  const rand = seededRandom(seed);
  return Array.from({length: k}, () => Math.floor(rand() * 4294967296) >>> 0);
}

/** Hash of one shingle under hash function i. */
export function hashWith(shingle: string, seedValue: number): number {
  return fmix32((fnv1a(shingle) ^ seedValue) >>> 0);
}

/** MinHash signature: for each hash function the smallest hash over the set. Empty set → all 2^32−1. */
export function signature(set: readonly string[], seeds: readonly number[]): number[] {
  const base = set.map(fnv1a);
  return seeds.map((s) => {
    let m = 0xffffffff;
    for (const b of base) {
      const v = fmix32((b ^ s) >>> 0);
      if (v < m) m = v;
    }
    return m;
  });
}

/** Number of positions where two signatures agree. */
export function matches(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('signatures must have the same length');
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) m++;
  return m;
}

/** MinHash estimate of Jaccard: share of agreeing positions, M / k. */
export function estimate(a: readonly number[], b: readonly number[]): number {
  return a.length === 0 ? 0 : matches(a, b) / a.length;
}

/** Standard error of the MinHash estimate with k hashes at true similarity J: sqrt(J(1−J)/k). */
export function standardError(j: number, k: number): number {
  if (k <= 0) throw new Error('k must be positive');
  return Math.sqrt((j * (1 - j)) / k);
}

/** Probability that a pair with similarity s shares at least one of b bands of r rows. */
export function lshProbability(s: number, b: number, r: number): number {
  const x = Math.min(1, Math.max(0, s));
  return 1 - Math.pow(1 - Math.pow(x, r), b);
}

/** Approximate threshold of the S-curve, (1/b)^(1/r). */
export function lshThreshold(b: number, r: number): number {
  return Math.pow(1 / b, 1 / r);
}

/** Which of the b bands (r rows each) agree completely; uses the first b·r positions. */
export function bandMatches(a: readonly number[], b: readonly number[], bands: number, rows: number): boolean[] {
  if (bands * rows > Math.min(a.length, b.length)) throw new Error('b × r exceeds the signature length');
  return Array.from({length: bands}, (_, i) => {
    for (let j = i * rows; j < (i + 1) * rows; j++) if (a[j] !== b[j]) return false;
    return true;
  });
}

/** Divisors of k that can serve as rows per band (r), ascending. */
export function rowOptions(k: number): number[] {
  const out: number[] = [];
  for (let r = 1; r <= k; r++) if (k % r === 0) out.push(r);
  return out;
}

/** Everything the view shows for one pair of texts. */
export interface PairResult {
  setA: string[];
  setB: string[];
  shared: string[];
  exact: number;
  sigA: number[];
  sigB: number[];
  agree: number;
  estimated: number;
  error: number;
  se: number;
  bands: boolean[];
  candidate: boolean;
  probability: number;
}

export function analysePair(textA: string, textB: string, n: number, k: number, rows: number, seed = 2024): PairResult {
  const seeds = hashSeeds(k, seed);
  const setA = shingles(textA, n);
  const setB = shingles(textB, n);
  const exact = jaccard(setA, setB);
  const sigA = signature(setA, seeds);
  const sigB = signature(setB, seeds);
  // An empty text has no shingles: its "signature" is all sentinels and must not match anything.
  const empty = setA.length === 0 || setB.length === 0;
  const agree = empty ? 0 : matches(sigA, sigB);
  const estimated = agree / k;
  const bandsCount = Math.floor(k / rows);
  const bands = empty ? Array.from({length: bandsCount}, () => false) : bandMatches(sigA, sigB, bandsCount, rows);
  return {
    setA,
    setB,
    shared: intersection(setA, setB),
    exact,
    sigA,
    sigB,
    agree,
    estimated,
    error: estimated - exact,
    se: standardError(exact, k),
    bands,
    candidate: bands.some(Boolean),
    probability: lshProbability(exact, bandsCount, rows),
  };
}
