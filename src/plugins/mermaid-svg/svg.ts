/**
 * Pure helpers for build-time diagrams (see ./index.ts): the id a diagram is rendered with and
 * the id it gets on its page, the ids Mermaid leaves unscoped, and the key a render is kept under.
 */
import {createHash} from 'node:crypto';

/**
 * Mermaid scopes everything in an SVG by the id it is rendered with: the <style> selectors,
 * marker and gradient ids, the <title>/<desc> that aria-labelledby points at. Rendering with
 * this stand-in and substituting the page's id afterwards makes a render independent of where
 * its diagram sits on its page, so one kept render serves wherever the diagram moves.
 */
export const RENDER_ID = 'mmdrenderid';

export type Theme = 'light' | 'dark';

/** The id of a page's `index`-th diagram (counting from 0) in the given colour mode. */
export const diagramId = (index: number, theme: Theme) => `mermaid-${index}-${theme}`;

/** The rendered SVG with its stand-in id replaced by its id on the page. */
export function withId(svg: string, id: string): string {
  return svg.replaceAll(RENDER_ID, id);
}

/**
 * Prefixes with the render id the few ids Mermaid leaves unscoped (a sequence diagram's actors,
 * `actor0`, `root-0`), and the references to them, so that they too are unique on a page.
 */
export function scopeIds(svg: string): string {
  const unscoped = new Set([...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]).filter((id) => !id.includes(RENDER_ID)));
  let out = svg;
  for (const id of unscoped) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(\\sid="|url\\(#|href="#)${escaped}(?=[")])`, 'g'), `$1${RENDER_ID}-${id}`);
  }
  return out;
}

/**
 * Drops what only Mermaid's own browser-side code reads: `data-points` (each edge's points,
 * base64 JSON, for edge animation) is about a fifth of a flowchart's markup.
 */
export function slim(svg: string): string {
  return svg.replace(/\sdata-points="[^"]*"/g, '');
}

/** The file name a diagram's render is kept under: everything that decides its SVG goes into the key. */
export function cacheKey(parts: {mermaidVersion: string; config: unknown; theme: string; source: string}): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
