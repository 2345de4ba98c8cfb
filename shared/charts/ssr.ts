/** Static SVG of a chart definition, rendered in Node for the HTML / PDF report and the slides. */
import { echarts } from './setup.js';
import type { ChartDef } from './specs.js';

/** FNV-1a over the string's UTF-16 units, from a given offset basis: 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The renderer names classes, clip paths and gradients after a process-wide instance counter
 * (`zr7-cls-31`), so the same chart came out differently depending on how many charts the
 * process had drawn before: the app and the CLI wrote different bytes for one project. The
 * names are renumbered in order of appearance under a prefix hashed from the chart's own
 * markup: the same chart always reads the same, and two different charts in one document
 * share no name (short of a 64-bit hash collision).
 */
function stableNames(svg: string): string {
  const zrId = /(?<=class="|id="|url\(#)zr\d+(?=-)/.exec(svg)?.[0];
  if (!zrId) return svg;
  const token = new RegExp(`(?<=class="|id="|url\\(#|\\n\\.)${zrId}-[\\w-]+`, 'g');
  const order = new Map<string, number>();
  for (const [name] of svg.matchAll(token)) if (!order.has(name)) order.set(name, order.size);
  const rename = (prefix: string) => svg.replace(token, (name) => `${prefix}${order.get(name)}`);
  const canonical = rename('zr-');
  return rename(`zr${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x050c5d1f)}-`);
}

/**
 * Renders `def` at its own size with ECharts' server-side SVG renderer. No animation and no
 * event handlers: the result is inert markup that opens offline and prints as it is.
 */
export function renderChartSvg(def: ChartDef): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: def.width, height: def.height });
  try {
    chart.setOption({ ...def.option, animation: false });
    return stableNames(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
