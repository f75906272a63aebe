import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import practiceDownloads from './index';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

/** Runs the plugin on a site whose docs are the given files; resolves to the site folder. */
async function runOn(files: Record<string, string>) {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-downloads-'));
  dirs.push(siteDir);
  const docs = Object.entries(files).map(([source, text]) => {
    fs.mkdirSync(path.dirname(path.join(siteDir, source)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, source), text);
    return {source: `@site/${source}`, permalink: `/docs/${path.basename(source, '.mdx')}`, title: 'T', description: 'D'};
  });
  const plugin = practiceDownloads({siteDir, siteConfig: {url: 'https://example.org'}} as LoadContext);
  const allContent = {'docusaurus-plugin-content-docs': {default: {loadedVersions: [{docs}]}}};
  await plugin.allContentLoaded!({allContent, actions: {}} as never);
  return siteDir;
}

describe('the practice-downloads plugin', () => {
  it('writes a .py and an .ipynb for each 代码实践 page, and nothing for lessons', async () => {
    const site = await runOn({
      'docs/01-transformer/practice/01-mini-transformer.mdx': '---\ntitle: T\n---\n\n```python\nprint(1)\n```\n',
      'docs/01-transformer/04-attention.mdx': '---\ntitle: A\n---\n\n```python\nprint(2)\n```\n',
    });
    const out = path.join(site, '.static-generated/downloads');
    expect(fs.readdirSync(out).sort()).toEqual(['ch01-practice-01-mini-transformer.ipynb', 'ch01-practice-01-mini-transformer.py']);
    expect(fs.readFileSync(path.join(out, 'ch01-practice-01-mini-transformer.py'), 'utf8')).toMatch(/\nprint\(1\)\n$/);
  });

  it('fails naming every practice page that has no Python to export', async () => {
    const run = runOn({
      'docs/01-transformer/practice/01-mini-transformer.mdx': '---\ntitle: T\n---\n\n只有文字。\n',
      'docs/02-moe/practice/02-moe-from-scratch.mdx': '---\ntitle: T\n---\n\n```python norun\nimport x\n```\n',
    });
    await expect(run).rejects.toThrow(/docs\/01-transformer\/practice\/01-mini-transformer\.mdx: 没有可导出的代码/);
    await expect(run).rejects.toThrow(/docs\/02-moe\/practice\/02-moe-from-scratch\.mdx: 没有可导出的代码/);
  });
});
