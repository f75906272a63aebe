/**
 * The offline copy's list of files, made from the built site: every file a reader's browser can
 * ask for, with its SHA-256 and size, and which of them form the shell every page needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {createHash} from 'node:crypto';
import {promisify} from 'node:util';

const gzip = promisify(zlib.gzip);

/**
 * The files a page can load. Not sitemap.xml (for crawlers) nor sw.js (the worker itself).
 * Search's index (src/plugins/search) is Pagefind's: its WebAssembly (.pagefind), the index's
 * metadata, chunks, filters and each page's fragment (.pf_meta, .pf_index, .pf_filter,
 * .pf_fragment).
 */
const SERVED = /\.(html|js|css|json|svg|png|ico|woff2|webmanifest|pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;
const SKIPPED = new Set(['sw.js']);
/**
 * Not pdf/: its plan.json is for `npm run pdf`, not for pages, and is written by another plugin's
 * postBuild while this list is made; the PDFs themselves are printed after the build, so they
 * are never in the list (the worker passes them to the network, like any file not in it).
 */
const SKIPPED_FOLDER = /^pdf\//;
/** Already compressed (Pagefind gzips its files itself): sent as they are. */
const PACKED = /\.(png|woff2|pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;
/**
 * Code split off for loading on demand (no route of its own): Mermaid and its diagram types,
 * the search engine, the libraries widgets share. Rspack names these chunks by a number
 * (route chunks get a hash of their name), and Docusaurus writes them under assets/js.
 */
const ON_DEMAND_CHUNK = /^assets\/js\/\d+\.[0-9a-f]+\.js$/;

export interface OfflineFiles {
  /** A hash of every file's hash: changes with any byte of the site. */
  version: string;
  /** The site's base path, e.g. "/llm-algo-data-site/". */
  base: string;
  /** Always cached when the worker installs: the scripts and styles every page loads, KaTeX, the app's own files. */
  shell: string[];
  /** Cached once the reader has stayed a while (src/offline/clientModule.ts), so that the diagrams of pages they open draw offline. */
  kit: string[];
  /** Shown for a page that is not saved, when offline. */
  offlinePage: string;
  /** site path → [SHA-256 in base64, bytes]. */
  files: Record<string, [string, number]>;
  bytes: number;
  /** Estimated bytes to download all of it (gzip, as static hosts serve it). */
  download: number;
}

export function siteFiles(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p) : [path.relative(outDir, p).split(path.sep).join('/')];
    });
  return walk(outDir)
    .filter((f) => SERVED.test(f) && !SKIPPED.has(f) && !SKIPPED_FOLDER.test(f))
    .sort();
}

/** Site paths (under `base`) that a page's HTML refers to in src= or href= attributes. */
export function assetsOf(html: string, base: string): string[] {
  const refs = [...html.matchAll(/\b(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  return refs.filter((r) => r.startsWith(base)).map((r) => decodeURIComponent(r.slice(base.length).replace(/[?#].*$/, '')));
}

/**
 * The files every page needs: what all pages' HTML refers to (runtime, main script, styles,
 * KaTeX's stylesheet, icons), KaTeX's fonts, and the given app files (home page, offline page,
 * web app manifest and its icons).
 */
export function shellOf(pages: Map<string, string>, keys: Set<string>, base: string, appFiles: string[]): string[] {
  let common: Set<string> | undefined;
  for (const html of pages.values()) {
    const refs = new Set(assetsOf(html, base).filter((r) => keys.has(r) && !r.endsWith('.html')));
    common = common ? new Set([...common].filter((r) => refs.has(r))) : refs;
  }
  const katex = [...keys].filter((k) => k.startsWith('katex/'));
  return [...new Set([...(common ?? []), ...katex, ...appFiles.filter((f) => keys.has(f))])].sort();
}

export function onDemandChunks(keys: Iterable<string>): string[] {
  return [...keys].filter((k) => ON_DEMAND_CHUNK.test(k)).sort();
}

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('base64');

export async function offlineFiles(outDir: string, base: string, appFiles: string[], offlinePage: string): Promise<OfflineFiles> {
  const list = siteFiles(outDir);
  const files: Record<string, [string, number]> = {};
  const pages = new Map<string, string>();
  const sent = await Promise.all(
    list.map(async (key) => {
      const body = await fs.promises.readFile(path.join(outDir, key));
      files[key] = [sha256(body), body.length];
      if (key.endsWith('.html') && key !== offlinePage) pages.set(key, body.toString('utf8'));
      return PACKED.test(key) ? body.length : (await gzip(body)).length;
    }),
  );
  const keys = new Set(list);
  const version = createHash('sha256')
    .update(list.map((k) => `${k} ${files[k][0]}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const sorted = Object.fromEntries(list.map((k) => [k, files[k]]));
  return {
    version,
    base,
    shell: shellOf(pages, keys, base, [...appFiles, offlinePage]),
    kit: onDemandChunks(keys),
    offlinePage,
    files: sorted,
    bytes: list.reduce((s, k) => s + files[k][1], 0),
    download: sent.reduce((a, b) => a + b, 0),
  };
}
