import type { ReactNode } from 'react';

export interface CheckOption {
  key: string;
  label: string;
  testId: string;
  /** A longer name shown on hover (a requirement's title beside its id). */
  title?: string;
}

/** A fieldset of checkboxes across a form's grid: which of `options` are `chosen`. */
export function CheckList({
  legend,
  options,
  chosen,
  onToggle,
  empty,
}: {
  legend: string;
  options: CheckOption[];
  chosen: readonly string[];
  onToggle: (key: string) => void;
  /** Said when there is nothing to choose from. */
  empty?: ReactNode;
}) {
  return (
    <fieldset className="wide checks">
      <legend>{legend}</legend>
      {options.length === 0 && empty}
      {options.map((o) => (
        <label key={o.key} className="check" title={o.title}>
          <input
            type="checkbox"
            data-testid={o.testId}
            checked={chosen.includes(o.key)}
            onChange={() => onToggle(o.key)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** `xs` with `x` added, or removed when it is there already. */
export const toggled = (xs: string[], x: string) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);
