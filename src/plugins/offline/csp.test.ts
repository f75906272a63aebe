import {describe, expect, it} from 'vitest';
import {policy} from '../csp/policy';

// The offline worker and the web app manifest are files of the site: the site's policy has to
// let pages register one and read the other from 'self'.
describe('the Content-Security-Policy and offline reading', () => {
  const directives = new Map(
    policy([])
      .split('; ')
      .map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const),
  );

  it('lets the page register the worker from the site', () => {
    expect(directives.get('worker-src') ?? directives.get('script-src')).toContain("'self'");
  });

  it('lets the page read the manifest from the site', () => {
    expect(directives.get('manifest-src') ?? directives.get('default-src')).toContain("'self'");
  });
});
