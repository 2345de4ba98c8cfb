import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PrimaryAction {
  label: string;
  testId?: string;
  /** `submit` in a form whose submit handler does the work; left out, the browser's default applies. */
  type?: 'submit' | 'button';
  disabled?: boolean;
  /** Said as a tooltip while the button is disabled for a reason the form does not show elsewhere. */
  disabledReason?: string;
  onClick?: () => void;
}

/**
 * The row of buttons that ends a form or a dialog: what comes first (`leading`, e.g. a remove
 * button and a spacer), the primary action, Cancel, then a hint. While `busy`, the primary
 * action is disabled so a second click cannot send the same change twice.
 */
export function FormActions({
  className = 'row',
  primary,
  busy = false,
  onCancel,
  cancelLabel,
  cancelTestId,
  leading,
  hint,
}: {
  /** `row` under a form on a page (`wide row` across a form grid), `modal-actions` at the foot of a dialog. */
  className?: 'row' | 'wide row' | 'modal-actions';
  primary?: PrimaryAction;
  busy?: boolean;
  onCancel?: (() => void) | undefined;
  /** Cancel's label when it is not "Cancel" (a dialog that only closes says "Done"). */
  cancelLabel?: string;
  cancelTestId?: string;
  leading?: ReactNode;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  const disabled = busy || Boolean(primary?.disabled);
  return (
    <div className={className}>
      {leading}
      {primary && (
        <button
          className="primary"
          type={primary.type}
          data-testid={primary.testId}
          disabled={disabled}
          title={disabled && !busy ? primary.disabledReason : undefined}
          onClick={primary.onClick}
        >
          {primary.label}
        </button>
      )}
      {onCancel && (
        <button type="button" data-testid={cancelTestId} onClick={onCancel}>
          {cancelLabel ?? t('actions.cancel')}
        </button>
      )}
      {hint}
    </div>
  );
}
