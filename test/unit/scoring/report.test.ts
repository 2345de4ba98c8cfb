import { describe, expect, it } from 'vitest';
import { scorecardsCsv } from '../../../main/core/report/export.js';
import { esc, fmt, withUnit } from '../../../main/core/report/format.js';
import { valueTargetChart } from '../../../shared/charts/specs.js';
import { doc, NOW } from './fixtures.js';

describe('report formatting', () => {
  it.each([
    [0.874, '0.874'],
    [0.09599999999999997, '0.096'],
    [6.1, '6.1'],
    [150000, '150,000'],
    [null, '–'],
    [Number.NaN, '–'],
  ])('fmt(%s) = %s', (v, text) => expect(fmt(v)).toBe(text));

  it('escapes markup and puts units only on real values', () => {
    expect(esc(`<img src="x" onerror='y'>&`)).toBe('&lt;img src=&quot;x&quot; onerror=&#39;y&#39;&gt;&amp;');
    expect(withUnit(6.1, 'ms')).toBe('6.1 ms');
    expect(withUnit(null, 'ms')).toBe('–');
  });
});

describe('value vs target chart', () => {
  it('draws the target as a step line, breaks the value line where there is none, and marks status by shape', () => {
    const def = valueTargetChart({
      id: 'v',
      title: 'R-1',
      categories: ['i1', 'i2', 'i3'],
      values: [0.9, null, 0.95],
      targets: [0.92, 0.97, 0.97],
      status: ['unmet', 'untested', 'met'],
      unit: '',
      legend: { value: 'value', target: 'target' },
      locale: 'en',
    });
    const [value, target] = (def.option as { series: Record<string, unknown>[] }).series;
    expect(target).toMatchObject({ step: 'middle', data: [0.92, 0.97, 0.97], lineStyle: { type: [6, 4] } });
    expect(value!.data).toEqual([{ value: 0.9, symbol: 'triangle' }, '-', { value: 0.95, symbol: 'circle' }]);
    expect(value!.connectNulls).toBe(false);
  });

  it('switches to a log axis when values span two orders of magnitude', () => {
    const def = valueTargetChart({
      id: 'v',
      title: 'R-4',
      categories: ['i1', 'i2'],
      values: [1_700_000, 1_650_000],
      targets: [2000, 2000],
      status: ['met', 'met'],
      unit: 'qps',
      legend: { value: 'value', target: 'target' },
      locale: 'en',
    });
    expect((def.option as { yAxis: { type: string } }).yAxis.type).toBe('log');
  });
});

describe('CSV export', () => {
  it('quotes, and defuses cells a spreadsheet would run as formulas', () => {
    const d = doc();
    d.iterations.push({
      id: 'IT-1',
      name: 'first, "quoted"',
      status: 'closed',
      startedAt: NOW,
      closedAt: NOW,
      notes: '',
      datasets: [],
      scorecard: [
        {
          requirement: 'R-1',
          title: '=HYPERLINK("x")',
          metric: 'accuracy',
          op: '>=',
          target: 0.9,
          unit: '',
          priority: 'must',
          value: -0.5,
          gap: 1.4,
          relGap: null,
          status: 'unmet',
          evidence: 'RUN-1',
        },
      ],
    });
    const lines = scorecardsCsv(d).split('\r\n');
    expect(lines[1]).toBe(
      `IT-1,"first, ""quoted""",${NOW},,R-1,"'=HYPERLINK(""x"")",accuracy,>=,0.9,,must,-0.5,1.4,,unmet,RUN-1`,
    );
  });
});
