/** Small helpers for reading option values; bad values are usage errors (exit 2). */
import { UsageError, type OptionValues } from './types.js';

export function str(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requireStr(values: OptionValues, name: string): string {
  const v = str(values, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required.`);
  return v;
}

export function num(values: OptionValues, name: string): number | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${v}".`);
  return n;
}

export function int(values: OptionValues, name: string): number | undefined {
  const n = num(values, name);
  if (n !== undefined && !Number.isInteger(n)) throw new UsageError(`--${name} must be a whole number, got "${n}".`);
  return n;
}

export function list(values: OptionValues, name: string): string[] | undefined {
  const v = str(values, name);
  return v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

export function numList(values: OptionValues, name: string): number[] | undefined {
  const items = list(values, name);
  return items?.map((s) => {
    const n = Number(s);
    if (!Number.isFinite(n)) throw new UsageError(`--${name} must be numbers separated by commas, got "${s}".`);
    return n;
  });
}

export function oneOf<T extends string>(values: OptionValues, name: string, allowed: readonly T[]): T | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${v}".`);
  }
  return v as T;
}

/** `NAME@vN` or `NAME@N` → { name, version }. */
export function datasetRef(value: string, what = '--dataset'): { name: string; version: number } {
  const m = /^([^@]+)@v?(\d+)$/.exec(value.trim());
  if (!m) throw new UsageError(`${what} must look like NAME@vN (e.g. digits@v3), got "${value}".`);
  return { name: m[1]!, version: Number(m[2]) };
}

/** Prints a value as JSON on its own (what `--json` promises scripts). */
export function printJson(out: (text: string) => void, value: unknown): void {
  out(JSON.stringify(value, null, 2) + '\n');
}

/** Left-aligned plain-text table for the non-JSON outputs. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
