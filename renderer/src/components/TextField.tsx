import type { InputHTMLAttributes } from 'react';

/**
 * A labelled one-line text input, the field most forms are made of. `input` passes what else
 * the input needs (`list`, `inputMode`, `autoFocus`…).
 */
export function TextField({
  label,
  testId,
  value,
  onChange,
  className,
  placeholder,
  disabled,
  input,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  placeholder?: string;
  disabled?: boolean;
  input?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'placeholder' | 'disabled'>;
}) {
  return (
    <label className={className}>
      {label}
      <input
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        disabled={disabled}
        {...input}
      />
    </label>
  );
}
