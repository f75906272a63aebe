/**
 * Finds glossary terms in running text: the earliest occurrence of any term, the longest
 * spelling where several start at the same place. A term's blocking phrases match like
 * spellings, so that the longer phrase wins, and are reported as blocks. Latin spellings match whole words only
 * ("RM" is not found in "RMSNorm", nor "MoE" in "V-MoE"); a spelling with lower-case letters
 * ignores case ("KV cache" finds "KV Cache"), an all-capitals abbreviation does not.
 */

export interface Term {
  id: string;
  spellings: readonly string[];
  /** Phrases that contain a spelling but are not the term (see `notIn` in ./schema.ts). */
  blocks?: readonly string[];
}

export interface Match {
  id: string;
  start: number;
  end: number;
  /** Set when what matched is one of the term's blocking phrases, not the term. */
  block?: true;
}

interface Pattern {
  id: string;
  block: boolean;
  text: string;
  ignoreCase: boolean;
  wordStart: boolean;
  wordEnd: boolean;
}

const ALNUM = /[A-Za-z0-9]/;
const isAlnum = (c: string | undefined) => c !== undefined && ALNUM.test(c);

/** Lower-cases ASCII letters only, so that indices stay those of the original text. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** True when text[start, end) is not part of a longer Latin word, version or number. */
function atWordBoundaries(text: string, start: number, end: number, p: Pattern): boolean {
  if (p.wordStart) {
    const before = text[start - 1];
    if (isAlnum(before) || (before === '-' && isAlnum(text[start - 2]))) return false;
  }
  if (p.wordEnd) {
    const after = text[end];
    if (isAlnum(after)) return false;
    if ((after === '-' || after === '.') && isAlnum(text[end + 1])) return false;
  }
  return true;
}

export class Matcher {
  /** Patterns by their first character (lower-cased), longest first. */
  private readonly byFirst = new Map<string, Pattern[]>();

  constructor(terms: readonly Term[]) {
    const patterns = terms
      .flatMap((t) =>
        [...t.spellings.map((s) => [s, false] as const), ...(t.blocks ?? []).map((s) => [s, true] as const)].map(([s, block]) => ({
          id: t.id,
          block,
          text: /[a-z]/.test(s) ? asciiLower(s) : s,
          ignoreCase: /[a-z]/.test(s),
          wordStart: isAlnum(s[0]),
          wordEnd: isAlnum(s[s.length - 1]),
        })),
      )
      .sort((a, b) => b.text.length - a.text.length);
    for (const p of patterns) {
      const key = asciiLower(p.text[0]);
      this.byFirst.set(key, [...(this.byFirst.get(key) ?? []), p]);
    }
  }

  /** The first occurrence of a term at or after `from`. */
  next(text: string, from = 0): Match | undefined {
    const lower = asciiLower(text);
    for (let at = from; at < text.length; at++) {
      for (const p of this.byFirst.get(lower[at]) ?? []) {
        const end = at + p.text.length;
        if ((p.ignoreCase ? lower : text).startsWith(p.text, at) && atWordBoundaries(text, at, end, p)) {
          return {id: p.id, start: at, end, ...(p.block && {block: true as const})};
        }
      }
    }
    return undefined;
  }
}
