/**
 * The colour arithmetic behind the heatmap's readable numbers, checked against WCAG 2 values
 * published elsewhere: black on white is 21:1, and #767676 is the lightest grey that reaches
 * 4.5:1 on white (4.54:1) while #777777 falls just short (4.48:1).
 */
import { describe, expect, it } from 'vitest';
import { blend, contrast, parseColor, readableOn, toHex } from '../../../renderer/src/theme/contrast.js';

describe('contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#ffffff', '#777', 4.48],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrast(parseColor(a), parseColor(b))).toBeCloseTo(ratio, 2);
  });

  it('reads the forms getComputedStyle reports, and refuses anything else by name', () => {
    expect(parseColor(' rgb(47, 91, 234)')).toEqual([47, 91, 234]);
    expect(parseColor('#2F5BEA')).toEqual([47, 91, 234]);
    expect(() => parseColor('blue')).toThrow('not a colour: "blue"');
  });

  it('blends a tone over its base as the browser paints an rgba background', () => {
    expect(toHex(blend([0, 0, 0], [255, 255, 255], 0.5))).toBe('#808080');
    expect(toHex(blend([47, 91, 234], [241, 243, 246], 0))).toBe('#f1f3f6');
    expect(toHex(blend([47, 91, 234], [241, 243, 246], 1))).toBe('#2f5bea');
    expect(toHex(blend([47, 91, 234], [241, 243, 246], 2))).toBe('#2f5bea');
  });

  it('picks the text colour with the most contrast, so black or white always reaches 4.5:1', () => {
    const black = parseColor('#000');
    const white = parseColor('#fff');
    expect(readableOn(parseColor('#2f5bea'), [black, white])).toEqual(white);
    expect(readableOn(parseColor('#f4b183'), [black, white])).toEqual(black);
    for (let g = 0; g <= 255; g += 5) {
      const bg = [g, g, g] as [number, number, number];
      expect(contrast(readableOn(bg, [black, white]), bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
