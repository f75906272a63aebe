// @vitest-environment jsdom
import {describe, expect, it, vi} from 'vitest';
import {moveFocus, typeInto} from './handOver';

function inputs() {
  document.body.innerHTML = '<input id="from"><input id="to">';
  return [document.getElementById('from') as HTMLInputElement, document.getElementById('to') as HTMLInputElement] as const;
}

describe('moveFocus', () => {
  it('moves the focus when the stand-in had it', () => {
    const [from, to] = inputs();
    from.focus();
    moveFocus(from, to, false);
    expect(document.activeElement).toBe(to);
  });

  it('focuses the real box when the shortcut asked for it', () => {
    const [from, to] = inputs();
    moveFocus(from, to, true);
    expect(document.activeElement).toBe(to);
  });

  it('leaves the focus alone when the reader only hovered', () => {
    const [from, to] = inputs();
    moveFocus(from, to, false);
    expect(document.activeElement).toBe(document.body);
  });
});

describe('typeInto', () => {
  it('puts the typed text first and announces it with an input event', () => {
    const [, to] = inputs();
    to.value = '注意力';
    const heard = vi.fn((e: Event) => (e.target as HTMLInputElement).value);
    to.addEventListener('input', heard);
    typeInto(to, '多头');
    expect(to.value).toBe('多头注意力');
    expect(heard).toHaveReturnedWith('多头注意力');
  });

  it('does nothing when nothing was typed', () => {
    const [, to] = inputs();
    const heard = vi.fn();
    to.addEventListener('input', heard);
    typeInto(to, '');
    expect(heard).not.toHaveBeenCalled();
  });
});
