import type { TFunction } from 'i18next';
import type { TrendPair } from '../../../../shared/contract/board-methods';
import { withUnit } from '../../format';

/**
 * A sparkline's figures in words, for screen readers: one "n: value (target t)" per point, the
 * last one named "now" when it is the current value rather than a closed iteration.
 */
export function trendText(points: readonly TrendPair[], withNow: boolean, unit: string, t: TFunction): string {
  return points
    .map(([value, target], i) =>
      t('charts.trendPoint', {
        n: withNow && i === points.length - 1 ? t('charts.now') : String(i + 1),
        value: value === null ? t('charts.noValue') : withUnit(value, unit),
        target: withUnit(target, unit),
      }),
    )
    .join('; ');
}
