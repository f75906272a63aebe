// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act, fireEvent, render, screen} from '@testing-library/react';
import CodeHtml from './index';

const HTML = '<span class="token keyword">print</span><span class="token punctuation">(</span>1<span class="token punctuation">)</span>';

afterEach(() => vi.unstubAllGlobals());

describe('CodeHtml', () => {
  it('shows the build-time markup as is, in a keyboard-scrollable block', () => {
    const {container} = render(<CodeHtml language="python" html={HTML} />);
    expect(container.querySelector('code')!.innerHTML).toBe(HTML);
    expect(container.querySelector('pre')!.getAttribute('tabindex')).toBe('0');
    expect(container.firstElementChild!.classList).toContain('code-html');
  });

  it('copies the code as plain text and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', {clipboard: {writeText}});
    render(<CodeHtml language="python" html={HTML} />);
    await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy code to clipboard'})));
    expect(writeText).toHaveBeenCalledWith('print(1)');
    expect(screen.getByRole('button', {name: 'Copied'})).toBeTruthy();
  });

  it('selects the code for the reader to copy when there is no clipboard', async () => {
    vi.stubGlobal('navigator', {});
    const {container} = render(<CodeHtml language="python" html={HTML} />);
    await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy code to clipboard'})));
    expect(window.getSelection()!.toString()).toBe('print(1)');
    expect(container.querySelector('button')!.getAttribute('aria-label')).toBe('Copy code to clipboard');
  });
});
