import {describe, expect, it} from 'vitest';
import {inlineScripts, policy, scriptHash, withPolicy} from './policy';

describe('policy', () => {
  it('allows scripts from the site, the given inline scripts by hash, and compiling WebAssembly (search), and nothing else', () => {
    const csp = policy(['a()', 'b()', 'a()']);
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", ...[scriptHash('a()'), scriptHash('b()')].sort()]);
    expect(directives['frame-src']).toEqual(['https://player.bilibili.com', 'https://www.youtube-nocookie.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:']);
    expect(csp.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
  });

  it('hashes like the browser does (sha256 of the exact text, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('inlineScripts', () => {
  it('finds inline scripts but not external ones or JSON data', () => {
    const html =
      '<script>one()</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script defer>two()</script>';
    expect(inlineScripts(html)).toEqual(['one()', 'two()']);
  });
});

describe('withPolicy', () => {
  it('puts the meta tag first in <head>, before any script', () => {
    const out = withPolicy('<html><head data-x="1"><script>x()</script></head></html>', "default-src 'self'");
    expect(out).toBe(
      `<html><head data-x="1"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x()</script></head></html>`,
    );
  });
});
