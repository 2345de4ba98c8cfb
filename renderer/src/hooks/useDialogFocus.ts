import { useEffect, useRef, useState, type RefObject } from 'react';
import { isComposing } from '../keyboard/ime';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A control that discards or deletes something; it never takes the focus by itself. */
const DESTRUCTIVE = '[data-destructive="true"]';

/** Open dialogs, innermost last: Escape and Tab belong to the innermost one only. */
const open: object[] = [];

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[hidden], [inert]'));
}

/**
 * Keyboard behaviour of a modal dialog: the focus moves into it (to `initial`, or the first safe
 * control, never a destructive one), Tab cycles inside it, Escape cancels it (not while an input
 * method is composing: there Escape drops the composition), and the focus goes back to the
 * control that opened it when it closes.
 */
export function useDialogFocus(
  dialog: RefObject<HTMLElement | null>,
  onCancel: () => void,
  initial?: RefObject<HTMLElement | null>,
): void {
  // Read while rendering, before the dialog's own autoFocus moves the focus inside it.
  const [opener] = useState(() =>
    typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null),
  );
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  }, [onCancel]);

  useEffect(() => {
    const root = dialog.current;
    if (!root) return;
    const token = {};
    open.push(token);
    if (!root.contains(document.activeElement)) {
      const first = initial?.current ?? focusables(root).find((el) => !el.matches(DESTRUCTIVE));
      (first ?? root).focus();
    }
    const onKey = (e: KeyboardEvent) => {
      if (open.at(-1) !== token || isComposing(e)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        cancel.current();
      } else if (e.key === 'Tab') {
        const items = focusables(root);
        if (items.length === 0) return;
        const first = items[0]!;
        const last = items.at(-1)!;
        const at = document.activeElement;
        if (e.shiftKey && (at === first || !root.contains(at))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (at === last || !root.contains(at))) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      open.splice(open.indexOf(token), 1);
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog, initial, opener]);
}
