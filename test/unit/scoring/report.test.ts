import { describe, expect, it } from 'vitest';
import { scorecardsCsv } from '../../../main/core/report/export.js';
import { esc, fmt, withUnit } from '../../../main/core/report/format.js';
import { historyChart } from '../../../main/core/report/svg.js';
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

describe('history chart', () => {
  it('draws the target as a step where it changed and breaks the value line where there is none', () => {
    const svg = historyChart([
      { label: 'i1', value: 0.9, target: 0.92 },
      { label: 'i2', value: null, target: 0.97 },
      { label: 'i3', value: 0.95, target: 0.97 },
    ]);
    const [target, value] = [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]!);
    // Target: start, hold 0.92 to i2, step up to 0.97 (a vertical segment at i2's x), hold.
    const xy = [...target!.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    const [start, hold, step] = [xy[0]!, xy[1]!, xy[2]!];
    expect(hold.x).toBe(step.x);
    expect(hold.y).toBe(start.y);
    expect(step.y).toBeLessThan(hold.y);
    // Value: two separate moves (M … M …), no line drawn through the missing point.
    expect(value!.match(/M/g)).toHaveLength(2);
    expect(value!).not.toMatch(/L/);
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
