// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import GlossaryTerm from './index';
import {closeCard} from './card';

const term = () =>
  render(
    <p>
      推理时的{' '}
      <GlossaryTerm id="kv-cache" zh="KV 缓存" en="KV cache" definition="保存已生成位置的键和值。" lesson="Attention 注意力机制" href="/docs/transformer/attention#推理时的-kv-cache">
        KV cache
      </GlossaryTerm>{' '}
      很占显存。
    </p>,
  );

const link = () => screen.getByRole('link', {name: 'KV cache'});
const card = () => document.getElementById('glossary-card-kv-cache')!;

/** Stands in for the browser's popover API, which jsdom lacks: records the open state. */
function stubPopovers() {
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.showPopover = function (this: HTMLElement) {
    this.dataset.open = '';
  };
  proto.hidePopover = function (this: HTMLElement) {
    delete this.dataset.open;
  };
}

const isShown = () => 'open' in card().dataset;

/** Whether a click on the link would follow it (jsdom cannot navigate, so it is stopped after). */
function clickFollows(el: HTMLElement): boolean {
  let follows = false;
  const record = (e: Event) => {
    follows = !e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', record);
  fireEvent.click(el);
  window.removeEventListener('click', record);
  return follows;
}

afterEach(() => {
  closeCard();
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).showPopover;
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).hidePopover;
});

describe('GlossaryTerm markup', () => {
  it('is a link to the glossary entry described by its card, which links to the lesson', () => {
    term();
    expect(link().getAttribute('href')).toBe('/site/glossary#kv-cache');
    expect(link().getAttribute('aria-describedby')).toBe('glossary-card-kv-cache');
    expect(card().getAttribute('popover')).toBe('manual');
    expect(card().textContent).toBe('KV 缓存KV cache保存已生成位置的键和值。在《Attention 注意力机制》中讲解');
    expect(card().querySelector('a')!.getAttribute('href')).toBe('/docs/transformer/attention#推理时的-kv-cache');
  });

  it('stays a plain link where the browser has no popovers: a tap follows it', () => {
    term();
    fireEvent.pointerDown(link(), {pointerType: 'touch'});
    fireEvent.focus(link());
    expect(clickFollows(link())).toBe(true);
  });
});

describe('GlossaryTerm card', () => {
  beforeEach(stubPopovers);

  it('opens on keyboard focus, and Escape closes it and keeps the focus on the term', () => {
    term();
    link().focus();
    expect(isShown()).toBe(true);
    expect(card().style.top).toMatch(/px$/);
    fireEvent.keyDown(document, {key: 'Escape'});
    expect(isShown()).toBe(false);
    expect(document.activeElement).toBe(link());
  });

  it('Escape from inside the card closes it and hands the focus back to the term without reopening it', () => {
    term();
    link().focus();
    card().querySelector('a')!.focus();
    expect(isShown()).toBe(true);
    fireEvent.keyDown(document, {key: 'Escape'});
    expect(document.activeElement).toBe(link());
    expect(isShown()).toBe(false);
  });

  it('stays open while the focus moves into the card, and closes when it leaves both', () => {
    const {container} = term();
    link().focus();
    const lessonLink = card().querySelector('a')!;
    fireEvent.blur(link(), {relatedTarget: lessonLink});
    expect(isShown()).toBe(true);
    fireEvent.blur(lessonLink, {relatedTarget: container});
    expect(isShown()).toBe(false);
  });

  it('opens on the first tap instead of following the link, and follows it on the second', () => {
    term();
    fireEvent.pointerDown(link(), {pointerType: 'touch'});
    fireEvent.focus(link());
    expect(isShown()).toBe(false);
    expect(clickFollows(link())).toBe(false);
    expect(isShown()).toBe(true);
    fireEvent.pointerDown(link(), {pointerType: 'touch'});
    expect(clickFollows(link())).toBe(true);
  });

  it('closes on a press outside the term and its card', () => {
    term();
    link().focus();
    fireEvent.pointerDown(document.body);
    expect(isShown()).toBe(false);
  });

  it('opens shortly after the mouse rests on the term, and closes after it leaves', () => {
    vi.useFakeTimers();
    try {
      term();
      fireEvent.pointerEnter(link(), {pointerType: 'mouse'});
      expect(isShown()).toBe(false);
      vi.advanceTimersByTime(200);
      expect(isShown()).toBe(true);
      fireEvent.pointerLeave(link(), {pointerType: 'mouse'});
      fireEvent.pointerEnter(card(), {pointerType: 'mouse'});
      vi.advanceTimersByTime(500);
      expect(isShown()).toBe(true);
      fireEvent.pointerLeave(card(), {pointerType: 'mouse'});
      vi.advanceTimersByTime(500);
      expect(isShown()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
