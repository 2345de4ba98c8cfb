/** What one part of the adversarial suite reports: what it tried, what held, what broke. */
export interface PartResult {
  name: string;
  /** Counts of what was attempted, e.g. `{ rounds: 200, writers: 500 }`. */
  tried: Record<string, number>;
  /** Counts of what held, e.g. `{ 'lost writes': 0 }` — the figures the suite promises. */
  held: Record<string, number>;
  /** One line per violation; empty when the part passed. */
  failures: string[];
}

/** Output a user would see that betrays a crash: a stack frame or an internal file path. */
export function looksLikeCrash(text: string): boolean {
  return /\n\s+at [\w.<>]+ \(|\bat file:\/\/|node:internal|TypeError|ReferenceError|RangeError:/.test(text);
}

/** Keeps the first few failures readable when many rounds break the same way. */
export function pushFailure(failures: string[], message: string, limit = 20): void {
  if (failures.length < limit) failures.push(message);
  else if (failures.length === limit) failures.push('… (more failures not shown)');
}
