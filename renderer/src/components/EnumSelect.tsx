/** A labelled select over a fixed list of values, each shown through `labelOf` (a t() key). */
export function EnumSelect<T extends string>({
  label,
  testId,
  value,
  options,
  labelOf,
  onChange,
}: {
  label: string;
  testId: string;
  value: T;
  options: readonly T[];
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
