import type { ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from '../../../../shared/charts/setup';
import type { Tradeoff } from '../../../../shared/optimization-views';
import { echartsTheme, themedOption } from '../../../../shared/charts/theme-colors';
import { tradeoffOption, type TradeoffLabels } from '../../../../shared/charts/tradeoff-option';
import { useResolvedTheme } from '../../theme/theme';

/**
 * The trade-off chart on ECharts (SVG renderer): hover a point for its run, click it to open
 * the run. The option comes from `tradeoffOption`; this component only mounts and resizes it.
 */
export function TradeoffChart({
  tradeoff,
  labels,
  onOpen,
  height = 420,
  detailsId,
}: {
  tradeoff: Tradeoff;
  labels: TradeoffLabels;
  onOpen?: (runId: string) => void;
  height?: number;
  /** The table holding the same points, for those who cannot see or point at the chart. */
  detailsId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const open = useRef(onOpen);
  const theme = useResolvedTheme();
  useEffect(() => {
    open.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, echartsTheme(theme), { renderer: 'svg' });
    chart.current = c;
    c.on('click', (params) => {
      const run = (params.data as { point?: { run: string } } | undefined)?.point?.run;
      if (run) open.current?.(run);
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
    // A new theme needs a new chart: ECharts applies a theme only when a chart is created.
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption(themedOption(tradeoffOption(tradeoff, labels), theme), { notMerge: true });
  }, [tradeoff, labels, theme]);

  return (
    <div
      ref={ref}
      className="tradeoff-chart"
      data-testid="tradeoff-chart"
      data-points={tradeoff.points.length}
      style={{ height }}
      role="img"
      aria-label={`${labels.y} × ${labels.x}`}
      aria-details={detailsId}
    />
  );
}
