// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {markScrollRegions} from './scroll-regions';

function box(html: string, scrollWidth: number, clientWidth: number) {
  document.body.innerHTML = `<div class="markdown">${html}</div>`;
  const el = document.body.querySelector<HTMLElement>('.katex-display, table')!;
  Object.defineProperty(el, 'scrollWidth', {configurable: true, value: scrollWidth});
  Object.defineProperty(el, 'clientWidth', {configurable: true, value: clientWidth});
  return el;
}

describe('markScrollRegions', () => {
  it('makes an overflowing formula a focusable, named region', () => {
    const el = box('<div class="katex-display">x</div>', 900, 600);
    markScrollRegions();
    expect(el.tabIndex).toBe(0);
    expect(el.getAttribute('role')).toBe('region');
    expect(el.getAttribute('aria-label')).toBe('公式（可横向滚动）');
  });

  it('leaves a formula that fits out of the tab order', () => {
    const el = box('<div class="katex-display">x</div>', 600, 600);
    markScrollRegions();
    expect(el.hasAttribute('tabindex')).toBe(false);
    expect(el.hasAttribute('role')).toBe(false);
  });

  it('names tables as tables and undoes the marking when they fit again', () => {
    const el = box('<table><tr><td>x</td></tr></table>', 900, 600);
    markScrollRegions();
    expect(el.getAttribute('aria-label')).toBe('表格（可横向滚动）');
    Object.defineProperty(el, 'scrollWidth', {configurable: true, value: 500});
    markScrollRegions();
    expect(el.hasAttribute('tabindex')).toBe(false);
    expect(el.hasAttribute('aria-label')).toBe(false);
  });
});
