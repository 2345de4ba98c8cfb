/**
 * Enter while an input method (Korean, Japanese, Chinese) is composing belongs to the input
 * method: it commits the syllable being built. Acting on it as well — submitting a form, picking
 * a cell, running a shortcut — is the classic double submit of Korean UIs, so every keyboard
 * handler in the page asks these helpers first.
 */

/** The part of a keyboard event the checks read: DOM and React events both fit. */
export interface KeyLike {
  key: string;
  keyCode?: number;
  isComposing?: boolean;
  nativeEvent?: { isComposing?: boolean; keyCode?: number };
}

/**
 * An input method is composing: the event says so, or it carries keyCode 229 — what Chromium
 * and Safari send for a key the input method consumed, sometimes after `compositionend`.
 */
export function isComposing(e: KeyLike): boolean {
  return (
    e.isComposing === true || e.nativeEvent?.isComposing === true || e.keyCode === 229 || e.nativeEvent?.keyCode === 229
  );
}

/** Enter meant for the page, not for an input method. */
export function isEnter(e: KeyLike): boolean {
  return e.key === 'Enter' && !isComposing(e);
}

/** A key meant for the page: any key, as long as no input method is composing. */
export function isPageKey(e: KeyLike, ...keys: string[]): boolean {
  return keys.includes(e.key) && !isComposing(e);
}

/**
 * Guards the whole page once: Enter during a composition does nothing but commit the text, and
 * no form is submitted while a composition is open. Listeners run in the capture phase on the
 * window, ahead of React's own, so no form's submit handler sees such an event.
 * Returns the function that removes the guard.
 */
export function installImeGuard(win: Window): () => void {
  let composing = false;
  const onStart = () => (composing = true);
  const onEnd = () => (composing = false);
  const onKey = (e: KeyboardEvent) => {
    // Cancelling the keydown stops the implicit submission a browser derives from it.
    if (e.key === 'Enter' && (composing || isComposing(e))) e.preventDefault();
  };
  const onSubmit = (e: Event) => {
    if (!composing) return;
    e.preventDefault();
    e.stopPropagation();
  };
  win.addEventListener('compositionstart', onStart, true);
  win.addEventListener('compositionend', onEnd, true);
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('submit', onSubmit, true);
  return () => {
    win.removeEventListener('compositionstart', onStart, true);
    win.removeEventListener('compositionend', onEnd, true);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('submit', onSubmit, true);
  };
}
