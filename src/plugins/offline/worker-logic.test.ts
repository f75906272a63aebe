import {describe, expect, it} from 'vitest';
import {createHash} from 'node:crypto';
import {base64, bytesOf, fileFor, installPlan, pool} from './worker-logic.mjs';

const files: Record<string, [string, number]> = {
  'index.html': ['h-index', 10],
  'docs/moe.html': ['h-moe', 20],
  'docs/moe/gshard.html': ['h-gshard', 30],
  'docs/tags/index.html': ['h-tags', 5],
  'assets/js/main.1a2b3c4d.js': ['h-main', 100],
  'katex/0.16.47/fonts/KaTeX_Main-Regular.woff2': ['h-font', 40],
};

describe('fileFor', () => {
  const base = '/llm-algo-data-site/';
  it.each([
    ['/llm-algo-data-site/', 'index.html'],
    ['/llm-algo-data-site/docs/moe', 'docs/moe.html'],
    ['/llm-algo-data-site/docs/moe/', 'docs/moe.html'],
    ['/llm-algo-data-site/docs/moe/gshard', 'docs/moe/gshard.html'],
    ['/llm-algo-data-site/docs/moe/gshard.html', 'docs/moe/gshard.html'],
    ['/llm-algo-data-site/docs/tags', 'docs/tags/index.html'],
    ['/llm-algo-data-site/docs/tags/', 'docs/tags/index.html'],
    ['/llm-algo-data-site/assets/js/main.1a2b3c4d.js', 'assets/js/main.1a2b3c4d.js'],
    ['/llm-algo-data-site/katex/0.16.47/fonts/KaTeX_Main-Regular.woff2', 'katex/0.16.47/fonts/KaTeX_Main-Regular.woff2'],
  ])('serves %s from %s', (path, key) => {
    expect(fileFor(path, base, files)).toBe(key);
  });

  it.each([['/llm-algo-data-site/docs/nope'], ['/llm-algo-data-site/sw.js'], ['/other-site/docs/moe'], ['/llm-algo-data-site/%E0%A4%A']])(
    'serves nothing for %s',
    (path) => {
      expect(fileFor(path, base, files)).toBeUndefined();
    },
  );

  it('decodes the path, for file names that are not ASCII', () => {
    expect(fileFor('/%E6%A0%87%E7%AD%BE', '/', {'标签.html': ['h', 1]})).toBe('标签.html');
  });
});

describe('installPlan', () => {
  const shell = ['index.html', 'assets/js/main.1a2b3c4d.js'];

  it('copies unchanged files from the old copy and fetches changed and missing ones', () => {
    const kept = {'index.html': 'h-old', 'assets/js/main.1a2b3c4d.js': 'h-main', 'docs/moe/gshard.html': 'h-gshard'};
    const plan = installPlan(shell, kept, files, false);
    expect(plan.copy.sort()).toEqual(['assets/js/main.1a2b3c4d.js', 'docs/moe/gshard.html']);
    expect(plan.fetch).toEqual(['index.html']);
  });

  it('drops what the new version no longer has', () => {
    const plan = installPlan(shell, {'docs/moe/removed.html': 'h'}, files, false);
    expect([...plan.copy, ...plan.fetch]).not.toContain('docs/moe/removed.html');
  });

  it('keeps all of the course for a reader who saved it all', () => {
    const plan = installPlan(shell, {'index.html': 'h-index'}, files, true);
    expect([...plan.copy, ...plan.fetch].sort()).toEqual(Object.keys(files).sort());
    expect(plan.copy).toEqual(['index.html']);
  });

  it('fetches only the shell on a first install', () => {
    expect(installPlan(shell, {}, files, false)).toEqual({copy: [], fetch: shell});
  });
});

describe('helpers', () => {
  it('adds up sizes, ignoring unknown files', () => {
    expect(bytesOf(['index.html', 'docs/moe.html', 'gone.html'], files)).toBe(30);
  });

  it('encodes a digest as Node does', async () => {
    const body = new TextEncoder().encode('注意力');
    const digest = await crypto.subtle.digest('SHA-256', body);
    expect(base64(digest)).toBe(createHash('sha256').update('注意力').digest('base64'));
  });

  it('runs at most `limit` tasks at once and reports the first failure', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const task = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (n === 3) throw new Error('three');
      done.push(n);
    };
    await expect(pool([1, 2, 3, 4, 5, 6, 7, 8], 2, task)).rejects.toThrow('three');
    expect(most).toBe(2);
    // Nothing starts after the failure.
    expect(done.length).toBeLessThan(7);
    await pool([1, 2, 4], 4, task);
  });
});
