/**
 * Charts on a dark page: the neutrals (text, axes, grid, outlines) turn dark-theme colours,
 * the series keep their colour-blind-safe colours, and formatter functions survive.
 */
import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../shared/charts/palette.js';
import { burndownChart } from '../../../shared/charts/specs.js';
import { themedOption } from '../../../shared/charts/theme-colors.js';

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

describe('themedOption', () => {
  const formatter = (v: number) => `${v}%`;
  const option = {
    textStyle: { color: COLORS.text },
    yAxis: { axisLabel: { color: COLORS.muted, formatter }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [{ itemStyle: { color: COLORS.value, borderColor: '#FFF' } }],
  };

  it('leaves the light option as it is', () => {
    expect(themedOption(option, 'light')).toBe(option);
  });

  it('swaps the neutrals for dark ones and keeps series colours and functions', () => {
    const dark = themedOption(option, 'dark');
    expect(dark.textStyle.color).toBe('#e6e9ef');
    expect(dark.yAxis.axisLabel.color).toBe('#a0a9b8');
    expect(dark.yAxis.splitLine.lineStyle.color).toBe('#2f3642');
    expect(dark.series[0]!.itemStyle).toEqual({ color: COLORS.value, borderColor: '#1a1f27' });
    expect(dark.yAxis.axisLabel.formatter).toBe(formatter);
    expect(option.textStyle.color).toBe(COLORS.text);
    expect(dark).toMatchObject({ backgroundColor: 'transparent' });
  });

  it('leaves no light neutral in a real chart definition', () => {
    const def = burndownChart({
      title: 'Burndown',
      categories: ['IT-1', 'IT-2'],
      must: [3, 1],
      should: [2, 2],
      legend: { must: 'Must', should: 'Should' },
      locale: 'en',
    });
    const light = strings(def.option);
    const dark = strings(themedOption(def.option, 'dark'));
    expect(light).toContain(COLORS.text);
    for (const neutral of [COLORS.text, COLORS.muted, COLORS.grid, '#fff']) expect(dark).not.toContain(neutral);
    expect(dark).toContain(COLORS.must);
  });
});
