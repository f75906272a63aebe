// The code downloads of 代码实践 pages, as a reader gets them: the link on the built page is
// followed over HTTP, and the .py it serves runs with /usr/bin/python3 as it is (no flags, no
// environment of the practice runner) and prints what the page says it prints. Two quick pages
// (pure Python, NumPy) stand for all: every page's program is the runner's (unit-tested in
// src/plugins/practice-downloads), and the runner executes them all.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import * as cheerio from 'cheerio';
import matter from 'gray-matter';
import {serve} from '../../scripts/lib/serve.mjs';
import {BUILD_DIR, builtBaseUrl} from '../../scripts/lib/site.mjs';
import {compareOutput, practiceProgram} from '../../scripts/lib/practice.mjs';

const PAGES = [
  {source: 'docs/01-transformer/practice/05-bpe.mdx', path: 'docs/transformer/practice/bpe'},
  {source: 'docs/01-transformer/practice/04-sinusoidal-pe.mdx', path: 'docs/transformer/practice/sinusoidal-pe'},
];

let server;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-download-'));
before(async () => {
  server = await serve(BUILD_DIR, builtBaseUrl());
});
after(async () => {
  await server?.close();
  fs.rmSync(scratch, {recursive: true, force: true});
});

describe('a downloaded .py runs as it is and prints the page’s output', () => {
  for (const page of PAGES) {
    it(page.source, async () => {
      const html = await (await fetch(server.url + page.path)).text();
      const link = cheerio.load(html)('a').filter((_, a) => cheerio.load(a).text().includes('下载代码（.py）'));
      assert.equal(link.length, 1, 'one 下载代码（.py） link on the page');
      const response = await fetch(new URL(link.attr('href'), server.url + page.path));
      assert.equal(response.status, 200);
      const file = path.join(scratch, link.attr('download'));
      fs.writeFileSync(file, await response.text());

      const run = spawnSync('/usr/bin/python3', [path.basename(file)], {
        cwd: scratch,
        env: {PATH: '/usr/bin:/bin', HOME: scratch},
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(run.status, 0, run.stderr);
      const {expected} = practiceProgram(matter(fs.readFileSync(page.source, 'utf8')).content);
      assert.ok(expected, 'the page states its output');
      assert.equal(compareOutput(expected, run.stdout), null);
    });
  }
});
