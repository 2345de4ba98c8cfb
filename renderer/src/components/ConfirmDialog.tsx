import './Modal.css';
import { useId, useRef, type ReactNode } from 'react';
import { useDialogFocus } from '../hooks/useDialogFocus';
import './dialog.css';

export interface ConfirmChoice {
  label: string;
  testId: string;
  onChoose: () => void;
  /** The recommended choice, drawn as the main button; it takes the focus unless destructive. */
  primary?: boolean;
  /** Deletes or discards something: drawn as a warning and never focused by default. */
  destructive?: boolean;
}

/**
 * A modal question. The last choice is the cancel one: Esc chooses it. The focus starts on the
 * primary choice when it is safe, else on the cancel one, so Enter or Space pressed without
 * reading never deletes or discards anything.
 */
export function ConfirmDialog({
  title,
  children,
  choices,
}: {
  title: string;
  children: ReactNode;
  choices: ConfirmChoice[];
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const safeChoice = choices.find((c) => c.primary && !c.destructive) ?? choices.at(-1);
  useDialogFocus(dialog, () => choices.at(-1)?.onChoose(), safe);
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid="confirm-dialog"
      >
        <h2 id={titleId}>{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">
          {choices.map((c) => (
            <button
              key={c.testId}
              type="button"
              ref={c === safeChoice ? safe : undefined}
              className={[c.primary ? 'primary' : '', c.destructive ? 'destructive' : ''].join(' ').trim()}
              data-destructive={c.destructive ? 'true' : undefined}
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
