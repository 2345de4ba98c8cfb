/**
 * The charts' colours on a dark page. Chart definitions are written once, in the light
 * colours the reports print with; on a dark page every neutral (text, axes, grid lines, the
 * white outlines that separate marks, the hatching) is swapped for its dark counterpart. The
 * Okabe–Ito series colours stay: they keep at least 3:1 against both backgrounds.
 */
import { COLORS, SHOULD_DECAL } from './palette.js';
import { TRADEOFF_COLORS } from './tradeoff-option.js';

export type ChartTheme = 'light' | 'dark';

const DARK_NEUTRALS: Record<string, string> = {
  [COLORS.text]: '#e6e9ef',
  [COLORS.muted]: '#a0a9b8',
  [COLORS.grid]: '#2f3642',
  [SHOULD_DECAL.color]: 'rgba(255,255,255,0.4)',
  [TRADEOFF_COLORS.interval]: '#b3bac6',
  [TRADEOFF_COLORS.other]: '#9aa3b2',
  // Outlines drawn in the page's panel colour, so touching marks stay apart.
  '#fff': '#1a1f27',
  '#ffffff': '#1a1f27',
};
const LOOKUP = new Map(Object.entries(DARK_NEUTRALS).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ''), v]));

function swap<T>(value: T): T {
  if (typeof value === 'string') return (LOOKUP.get(value.toLowerCase().replace(/\s+/g, '')) ?? value) as T;
  if (Array.isArray(value)) return value.map(swap) as T;
  // Plain option objects only: formatter functions and anything else pass through untouched.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)])) as T;
  }
  return value;
}

/**
 * The option as drawn on a page in `theme`: unchanged for light; for dark, the neutrals it
 * names are swapped and the background left to the page (ECharts' own dark theme, which the
 * chart is initialised with, colours what the option leaves to defaults).
 */
export function themedOption<T>(option: T, theme: ChartTheme): T {
  return theme === 'dark' ? { ...swap(option), backgroundColor: 'transparent' } : option;
}

/** The ECharts theme name to initialise a chart with on a page in `theme`. */
export const echartsTheme = (theme: ChartTheme): string | null => (theme === 'dark' ? 'dark' : null);
