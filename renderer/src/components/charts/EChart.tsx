import './charts.css';
import { useEffect, useRef } from 'react';
import type { ChartDef } from '../../../../shared/charts/specs';
import { echarts } from '../../../../shared/charts/setup';
import { echartsTheme, themedOption } from '../../../../shared/charts/theme-colors';
import { useResolvedTheme } from '../../theme/theme';

/**
 * A chart definition drawn live with ECharts' SVG renderer (tooltips show the full iteration
 * names a narrow axis truncates). The fixed size is the size the report renders the same
 * definition at, so the app and the report lay text out alike.
 */
export function EChart({ def, testId }: { def: ChartDef; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useResolvedTheme();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, echartsTheme(theme), { renderer: 'svg', width: def.width, height: def.height });
    chart.setOption(themedOption(def.option, theme));
    el.dataset.chartState = 'ready';
    el.dataset.chartTheme = theme;
    return () => chart.dispose();
  }, [def, theme]);
  return (
    <div
      ref={ref}
      className="echart"
      role="img"
      aria-label={def.title}
      data-testid={testId ?? `chart-${def.id}`}
      data-chart={def.id}
      style={{ width: def.width, height: def.height }}
    />
  );
}
