import type { TFunction } from 'i18next';
import type { ServingMismatch } from '../../../../main/core/runs/serving-mismatch';

/** "measured on 2 cores; the target laptop has 4" (and the threads, when they differ too). */
export function mismatchText(t: TFunction, m: ServingMismatch): string {
  const parts: string[] = [];
  if (m.cores) parts.push(t('optimize.mismatch.cores', { ...m.cores, name: m.targetName }));
  if (m.threads) parts.push(t('optimize.mismatch.threads', { ...m.threads, name: m.targetName }));
  return parts.join('; ');
}
