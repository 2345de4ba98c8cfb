import './Modal.css';
import { useRef, type ReactNode } from 'react';
import { useDialogFocus } from '../hooks/useDialogFocus';

/**
 * A modal panel with its own content (forms, lists): the focus moves into it and back to the
 * control that opened it; Esc closes it.
 */
export function Modal({
  title,
  testId,
  onClose,
  wide,
  children,
}: {
  title: string;
  testId: string;
  onClose: () => void;
  wide?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useDialogFocus(ref, onClose);
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        tabIndex={-1}
        data-testid={testId}
      >
        <h2 id={`${testId}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
