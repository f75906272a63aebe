import {describe, expect, it, vi} from 'vitest';
import {deferPrefetch} from './idle-prefetch';

function setUp(online = () => true) {
  const prefetch = vi.fn((_: string): false | Promise<void[]> => Promise.resolve([]));
  const preload = vi.fn((_: string): false | Promise<void[]> => false);
  const pending: Array<() => void> = [];
  const docusaurus = deferPrefetch({prefetch, preload}, (run) => pending.push(run), online);
  const idle = () => pending.shift()?.();
  return {docusaurus, prefetch, preload, pending, idle};
}

describe('deferPrefetch', () => {
  it('does no prefetching in the task that asks for it', () => {
    const {docusaurus, prefetch, pending} = setUp();
    docusaurus.prefetch('/docs/a');
    docusaurus.prefetch('/docs/b');
    expect(prefetch).not.toHaveBeenCalled();
    expect(pending).toHaveLength(1);
  });

  it('prefetches one path per idle period, in the order asked', () => {
    const {docusaurus, prefetch, idle} = setUp();
    docusaurus.prefetch('/docs/a');
    docusaurus.prefetch('/docs/b');
    idle();
    expect(prefetch.mock.calls).toEqual([['/docs/a']]);
    idle();
    expect(prefetch.mock.calls).toEqual([['/docs/a'], ['/docs/b']]);
    idle();
    expect(prefetch).toHaveBeenCalledTimes(2);
  });

  it('settles when the prefetch has run, also when the original declines (already fetched)', async () => {
    const {docusaurus, prefetch, idle} = setUp();
    prefetch.mockReturnValueOnce(false);
    const result = docusaurus.prefetch('/docs/a') as Promise<void[]>;
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    idle();
    await expect(result).resolves.toEqual([]);
  });

  it('starts again when asked after the queue has emptied', () => {
    const {docusaurus, prefetch, pending, idle} = setUp();
    docusaurus.prefetch('/docs/a');
    idle();
    expect(pending).toHaveLength(0);
    docusaurus.prefetch('/docs/c');
    idle();
    expect(prefetch.mock.calls).toEqual([['/docs/a'], ['/docs/c']]);
  });

  it('skips a prefetch whose turn comes while the browser is offline, and settles it', async () => {
    let onLine = true;
    const {docusaurus, prefetch, idle} = setUp(() => onLine);
    docusaurus.prefetch('/docs/a');
    const skipped = docusaurus.prefetch('/docs/b') as Promise<void[]>;
    docusaurus.prefetch('/docs/c');
    idle();
    onLine = false;
    idle();
    onLine = true;
    idle();
    expect(prefetch.mock.calls).toEqual([['/docs/a'], ['/docs/c']]);
    await expect(skipped).resolves.toEqual([]);
  });

  it('leaves preloading, which follows the reader’s intent, immediate', () => {
    const {docusaurus, preload} = setUp();
    docusaurus.preload('/docs/a');
    expect(preload).toHaveBeenCalledWith('/docs/a');
  });
});
