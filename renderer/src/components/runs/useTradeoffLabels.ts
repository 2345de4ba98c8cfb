import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TradeoffPoint } from '../../../../shared/optimization-views';
import { fmt } from '../../format';
import type { TradeoffLabels } from '../../../../shared/charts/tradeoff-option';
import { bytes } from './format-run';
import { mismatchText } from './mismatch-text';

/** The chart's localized axis names, legend words and tooltip lines for two metric keys. */
export function useTradeoffLabels(x: string, y: string): TradeoffLabels {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      x,
      y,
      front: t('optimize.front'),
      region: t('optimize.region'),
      log: t('optimize.log'),
      tooltip: (p: TradeoffPoint) => [
        `${p.run} · ${p.modelName}`,
        `${y} ${fmt(p.y)} · ${x} ${fmt(p.x)}`,
        t('optimize.tooltip.size', { size: bytes(p.sizeBytes) }),
        ...(p.yInterval
          ? [t('optimize.tooltip.interval', { key: y, lo: fmt(p.yInterval[0]), hi: fmt(p.yInterval[1]) })]
          : []),
        ...(p.xInterval
          ? [t('optimize.tooltip.interval', { key: x, lo: fmt(p.xInterval[0]), hi: fmt(p.xInterval[1]) })]
          : []),
        ...(p.front ? [t('optimize.tooltip.front')] : []),
        ...(p.variantOf ? [t('optimize.tooltip.variant', { parent: p.variantOf })] : []),
        ...p.mismatch.map((m) => `⚠ ${mismatchText(t, m)}`),
      ],
    }),
    // The language is a dependency: the same keys read differently after a switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [x, y, t, i18n.language],
  );
}
