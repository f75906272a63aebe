/**
 * Opening and closing term cards. A card is a manual popover (top layer: no ancestor clips it,
 * and it moves nothing on the page) placed under its term. One card is open at a time. Where
 * the browser has no popovers, nothing opens and the term stays a plain link.
 */
import {placeCard} from './place';

interface Open {
  term: HTMLElement;
  card: HTMLElement;
}

let current: Open | undefined;
/** Set while Escape hands the focus back to the term, which must not reopen the card. */
let returningFocus = false;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let openTimer: ReturnType<typeof setTimeout> | undefined;

const supported = () => typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/** The wrapper holding a term and its card. */
const wrapperOf = (el: Element) => el.closest('[data-glossary-term]');

function cardOf(term: HTMLElement): HTMLElement | null {
  const id = term.getAttribute('aria-describedby');
  return id ? document.getElementById(id) : null;
}

function cancelTimers() {
  clearTimeout(closeTimer);
  clearTimeout(openTimer);
}

function onKeyDown(event: KeyboardEvent) {
  if (event.key !== 'Escape' || !current) return;
  const {term, card} = current;
  const hadFocus = card.contains(document.activeElement);
  closeCard();
  if (!hadFocus) return;
  returningFocus = true;
  term.focus();
  returningFocus = false;
}

function onPointerDown(event: PointerEvent) {
  if (current && !wrapperOf(current.term)?.contains(event.target as Node)) closeCard();
}

export function closeCard() {
  cancelTimers();
  if (!current) return;
  const {card} = current;
  current = undefined;
  // A card whose page was navigated away from is gone, and hidden with it.
  if (card.isConnected) card.hidePopover();
  document.removeEventListener('keydown', onKeyDown);
  document.removeEventListener('pointerdown', onPointerDown);
  window.removeEventListener('resize', closeCard);
}

/** Opens the card of `term`; false when there is none or the browser cannot show it. */
export function openCard(term: HTMLElement): boolean {
  cancelTimers();
  const card = cardOf(term);
  if (!card || !supported()) return false;
  if (current?.card === card) return true;
  closeCard();
  card.showPopover();
  const rect = term.getClientRects()[0] ?? term.getBoundingClientRect();
  const {left, top} = placeCard(rect, card.getBoundingClientRect(), {
    width: document.documentElement.clientWidth,
    height: window.innerHeight,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  });
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
  current = {term, card};
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('pointerdown', onPointerDown);
  window.addEventListener('resize', closeCard);
  return true;
}

export const isOpen = (term: HTMLElement) => current?.term === term;

/** Keyboard focus reached the term. */
export function openOnFocus(term: HTMLElement) {
  if (!returningFocus) openCard(term);
}

/** Hovering: open after a short pause (passing the pointer over a term does not flash its card). */
export function openSoon(term: HTMLElement) {
  cancelTimers();
  if (!isOpen(term)) openTimer = setTimeout(() => openCard(term), 120);
}

/** Leaving the term or its card: close after a pause long enough to move from one to the other. */
export function closeSoon() {
  cancelTimers();
  if (current) closeTimer = setTimeout(closeCard, 250);
}

export const keepOpen = cancelTimers;
