/**
 * Renders Mermaid diagrams to SVG in headless Chromium (Mermaid lays text out with the browser's
 * own measurements, so it needs a real browser), one diagram at a time in one page, and keeps
 * each result in a folder of renders, named by everything that decides it (`renderKey`).
 *
 * The browser starts on the first diagram that has no render kept and closes once no diagram
 * has been asked for during IDLE_MS: a build would otherwise never exit, since Docusaurus does
 * not end its process and a live browser keeps Node's event loop busy.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {chromium, type Browser, type Page} from 'playwright-core';
import {cacheKey, RENDER_ID, scopeIds, slim, type Theme} from './svg';
import {CHROMIUM, CHROMIUM_FLAGS} from '../../../scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION: string = require('mermaid/package.json').version;

const IDLE_MS = 5000;

/** Mermaid's configuration for one colour mode; `theme` is one of Mermaid's theme names. */
export type MermaidConfig = {theme: string} & Record<string, unknown>;

export type Rendered = {svg: string} | {error: string};

let session: Promise<{browser: Browser; page: Page}> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idle: NodeJS.Timeout | undefined;

async function open() {
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_FLAGS});
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body></body></html>');
  await page.addScriptTag({path: MERMAID_SCRIPT});
  return {browser, page};
}

async function renderInBrowser(source: string, config: MermaidConfig): Promise<Rendered> {
  clearTimeout(idle);
  session ??= open();
  const {page} = await session;
  const result = await page.evaluate(
    async ({source, config, id}) => {
      const mermaid = (window as unknown as {mermaid: typeof import('mermaid').default}).mermaid;
      mermaid.initialize({...config, startOnLoad: false} as Parameters<typeof mermaid.initialize>[0]);
      try {
        return {svg: (await mermaid.render(id, source)).svg};
      } catch (error) {
        return {error: error instanceof Error ? error.message : String(error)};
      } finally {
        // A failed render can leave its scratch element behind.
        document.body.replaceChildren();
      }
    },
    {source, config, id: RENDER_ID},
  );
  idle = setTimeout(close, IDLE_MS);
  return result;
}

async function close() {
  const current = session;
  session = undefined;
  await (await current)?.browser.close();
}

/** The name under which a diagram's render is kept: a hash of everything that decides its SVG. */
export function renderKey(source: string, theme: Theme, config: MermaidConfig): string {
  return cacheKey({mermaidVersion: MERMAID_VERSION, config, theme, source});
}

/** Removes from `dir` every render whose key is not in `keys`; returns how many it removed. */
export function keepOnlyRenders(dir: string, keys: Set<string>): number {
  const unused = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.svg') && !keys.has(name.slice(0, -4))) : [];
  for (const name of unused) fs.rmSync(path.join(dir, name));
  return unused.length;
}

/**
 * The SVG of one diagram, its ids all containing RENDER_ID, or Mermaid's error message. With
 * `dir`, a render kept there is read instead of drawn, and a new one is kept there.
 * Calls are queued: Mermaid renders one diagram at a time.
 */
export function renderDiagram(source: string, theme: Theme, config: MermaidConfig, dir?: string): Promise<Rendered> {
  const file = dir && path.join(dir, `${renderKey(source, theme, config)}.svg`);
  if (file && fs.existsSync(file)) return Promise.resolve({svg: fs.readFileSync(file, 'utf8')});
  const job = queue.then(async () => {
    const result = await renderInBrowser(source, config);
    if ('svg' in result) {
      result.svg = scopeIds(slim(result.svg));
      if (file) {
        // Written whole, then renamed: another build sharing the folder never reads half a file.
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(`${file}.${process.pid}`, result.svg);
        fs.renameSync(`${file}.${process.pid}`, file);
      }
    }
    return result;
  });
  queue = job.catch(() => undefined);
  return job;
}
