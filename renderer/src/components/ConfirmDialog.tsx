import './Modal.css';
import { useEffect, useRef, type ReactNode } from 'react';

export interface ConfirmChoice {
  label: string;
  testId: string;
  onChoose: () => void;
  primary?: boolean;
}

/** A modal question; Esc chooses the last (cancel) choice, focus starts on the primary one. */
export function ConfirmDialog({
  title,
  children,
  choices,
}: {
  title: string;
  children: ReactNode;
  choices: ConfirmChoice[];
}) {
  const primaryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    primaryRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') choices.at(-1)?.onChoose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choices]);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        data-testid="confirm-dialog"
      >
        <h2 id="confirm-title">{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">
          {choices.map((c) => (
            <button
              key={c.testId}
              ref={c.primary ? primaryRef : undefined}
              className={c.primary ? 'primary' : ''}
              data-testid={c.testId}
              onClick={c.onChoose}
            >
              {c.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
