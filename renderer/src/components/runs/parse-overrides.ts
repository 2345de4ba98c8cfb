/** Turns the Evaluate form's text fields into the contract's overrides, or says which field is wrong. */
import type { MethodArgs } from '../../../../shared/contract';
import type { PreprocessingInput } from './PreprocessingFields';

type Overrides = NonNullable<MethodArgs<'runs.start'>['preprocessing']>;
type Settings = NonNullable<MethodArgs<'runs.start'>['settings']>;

export interface SettingsInput {
  batch: string;
  threads: string;
  bench: boolean;
  latencyBoundMs: string;
}

/** The i18n key under `runs.evaluate.invalid` naming the first bad field. */
export type Invalid = 'size' | 'scale' | 'mean' | 'std' | 'classes' | 'batch' | 'threads' | 'bound';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

function numbers(s: string): number[] | null {
  const parts = list(s);
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? values : null;
}

function posInt(s: string, max: number, min = 1): number | null {
  const n = Number(s);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function parseOverrides(p: PreprocessingInput): { value: Overrides } | { invalid: Invalid } {
  const out: Overrides = {};
  if (p.width.trim() || p.height.trim()) {
    const w = posInt(p.width.trim(), 16384);
    const h = posInt(p.height.trim(), 16384);
    if (w === null || h === null) return { invalid: 'size' };
    out.width = w;
    out.height = h;
  }
  if (p.color) out.color = p.color;
  if (p.tensorLayout) out.tensorLayout = p.tensorLayout;
  if (p.scale.trim()) {
    // "1/255" is how people write it; accept that as well as 0.00392.
    const m = /^\s*([\d.]+)\s*\/\s*([\d.]+)\s*$/.exec(p.scale);
    const v = m ? Number(m[1]) / Number(m[2]) : Number(p.scale);
    if (!Number.isFinite(v)) return { invalid: 'scale' };
    out.scale = v;
  }
  if (p.mean.trim()) {
    const v = numbers(p.mean);
    if (!v || v.length === 0) return { invalid: 'mean' };
    out.mean = v;
  }
  if (p.std.trim()) {
    const v = numbers(p.std);
    if (!v || v.length === 0 || v.some((x) => x <= 0)) return { invalid: 'std' };
    out.std = v;
  }
  if (p.classes.trim()) {
    const v = list(p.classes);
    if (new Set(v).size !== v.length) return { invalid: 'classes' };
    out.classes = v;
  }
  return { value: out };
}

export function parseSettings(s: SettingsInput): { value: Settings } | { invalid: Invalid } {
  const batch = posInt(s.batch.trim() || '32', 4096);
  if (batch === null) return { invalid: 'batch' };
  const out: Settings = { batch, bench: s.bench };
  if (s.threads.trim()) {
    const threads = posInt(s.threads.trim(), 256, 0);
    if (threads === null) return { invalid: 'threads' };
    out.threads = threads;
  }
  if (s.bench && s.latencyBoundMs.trim()) {
    const bound = Number(s.latencyBoundMs);
    if (!(bound > 0)) return { invalid: 'bound' };
    out.latencyBoundMs = bound;
  }
  return { value: out };
}
