#!/usr/bin/env node
// `npm test`: every check the project has, in waves. The first runs what needs only the
// sources beside the build; the rest need the built site. The steps of a wave run at the same
// time, because each of them leaves a core idle for part of its time (tsc and the link check use
// one, the build waits on the disk and the diagram renderer); the browser tests and the scratch
// builds of the bad-input cases each fill both cores, so they have a wave to themselves. Each
// step's output is shown whole when it ends, under its name. A failing step does not stop the
// others, so one run shows every problem; steps that need the built site are skipped when the
// build fails. Lines a step prints that start with "summary:" (or "# summary:", as node --test
// relays them) are gathered into the report at the end.
import {spawn} from 'node:child_process';

const waves = [
  [
    {name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', '.']},
    {name: 'unit tests', cmd: 'npx', args: ['vitest', 'run']},
    {name: 'Chinese typography', cmd: 'node', args: ['scripts/lint-zh.mjs']},
    {name: 'practice code', cmd: 'node', args: ['scripts/run-practice.mjs']},
    {name: 'build', cmd: 'npx', args: ['docusaurus', 'build'], produces: 'site'},
  ],
  [
    // One chapter's PDF, for tests/e2e/pdf.test.mjs (and the links check); `npm run pdf` prints all.
    {name: 'PDF of one chapter', cmd: 'node', args: ['scripts/pdf.mjs', 'ch06-chatgpt'], needs: 'site'},
    {name: 'built links and assets', cmd: 'node', args: ['scripts/check-built-site.mjs'], needs: 'site'},
    {name: 'size budgets', cmd: 'node', args: ['scripts/budgets.mjs'], needs: 'site'},
  ],
  // These two keep both cores busy on their own: run side by side they took longer than one
  // after the other (the browser tests 633 s instead of about 500, the scratch builds 336 s).
  [{name: 'browser tests', cmd: 'node', args: ['--test', '--test-concurrency=2', 'tests/e2e/'], needs: 'site'}],
  [{name: 'bad input is rejected', cmd: 'node', args: ['--test', 'tests/pipeline/'], needs: 'site'}],
];

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.cmd, step.args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      // node --test reports what a test logs as a "# " diagnostic line.
      const summaries = output
        .split('\n')
        .map((line) => /^(?:# )?summary:(.*)$/.exec(line)?.[1].trim())
        .filter((s) => s !== undefined);
      const seconds = (Date.now() - started) / 1000;
      console.log(`\n=== ${step.name} (${seconds.toFixed(0)} s) ===\n${output}`);
      resolve({ok: code === 0, seconds, summaries});
    });
  });
}

const started = Date.now();
const results = [];
const produced = new Set();
for (const wave of waves) {
  const ready = wave.filter((step) => !step.needs || produced.has(step.needs));
  for (const step of wave.filter((s) => !ready.includes(s))) results.push({step, ok: false, skipped: true, seconds: 0, summaries: []});
  console.log(`\n--- running together: ${ready.map((s) => s.name).join(', ')}`);
  const done = await Promise.all(ready.map(async (step) => ({step, ...(await run(step))})));
  for (const result of done) if (result.ok && result.step.produces) produced.add(result.step.produces);
  results.push(...done);
}

console.log('\n=== summary ===');
for (const r of results) {
  const status = r.skipped ? 'SKIP (build failed)' : r.ok ? 'ok  ' : 'FAIL';
  console.log(`${status}  ${r.step.name} (${r.seconds.toFixed(0)} s)`);
  for (const s of r.summaries) console.log(`        ${s}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`checks: ${passed} passed, ${results.length - passed} failed, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(passed === results.length ? 0 : 1);
