// What a 代码实践 page runs and what it promises to print, read from its Markdown: every
// ```python block in order is the program (a block whose meta says `norun` is shown only),
// and every ```text block whose meta says `output` is the output the reader should see.

const FENCE = /^(```+|~~~+)([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;

/**
 * The page in reading order: prose (`{prose}`) and fenced blocks (`{lang, meta, code}`). The
 * downloads of a practice page (src/plugins/practice-downloads) are built from these parts, so
 * they and the runner read a page the same way.
 */
export function pageParts(markdown) {
  const parts = [];
  let end = 0;
  for (const m of markdown.matchAll(FENCE)) {
    if (m.index > end) parts.push({prose: markdown.slice(end, m.index)});
    const [lang = '', ...meta] = m[2].trim().split(/\s+/);
    parts.push({lang, meta: meta.join(' '), code: m[3]});
    end = m.index + m[0].length;
  }
  if (end < markdown.length) parts.push({prose: markdown.slice(end)});
  return parts;
}

export function codeBlocks(markdown) {
  return pageParts(markdown).filter((p) => p.prose === undefined);
}

/** A block that is part of the program: Python not marked `norun`. */
export const isRunnable = (block) => block.lang === 'python' && !/\bnorun\b/.test(block.meta);

export function practiceProgram(markdown) {
  const blocks = codeBlocks(markdown);
  const code = blocks
    .filter(isRunnable)
    .map((b) => b.code)
    .join('\n');
  const outputs = blocks.filter((b) => b.lang === 'text' && /\boutput\b/.test(b.meta)).map((b) => b.code);
  return {code, expected: outputs.length ? outputs.join('') : null};
}

const WILDCARD = '⋯';

function lineMatches(expected, actual) {
  if (!expected.includes(WILDCARD)) return expected === actual;
  const pattern = expected
    .split(WILDCARD)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(actual);
}

const lines = (text) => text.replace(/\r\n/g, '\n').split('\n').map((l) => l.trimEnd());
const trimBlankEnds = (ls) => {
  let a = 0;
  let b = ls.length;
  while (a < b && ls[a] === '') a++;
  while (b > a && ls[b - 1] === '') b--;
  return ls.slice(a, b);
};

/**
 * Compares the printed output with the page's promise. `⋯` in an expected line stands for any
 * text (timings and the like). Returns null when they agree, else the first difference.
 */
export function compareOutput(expected, actual) {
  const want = trimBlankEnds(lines(expected));
  const got = trimBlankEnds(lines(actual));
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === undefined) return {line: i + 1, expected: '(输出结束)', actual: got[i]};
    if (got[i] === undefined) return {line: i + 1, expected: want[i], actual: '(输出结束)'};
    if (!lineMatches(want[i], got[i])) return {line: i + 1, expected: want[i], actual: got[i]};
  }
  return null;
}
