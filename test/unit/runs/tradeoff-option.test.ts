/** The trade-off chart's ECharts option, built from hand-made points (no DOM, no ECharts). */
import { describe, expect, it } from 'vitest';
import type { Tradeoff, TradeoffPoint } from '../../../shared/optimization-views.js';
import {
  markerDiameter,
  paddedExtent,
  tradeoffOption,
  TRADEOFF_COLORS,
  wantsLog,
} from '../../../shared/charts/tradeoff-option.js';

const point = (run: string, x: number, y: number, over: Partial<TradeoffPoint> = {}): TradeoffPoint => ({
  run,
  model: 'M-1',
  modelName: run.toLowerCase(),
  variantOf: null,
  x,
  y,
  sizeBytes: 1000,
  xInterval: null,
  yInterval: null,
  front: true,
  mismatch: [],
  ...over,
});

const LABELS = { x: 'p95', y: 'acc', front: 'front', region: 'ok', log: 'log', tooltip: (p: TradeoffPoint) => [p.run] };

type Series = { id: string; data: unknown[]; markArea?: { data: [Record<string, number>, Record<string, number>][] } };

function tradeoff(points: TradeoffPoint[]): Tradeoff {
  return {
    x: 'latency_p95_ms',
    y: 'accuracy',
    higherIsBetter: { x: false, y: true },
    points,
    region: { x: { min: null, max: 5, requirements: ['R-3'] }, y: { min: 0.9, max: null, requirements: ['R-1'] } },
    missing: [],
    keys: [],
  };
}

describe('trade-off chart option', () => {
  it('grows the marker area, not its width, with the model size', () => {
    // Diameter 10 + 34·√(size/largest): a quarter of the size gives half the extra width.
    expect(markerDiameter(400, 400)).toBe(44);
    expect(markerDiameter(100, 400)).toBe(27);
    expect(markerDiameter(0, 400)).toBe(10);
  });

  it('pads axes by 12% of the span but never below zero for non-negative figures', () => {
    expect(paddedExtent([1, 2])).toEqual([0.88, 2.12]);
    expect(paddedExtent([0.01, 2])[0]).toBe(0);
    expect(paddedExtent([-1, 1])).toEqual([-1.24, 1.24]);
    expect(paddedExtent([5])).toEqual([4.5, 5.5]);
  });

  it('switches to a log axis when positive figures span two orders of magnitude', () => {
    expect(wantsLog([0.04, 0.05, 11])).toBe(true);
    expect(wantsLog([0.04, 0.05, 3])).toBe(false);
    expect(wantsLog([0, 10, 1000])).toBe(false);
  });

  it('shades the must box, draws the front by x, whiskers for intervals, and marks mismatched runs', () => {
    const pts = [
      point('RUN-2', 4, 0.95, { yInterval: [0.93, 0.97] }),
      point('RUN-1', 1, 0.8, {
        front: true,
        mismatch: [{ target: 'ST-1', targetName: 'laptop', cores: { measured: 2, target: 4 } }],
      }),
      point('RUN-3', 6, 0.85, { front: false, variantOf: 'm' }),
    ];
    const option = tradeoffOption(tradeoff(pts), LABELS) as {
      series: Series[];
      xAxis: { min: number; max: number; type: string };
      yAxis: { min: number; max: number };
    };
    const [front, whiskers, runs] = option.series as [Series, Series, Series];
    expect(front.data).toEqual([
      [1, 0.8],
      [4, 0.95],
    ]);
    // x: data 1…6 and the bound 5 → [1 − 0.6, 6 + 0.6]; the box runs from the left edge to 5.
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0.4, max: 6.6 });
    const [from, to] = front.markArea!.data[0]!;
    expect(from).toMatchObject({ xAxis: 0.4, yAxis: 0.9 });
    expect(to).toMatchObject({ xAxis: 5, yAxis: option.yAxis.max });
    expect(whiskers.data).toEqual([
      {
        coords: [
          [4, 0.93],
          [4, 0.97],
        ],
      },
    ]);
    const items = runs.data as { symbol: string; itemStyle: { color: string; borderType: string } }[];
    expect(items[1]!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(items[0]!.itemStyle).toMatchObject({ borderType: 'solid', color: TRADEOFF_COLORS.front });
    expect(items[2]).toMatchObject({ symbol: 'diamond', itemStyle: { color: TRADEOFF_COLORS.variant } });
  });
});
