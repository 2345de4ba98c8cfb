/** Static SVG of a chart definition, rendered in Node for the HTML / PDF report and the slides. */
import { echarts } from './setup.js';
import type { ChartDef } from './specs.js';

/**
 * Renders `def` at its own size with ECharts' server-side SVG renderer. No animation and no
 * event handlers: the result is inert markup that opens offline and prints as it is.
 */
export function renderChartSvg(def: ChartDef): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: def.width, height: def.height });
  try {
    chart.setOption({ ...def.option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
