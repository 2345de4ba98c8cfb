/**
 * Reading metric keys for the run page and the comparison: which way is better,
 * which unit a value carries, and which keys are per-class or per-slice.
 */

const SLICE_PREFIX = /^slice\[([^\]]*)\]\./;
const CLASS_KEY = /^(precision|recall|f1)\[(.*)\]$/;

/** `slice[rotated].accuracy` → { slice: 'rotated', base: 'accuracy' }; no prefix → slice null. */
export function splitSlice(key: string): { slice: string | null; base: string } {
  const m = SLICE_PREFIX.exec(key);
  return m ? { slice: m[1] ?? '', base: key.slice(m[0].length) } : { slice: null, base: key };
}

/** `recall[3]` → { metric: 'recall', cls: '3' }; other keys → null. */
export function classKey(base: string): { metric: 'precision' | 'recall' | 'f1'; cls: string } | null {
  const m = CLASS_KEY.exec(base);
  return m ? { metric: m[1] as 'precision' | 'recall' | 'f1', cls: m[2] ?? '' } : null;
}

// Errors, time, size and memory shrink as a model gets better; everything else grows.
const LOWER_IS_BETTER = /^(latency_|error_rate$|cer$|wer$|mae$|rmse$|model_size_mb$|params_m$|peak_memory_mb$)/;

export function lowerIsBetter(key: string): boolean {
  return LOWER_IS_BETTER.test(splitSlice(key).base);
}

/** Whether a change of `delta` in `key` is an improvement, a regression, or nothing. */
export function deltaTone(key: string, delta: number | null | undefined): 'better' | 'worse' | 'same' {
  if (delta === null || delta === undefined || !Number.isFinite(delta) || delta === 0) return 'same';
  return delta > 0 !== lowerIsBetter(key) ? 'better' : 'worse';
}

/** The unit shown next to a value (time in ms, rates in qps, sizes in MB, params in millions). */
export function metricUnit(key: string): string {
  const base = splitSlice(key).base;
  if (base.endsWith('_ms')) return 'ms';
  if (base.endsWith('_mb')) return 'MB';
  if (base.endsWith('_qps')) return 'qps';
  if (base === 'params_m') return 'M';
  return '';
}

/** Speed figures come from the bench pass, not from the predictions. */
export function isSpeedKey(key: string): boolean {
  return /^(latency_|throughput_qps|server_qps|peak_memory_mb)/.test(key);
}

/** Where a key belongs on the run page: overall quality, speed/size, per-class, per-slice. */
export function metricGroup(key: string): 'quality' | 'speed' | 'class' | 'slice' {
  const { slice, base } = splitSlice(key);
  if (slice !== null) return 'slice';
  if (classKey(base)) return 'class';
  if (isSpeedKey(base) || base === 'model_size_mb' || base === 'params_m') return 'speed';
  return 'quality';
}
