#!/usr/bin/env node
// Runs the Python of every page that has any (代码实践 pages and lessons alike) with Debian's
// python3 (torch, numpy) and checks that it prints what the page says it prints. Pages run
// side by side, one per core, each on one thread, each in a fresh fork of a python3 that has
// already imported torch and numpy (lib/practice_server.py). Usage:
//   node scripts/run-practice.mjs [files or folders…]   (default: every page under docs/)
//   node scripts/run-practice.mjs --print FILE          (show what the code prints, to paste)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {spawn, spawnSync} from 'node:child_process';
import matter from 'gray-matter';
import {codeBlocks, compareOutput, isRunnable, practiceProgram} from './lib/practice.mjs';
import {mdxFiles} from './lib/mdx-files.mjs';

const PYTHON = process.env.PRACTICE_PYTHON || '/usr/bin/python3';
const TIMEOUT_S = Number(process.env.PRACTICE_TIMEOUT || 60);

const isPractice = (file) => /\/practice\/[^/]+\.mdx?$/.test(file) && !/\/index\.mdx?$/.test(file);
const hasPython = (file) => codeBlocks(fs.readFileSync(file, 'utf8')).some((b) => b.lang === 'python');

/** The pages to run under a file or folder: every 代码实践 page, and every other page with Python. */
function pagesToRun(target) {
  return fs.statSync(target).isFile() ? [target] : mdxFiles(target).filter((p) => isPractice(p) || hasPython(p));
}

/** Python's complaint about `code` as a program, or '' when it parses. */
function syntaxError(code) {
  const check = spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], {input: code, encoding: 'utf8'});
  return check.status === 0 ? '' : check.stderr.trim().split('\n').pop() || `exit ${check.status}`;
}

const SERVER = path.join(import.meta.dirname, 'lib/practice_server.py');

/**
 * A python3 that has imported torch and numpy once and runs each program in a fork of itself
 * (lib/practice_server.py): the imports were most of each page's time. run(code) resolves to
 * {status, stdout, stderr, timedOut, error}.
 */
function startPython() {
  const child = spawn(PYTHON, [SERVER], {
    stdio: ['pipe', 'pipe', 'inherit'],
    // One thread and a fixed hash seed: the printed numbers must match the page on any machine.
    env: {...process.env, PYTHONHASHSEED: '0', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', PYTHONUNBUFFERED: '1'},
  });
  const replies = [];
  const waiting = [];
  let ended = null;
  const settle = () => {
    while (waiting.length && (replies.length || ended)) {
      const {resolve, reject} = waiting.shift();
      if (replies.length) resolve(replies.shift());
      else reject(ended);
    }
  };
  readline.createInterface({input: child.stdout}).on('line', (line) => {
    replies.push(JSON.parse(line));
    settle();
  });
  const end = (error) => {
    ended ??= error;
    settle();
  };
  child.on('error', end);
  // Writing to a python3 that has died fails on the pipe; its exit says why.
  child.stdin.on('error', () => {});
  child.on('exit', (code, signal) => end(new Error(`${PYTHON} ${SERVER} 退出（${signal ?? code}）`)));
  const reply = () =>
    new Promise((resolve, reject) => {
      waiting.push({resolve, reject});
      settle();
    });
  return {
    async run(code) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-'));
      fs.writeFileSync(path.join(dir, 'main.py'), code);
      const out = {stdout: '', stderr: '', timedOut: false};
      try {
        child.stdin.write(JSON.stringify({dir}) + '\n');
        const {pid} = await reply();
        const timer = setTimeout(() => {
          out.timedOut = true;
          // The program may end just as its time runs out.
          try {
            process.kill(pid, 'SIGKILL');
          } catch {}
        }, TIMEOUT_S * 1000);
        const {status} = await reply();
        clearTimeout(timer);
        out.stdout = fs.readFileSync(path.join(dir, 'stdout'), 'utf8');
        out.stderr = fs.readFileSync(path.join(dir, 'stderr'), 'utf8');
        return {...out, status};
      } catch (error) {
        return {...out, status: null, error};
      } finally {
        fs.rmSync(dir, {recursive: true, force: true});
      }
    },
    close: () => child.stdin.end(),
  };
}

