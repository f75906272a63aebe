// Moving what the reader began in the stand-in search box into the real one, once it loads.

/** Gives the real box the focus if the stand-in had it, or if the reader asked for it (Ctrl+K). */
export function moveFocus(from: HTMLInputElement | null, to: HTMLInputElement | null, asked: boolean): void {
  if (!to) return;
  if (asked || (from && from.ownerDocument.activeElement === from)) to.focus();
}

/**
 * Puts text typed into the stand-in in front of whatever the real box holds. The real box is a
 * React-controlled field, so the text goes in through the native value setter plus an `input`
 * event, which React's onChange hears; assigning `.value` alone would be undone on its next
 * render.
 */
export function typeInto(to: HTMLInputElement | null, typed: string): void {
  if (!to || !typed) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(to, typed + to.value);
  to.dispatchEvent(new Event('input', {bubbles: true}));
}
