/**
 * Colour arithmetic for text drawn on computed backgrounds (the heatmap's cells): blending a
 * tone over its base, and the WCAG 2 contrast ratio used to pick a readable text colour.
 */
export type Rgb = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` (as getComputedStyle reports it) to 0–255 channels. */
export function parseColor(text: string): Rgb {
  const s = text.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour: "${text}"`);
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `tone` at opacity `alpha` over an opaque `base`, as the browser would paint it. */
export function blend(tone: Rgb, base: Rgb, alpha: number): Rgb {
  const a = Math.min(1, Math.max(0, alpha));
  return [0, 1, 2].map((i) => tone[i]! * a + base[i]! * (1 - a)) as Rgb;
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, from 1 (none) to 21 (black on white). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The candidate with the most contrast against `background`. */
export function readableOn(background: Rgb, candidates: Rgb[]): Rgb {
  return candidates.reduce((best, c) => (contrast(c, background) > contrast(best, background) ? c : best));
}