export async function runPage(file, python) {
  const {data, content} = matter(fs.readFileSync(file, 'utf8'));
  if (data.norun) return {file, status: 'skipped', reason: data.norun};
  const {code, expected} = practiceProgram(content);
  if (!code.trim()) return {file, status: 'failed', error: '页面没有可运行的 ```python 代码块（不运行的页面须在 front matter 写 norun: 原因）'};
  const started = Date.now();
  const run = await python.run(code);
  const seconds = (Date.now() - started) / 1000;
  if (run.timedOut) return {file, status: 'failed', seconds, error: `超过 ${TIMEOUT_S} 秒时限`};
  if (run.error) return {file, status: 'failed', seconds, error: run.error.message};
  if (run.status !== 0) {
    const tail = run.stderr.trim().split('\n').slice(-15).join('\n');
    return {file, status: 'failed', seconds, error: `python3 退出码 ${run.status}\n${tail}`, stdout: run.stdout};
  }
  if (expected === null) return {file, status: 'failed', seconds, error: '页面没有 ```text output 代码块写明应看到的输出', stdout: run.stdout};
  const diff = compareOutput(expected, run.stdout);
  if (diff) {
    return {
      file,
      status: 'failed',
      seconds,
      error: `输出与页面不符（第 ${diff.line} 行）\n  页面：${diff.expected}\n  实际：${diff.actual}`,
      stdout: run.stdout,
    };
  }
  return {file, status: 'passed', seconds};
}

/** Runs `task` over `items` with `width` Pythons, each running one page at a time; results in order. */
async function pool(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    const python = startPython();
    try {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], python);
      }
    } finally {
      python.close();
    }
  };
  await Promise.all(Array.from({length: Math.min(width, items.length)}, worker));
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const print = args[0] === '--print';
  const targets = print ? args.slice(1) : args;
  const pages = (targets.length ? targets : ['docs']).flatMap(pagesToRun).sort();
  if (print) {
    await pool(pages, 1, async (file, python) => {
      const r = await runPage(file, python);
      process.stdout.write(r.stdout ?? '');
      if (r.status === 'failed' && !r.stdout) console.error(r.error);
      if (r.status === 'skipped') console.error(`${file}: 不运行：${r.reason}`);
    });
    return;
  }
  const results = await pool(pages, os.availableParallelism(), async (file, python) => {
    const r = await runPage(file, python);
    const time = r.seconds === undefined ? '' : ` (${r.seconds.toFixed(1)} s)`;
    if (r.status === 'passed') console.log(`  ok    ${file}${time}`);
    if (r.status === 'skipped') console.log(`  skip  ${file}: ${r.reason}`);
    if (r.status === 'failed') console.error(`  FAIL  ${file}${time}\n${r.error.replace(/^/gm, '        ')}`);
    return r;
  });
  const count = (s) => results.filter((r) => r.status === s).length;
  const kinds = `${results.filter((r) => isPractice(r.file)).length} 代码实践 pages and ${results.filter((r) => !isPractice(r.file)).length} lessons with Python`;
  console.log(`summary: page code (${kinds}): ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped (not run here)`);
  for (const r of results.filter((x) => x.status === 'skipped')) console.log(`summary:   not run: ${r.file}: ${r.reason}`);
  // Blocks shown but not run (they need what this machine lacks, such as a model's weights)
  // must still be Python: a typo in one fails here, naming it.
  const shownOnly = pages.flatMap((file) =>
    codeBlocks(fs.readFileSync(file, 'utf8'))
      .filter((b) => b.lang === 'python' && !isRunnable(b))
      .map((block, i) => ({file, nth: i + 1, error: syntaxError(block.code)})),
  );
  for (const file of new Set(shownOnly.map((s) => s.file))) {
    const blocks = shownOnly.filter((s) => s.file === file);
    console.log(`summary:   shown, not run: ${blocks.length} python block(s) marked norun in ${file}, syntax checked`);
  }
  const invalid = shownOnly.filter((s) => s.error);
  for (const {file, nth, error} of invalid) console.error(`  FAIL  ${file}: norun python block ${nth} is not valid Python: ${error}`);
  if (invalid.length) process.exit(1);
  if (count('failed')) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
