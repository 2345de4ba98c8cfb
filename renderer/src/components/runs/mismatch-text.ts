import type { TFunction } from 'i18next';
import type { ServingMismatch } from '../../../../shared/serving-mismatch';

/** "measured on 2 cores; the target laptop has 4" (and the threads, when they differ too). */
export function mismatchText(t: TFunction, m: ServingMismatch): string {
  const parts: string[] = [];
  if (m.cores) parts.push(t('optimize.mismatch.cores', { ...m.cores, name: m.targetName }));
  if (m.threads) parts.push(t('optimize.mismatch.threads', { ...m.threads, name: m.targetName }));
  return parts.join('; ');
}

/** Every distinct way the points' machines differ from their targets, each said once. */
export function mismatchSummary(t: TFunction, points: { mismatch: ServingMismatch[] }[]): string | null {
  const parts = new Set<string>();
  for (const p of points)
    for (const m of p.mismatch) {
      if (m.cores) parts.add(t('optimize.mismatch.cores', { ...m.cores, name: m.targetName }));
      if (m.threads) parts.add(t('optimize.mismatch.threads', { ...m.threads, name: m.targetName }));
    }
  return parts.size ? [...parts].join('; ') : null;
}
