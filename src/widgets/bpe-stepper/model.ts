/**
 * BPE training and encoding as taught in chapter 01, lesson 02 (and practice 05):
 *  - the corpus is split on whitespace; every word becomes its symbols plus the end marker "</w>";
 *  - each step counts adjacent pairs weighted by word frequency and merges the most frequent one;
 *    ties go to the pair seen first (words in order of first appearance, pairs left to right);
 *  - encoding applies the learned merges in the order they were learned.
 * In byte mode the symbols are UTF-8 bytes written as "<E4>" (a Chinese character is 3 bytes).
 * Pure functions only: no DOM, no React.
 */

export const END = '</w>';

export interface Word {
  word: string;
  count: number;
  symbols: string[];
}

export interface PairCount {
  left: string;
  right: string;
  count: number;
}

export interface Step {
  /** Pair counts before this merge, most frequent first (stable: ties keep first-seen order). */
  pairs: PairCount[];
  /** The merged pair. */
  chosen: PairCount;
  /** Words after the merge. */
  words: Word[];
}

/** UTF-8 bytes of a string as symbols "<E4>", "<B8>", … */
export function byteSymbols(s: string): string[] {
  return Array.from(new TextEncoder().encode(s), (b) => `<${b.toString(16).toUpperCase().padStart(2, '0')}>`);
}

/** Symbols of one word: characters (or UTF-8 bytes) followed by the end-of-word marker. */
export function symbolize(word: string, byteLevel = false): string[] {
  return [...(byteLevel ? byteSymbols(word) : Array.from(word)), END];
}

/** Words of a corpus with their counts, in order of first appearance. */
export function parseCorpus(text: string, byteLevel = false): Word[] {
  const counts = new Map<string, number>();
  for (const w of text.split(/\s+/).filter(Boolean)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return Array.from(counts, ([word, count]) => ({word, count, symbols: symbolize(word, byteLevel)}));
}

/** Adjacent pair counts weighted by word frequency, in first-seen order. */
export function countPairs(words: Word[]): PairCount[] {
  const map = new Map<string, PairCount>();
  for (const w of words) {
    for (let i = 0; i + 1 < w.symbols.length; i++) {
      const key = `${w.symbols[i]}\u0000${w.symbols[i + 1]}`;
      const p = map.get(key);
      if (p) p.count += w.count;
      else map.set(key, {left: w.symbols[i], right: w.symbols[i + 1], count: w.count});
    }
  }
  return Array.from(map.values());
}

/** The most frequent pair; the first seen wins a tie. null when no pair is left. */
export function bestPair(pairs: PairCount[]): PairCount | null {
  let best: PairCount | null = null;
  for (const p of pairs) if (!best || p.count > best.count) best = p;
  return best;
}

/** Replaces every non-overlapping occurrence (left to right) of the pair by the merged symbol. */
export function mergeSymbols(symbols: string[], left: string, right: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < symbols.length) {
    if (i + 1 < symbols.length && symbols[i] === left && symbols[i + 1] === right) {
      out.push(left + right);
      i += 2;
    } else {
      out.push(symbols[i]);
      i += 1;
    }
  }
  return out;
}

/** Runs up to `maxMerges` BPE merges; stops early when every word is a single symbol. */
export function train(words: Word[], maxMerges: number): Step[] {
  const steps: Step[] = [];
  let current = words;
  for (let k = 0; k < maxMerges; k++) {
    const pairs = countPairs(current);
    const chosen = bestPair(pairs);
    if (!chosen) break;
    current = current.map((w) => ({...w, symbols: mergeSymbols(w.symbols, chosen.left, chosen.right)}));
    const sorted = pairs.map((p, i) => ({p, i})).sort((a, b) => b.p.count - a.p.count || a.i - b.i).map((x) => x.p);
    steps.push({pairs: sorted, chosen, words: current});
  }
  return steps;
}

/** The base symbols of a corpus (characters or bytes, plus the end marker), in first-seen order. */
export function baseVocab(words: Word[]): string[] {
  const seen = new Set<string>();
  for (const w of words) for (const s of w.symbols) seen.add(s);
  return Array.from(seen);
}

export interface EncodeTrace {
  tokens: string[];
  /** Indices (0-based) of the merge rules that fired, in the order they fired. */
  applied: number[];
}

/** Encodes a word by applying the merges in the order they were learned. */
export function encode(word: string, merges: Array<Pick<PairCount, 'left' | 'right'>>, byteLevel = false): EncodeTrace {
  let tokens = symbolize(word, byteLevel);
  const applied: number[] = [];
  merges.forEach((m, r) => {
    const next = mergeSymbols(tokens, m.left, m.right);
    if (next.length !== tokens.length) {
      tokens = next;
      applied.push(r);
    }
  });
  return {tokens, applied};
}

/**
 * Readable form of a symbol: runs of byte symbols that form complete UTF-8 characters are shown
 * as the characters ("<E4><B8><AD>" → "中"); incomplete runs stay as hex ("<E4><B8>").
 */
export function display(symbol: string): string {
  return symbol.replace(/(?:<[0-9A-F]{2}>)+/g, (run) => {
    const bytes = Uint8Array.from(run.match(/[0-9A-F]{2}/g) ?? [], (h) => parseInt(h, 16));
    try {
      return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch {
      return run;
    }
  });
}
