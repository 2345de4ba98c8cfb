import { useEffect, useRef, type RefObject } from 'react';

/**
 * F10, or Alt pressed and released on its own, moves the keyboard to the menu bar (and back to
 * the page when it is already there), as desktop menu bars do.
 */
export function useMenuBarKeys(bar: RefObject<HTMLElement | null>, enter: () => void, leave: () => void): void {
  // The latest handlers, read when a key arrives, so the listeners are bound once.
  const handlers = useRef({ enter, leave });
  useEffect(() => {
    handlers.current = { enter, leave };
  });
  useEffect(() => {
    let altAlone = false;
    const toggle = () =>
      bar.current?.contains(document.activeElement) ? handlers.current.leave() : handlers.current.enter();
    const onDown = (e: KeyboardEvent) => {
      altAlone = e.key === 'Alt' && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.repeat;
      if (e.key === 'F10' && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && !e.isComposing) {
        e.preventDefault();
        toggle();
      }
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key === 'Alt' && altAlone && !e.isComposing) {
        e.preventDefault();
        toggle();
      }
      altAlone = false;
    };
    // Alt then a click (Alt+click selects words in some places) is not a menu request.
    const onPointer = () => (altAlone = false);
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [bar]);
}
