/**
 * A chart's static SVG does not depend on what the process drew before it, and two different
 * charts set in one document share no class, clip path or gradient name.
 */
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../shared/charts/ssr.js';
import { valueTargetChart } from '../../../shared/charts/specs.js';

const chart = (values: number[]) =>
  valueTargetChart({
    id: 'v',
    title: 'R-1',
    categories: ['i1', 'i2', 'i3'],
    values,
    targets: [0.92, 0.97, 0.97],
    status: ['unmet', 'unmet', 'met'],
    unit: '',
    legend: { value: 'value', target: 'target' },
    locale: 'en',
  });

/** Every name the SVG defines or refers to: class attributes, ids and url(#…) references. */
const names = (svg: string) => new Set([...svg.matchAll(/(?:class="|id="|url\(#)(zr[\w-]+)/g)].map((m) => m[1]!));

describe('chart SVG for documents', () => {
  it('renders the same chart to the same bytes however many charts came before', () => {
    const first = renderChartSvg(chart([0.9, 0.93, 0.95]));
    for (let i = 0; i < 3; i++) renderChartSvg(chart([0.5 + i / 10, 0.6, 0.7]));
    const again = renderChartSvg(chart([0.9, 0.93, 0.95]));
    expect(names(first).size).toBeGreaterThan(2);
    expect(again).toBe(first);
  });

  it('gives two different charts disjoint names', () => {
    const a = names(renderChartSvg(chart([0.9, 0.93, 0.95])));
    const b = names(renderChartSvg(chart([0.8, 0.93, 0.95])));
    expect(a.size).toBeGreaterThan(2);
    expect([...a].filter((n) => b.has(n))).toEqual([]);
  });

  it('keeps every reference pointing at a name the chart defines', () => {
    const svg = renderChartSvg(chart([0.9, 0.93, 0.95]));
    const ids = new Set([...svg.matchAll(/id="(zr[\w-]+)"/g)].map((m) => m[1]));
    const refs = [...svg.matchAll(/url\(#(zr[\w-]+)\)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(ids).toContain(r);
    const classes = new Set([...svg.matchAll(/class="(zr[\w-]+)"/g)].map((m) => m[1]));
    const styled = [...svg.matchAll(/\n\.(zr[\w-]+):hover/g)].map((m) => m[1]);
    expect(styled.length).toBeGreaterThan(0);
    for (const s of styled) expect(classes).toContain(s);
  });
});
