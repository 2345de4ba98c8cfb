/**
 * How the run page and the comparison read metric keys: which group a key is shown in and
 * whether a change is an improvement. Direction, units and the key grammar come from the shared
 * vocabulary.
 */
import { isHardwareMetric, lowerIsBetter, metricKind, parseMetricKey } from '../../../../shared/metric-keys';

/** Whether a change of `delta` in `key` is an improvement, a regression, or nothing. */
export function deltaTone(key: string, delta: number | null | undefined): 'better' | 'worse' | 'same' {
  if (delta === null || delta === undefined || !Number.isFinite(delta) || delta === 0) return 'same';
  return delta > 0 !== lowerIsBetter(key) ? 'better' : 'worse';
}

/** Where a key belongs on the run page: overall quality, speed and size, per-class, per-slice. */
export function metricGroup(key: string): 'quality' | 'speed' | 'class' | 'slice' {
  const parsed = parseMetricKey(key);
  if (parsed.slice !== undefined) return 'slice';
  if (parsed.className !== undefined) return 'class';
  if (isHardwareMetric(key) || metricKind(key) === 'size') return 'speed';
  return 'quality';
}
