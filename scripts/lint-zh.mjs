#!/usr/bin/env node
// Chinese typography lint (AutoCorrect) over docs/ and src/ with the rules in .autocorrectrc:
// spaces between CJK and Latin, full-width punctuation in Chinese sentences. In Markdown, the
// front matter (YAML, where a full-width comma would break a list) and fenced code (half-width
// by the writing rules, and its printed strings must match the page's stated output) are left
// alone; AutoCorrect itself skips inline code and formulas.
// Quotation marks: the readers are in mainland China, and GB/T 15834 quotes with “…” and nests
// ‘…’, so corner brackets 「」『』 in prose (front matter included, code and inline code not)
// are errors too: one style for the whole site. --fix turns them into “”‘’.
//   node scripts/lint-zh.mjs          report, exit 1 on any error
//   node scripts/lint-zh.mjs --fix    rewrite the files
import fs from 'node:fs';
import path from 'node:path';
import autocorrect from 'autocorrect-node';

// Lesson text in docs/; UI strings and comments in src/ (its README files are English notes).
const ROOTS = {docs: /\.mdx?$/, src: /\.tsx?$/};

autocorrect.loadConfig(fs.readFileSync('.autocorrectrc', 'utf8'));

function files(dir, pattern) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p, pattern);
    return pattern.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/**
 * The file as [text, checked?, quotes?] runs of whole lines: prose is checked, YAML and code are
 * not; quotation marks are checked in prose and in the front matter (titles and descriptions).
 */
function segments(src, file) {
  if (!/\.mdx?$/.test(file)) return [[src, true, true]];
  const out = [];
  let rest = src;
  const fm = /^---\n[\s\S]*?\n---\n/.exec(rest);
  if (fm) {
    out.push([fm[0], false, true]);
    rest = rest.slice(fm[0].length);
  }
  const fence = /^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*(\n|$)/m;
  for (let m = fence.exec(rest); m; m = fence.exec(rest)) {
    out.push([rest.slice(0, m.index), true, true], [m[0], false, false]);
    rest = rest.slice(m.index + m[0].length);
  }
  out.push([rest, true, true]);
  return out;
}

// Corner brackets and the quotation marks of GB/T 15834 that replace them.
const CORNER = /[\u300C\u300D\u300E\u300F]/g;
const GB_QUOTE = {'\u300C': '“', '\u300D': '”', '\u300E': '‘', '\u300F': '’'};
const INLINE_CODE = /(`+)[^\n]*?\1/g;

/** The text with its corner brackets turned into “”‘’, inline code (in Markdown) left as it is. */
function gbQuotes(text, file) {
  const swap = (t) => t.replace(CORNER, (c) => GB_QUOTE[c]);
  if (!/\.mdx?$/.test(file)) return swap(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(INLINE_CODE)) {
    out += swap(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + swap(text.slice(at));
}

/** The lines of `text` (1-based within it) that hold corner brackets outside inline code. */
function cornerQuotes(text, file) {
  return text.split('\n').flatMap((line, i) => {
    const fixed = gbQuotes(line, file);
    if (fixed === line) return [];
    const to = [...fixed];
    const c = [...line].findIndex((ch, k) => ch !== to[k]);
    return [{l: i + 1, c: c + 1, old: line, new: fixed}];
  });
}

const lineCount = (text) => text.split('\n').length - 1;

const fix = process.argv.includes('--fix');
const all = Object.entries(ROOTS).flatMap(([dir, pattern]) => files(dir, pattern));
let errors = 0;
let fixed = 0;
for (const file of all) {
  const src = fs.readFileSync(file, 'utf8');
  const parts = segments(src, file);
  if (fix) {
    const out = parts
      .map(([text, checked, quotes]) => {
        const q = quotes ? gbQuotes(text, file) : text;
        return checked ? autocorrect.formatFor(q, file) : q;
      })
      .join('');
    if (out !== src) {
      fs.writeFileSync(file, out);
      fixed++;
    }
    continue;
  }
  let offset = 0;
  for (const [text, checked, quotes] of parts) {
    const result = checked ? autocorrect.lintFor(text, file) : {lines: []};
    if (result.error) {
      console.error(`${file}: ${result.error}`);
      errors++;
    }
    for (const line of result.lines.filter((l) => l.severity === 1)) {
      errors++;
      console.error(`${file}:${line.l + offset}:${line.c}\n  - ${line.old.trim()}\n  + ${line.new.trim()}`);
    }
    for (const line of quotes ? cornerQuotes(text, file) : []) {
      errors++;
      console.error(`${file}:${line.l + offset}:${line.c}: corner brackets, quote with “…” and ‘…’\n  - ${line.old.trim()}\n  + ${line.new.trim()}`);
    }
    offset += lineCount(text);
  }
}
if (fix) {
  console.log(`fix:zh: rewrote ${fixed} of ${all.length} files`);
} else {
  console.log(`summary: Chinese typography: ${all.length} files, ${errors} errors`);
  if (errors) {
    console.error('Run `npm run fix:zh` to apply the fixes.');
    process.exit(1);
  }
}
