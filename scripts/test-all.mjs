#!/usr/bin/env node
// `npm test`: every check the project has, in order, each step's output shown as it runs. A
// failing step does not stop the independent ones after it, so one run shows every problem;
// steps that need the built site are skipped when the build fails. Lines a step prints that
// start with "summary:" are gathered into the report at the end.
import {spawn} from 'node:child_process';

const steps = [
  {name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', '.']},
  {name: 'unit tests', cmd: 'npx', args: ['vitest', 'run']},
  {name: 'Chinese typography', cmd: 'node', args: ['scripts/lint-zh.mjs']},
  {name: 'practice code', cmd: 'node', args: ['scripts/run-practice.mjs']},
  {name: 'build', cmd: 'npx', args: ['docusaurus', 'build'], produces: 'site'},
  // One chapter's PDF, for the links check and tests/e2e/pdf.test.mjs; `npm run pdf` prints all.
  {name: 'PDF of one chapter', cmd: 'node', args: ['scripts/pdf.mjs', 'ch06-chatgpt'], needs: 'site'},
  {name: 'built links and assets', cmd: 'node', args: ['scripts/check-built-site.mjs'], needs: 'site'},
  {name: 'size budgets', cmd: 'node', args: ['scripts/budgets.mjs'], needs: 'site'},
  {name: 'browser tests', cmd: 'node', args: ['--test', '--test-concurrency=1', 'tests/e2e/'], needs: 'site'},
  {name: 'bad input is rejected', cmd: 'node', args: ['--test', 'tests/pipeline/'], needs: 'site'},
];

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const summaries = [];
    const child = spawn(step.cmd, step.args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}});
    const relay = (stream, out) => {
      let buffer = '';
      stream.on('data', (chunk) => {
        out.write(chunk);
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines) if (line.startsWith('summary:')) summaries.push(line.slice(8).trim());
      });
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ok: code === 0, seconds: (Date.now() - started) / 1000, summaries}));
  });
}

const results = [];
const produced = new Set();
for (const step of steps) {
  if (step.needs && !produced.has(step.needs)) {
    results.push({step, ok: false, skipped: true, seconds: 0, summaries: []});
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const result = await run(step);
  if (result.ok && step.produces) produced.add(step.produces);
  results.push({step, ...result});
}

console.log('\n=== summary ===');
for (const r of results) {
  const status = r.skipped ? 'SKIP (build failed)' : r.ok ? 'ok  ' : 'FAIL';
  console.log(`${status}  ${r.step.name} (${r.seconds.toFixed(0)} s)`);
  for (const s of r.summaries) console.log(`        ${s}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`checks: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
