import {describe, expect, it, vi} from 'vitest';
import {prefetchOnIntent} from './prefetch-on-intent';

function setUp() {
  const prefetch = vi.fn((_: string): false | Promise<void[]> => Promise.resolve([]));
  const preload = vi.fn((_: string): false | Promise<void[]> => Promise.resolve([]));
  return {docusaurus: prefetchOnIntent({prefetch, preload}), prefetch, preload};
}

describe('prefetchOnIntent', () => {
  it('declines to prefetch a page whose link is merely in view', () => {
    const {docusaurus, prefetch} = setUp();
    expect(docusaurus.prefetch('/docs/a')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
  });

  it('leaves preloading, which follows the reader’s intent, as it was', async () => {
    const {docusaurus, preload} = setUp();
    await expect(docusaurus.preload('/docs/a')).resolves.toEqual([]);
    expect(preload).toHaveBeenCalledWith('/docs/a');
  });
});
