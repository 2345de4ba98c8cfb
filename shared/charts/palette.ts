/**
 * Colours, marker shapes and dash patterns every chart shares. The colours are the Okabe–Ito
 * set, told apart with the common colour-vision deficiencies; every series also differs by
 * shape or dash, so nothing is carried by colour alone (and a grey print still reads).
 */
export const COLORS = {
  value: '#0072B2',
  target: '#D55E00',
  must: '#D55E00',
  should: '#E69F00',
  quality: '#009E73',
  data: '#56B4E9',
  model: '#CC79A7',
  text: '#1f2937',
  muted: '#4b5563',
  grid: '#e5e7eb',
} as const;

/** Marker per requirement status: a met point is a circle, an unmet one a triangle. */
export const STATUS_SYMBOL = { met: 'circle', unmet: 'triangle', untested: 'emptyCircle' } as const;

/** The target is always dashed; the value solid. */
export const TARGET_DASH = [6, 4];

/** Hatching for the second bar series, so "should" differs from "must" without colour. */
export const SHOULD_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 3],
  rotation: Math.PI / 4,
  color: 'rgba(0,0,0,0.35)',
};

/** The text face of every chart: the bundled Korean face first, so Hangul and Latin match. */
export const CHART_FONT = '"Noto Sans KR", "Noto Sans CJK KR", system-ui, sans-serif';
