/**
 * The Content-Security-Policy of the built site. GitHub Pages cannot send headers, so the policy
 * travels in a <meta> tag; the few inline scripts Docusaurus writes (colour mode, for instance)
 * are allowed by their hashes, computed from the built pages themselves.
 */
import {createHash} from 'node:crypto';
import {PLAYER_ORIGINS} from '../../components/VideoPlayer/embed';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function policy(inlineScripts: Iterable<string>): string {
  const hashes = [...new Set([...inlineScripts].map(scriptHash))].sort();
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval': search (src/plugins/search) is Pagefind, which compiles its own
    // WebAssembly, fetched from this site, to read its index. It permits compiling WebAssembly
    // only; eval and new Function stay refused.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // Docusaurus, KaTeX and Mermaid set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-src ${PLAYER_ORIGINS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The bodies of a page's inline scripts (JSON data blocks are not scripts and need no hash). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !/type=["']?application\/(ld\+)?json/i.test(m[0]))
    .map((m) => m[1])
    .filter((body) => body.length > 0);
}

/** The page with the policy as the first element of <head>, before any script it governs. */
export function withPolicy(html: string, csp: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('page already has a CSP');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) throw new Error('page has no <head>');
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + meta + html.slice(end);
}
