/** Attribution in words, for the report, the slides, the CLI and the History screen alike. */
import type { Tr } from '../report-i18n/i18n.js';
import type { AttributionEntry, Change } from './types.js';

/** One change in words: `data digits@v2 → digits@v3`. */
export function changeText(tr: Tr, c: Change, unit = ''): string {
  if (c.kind === 'preprocessing') return tr.t('attribution.change.preprocessing', { fields: c.fields.join(', ') });
  if (c.kind === 'target')
    return tr.t('attribution.change.target', {
      from: tr.num(c.from, unit),
      to: tr.num(c.to, unit),
      reason: c.reason ? ` (${c.reason})` : '',
    });
  return tr.t(`attribution.change.${c.kind}`, { from: c.from, to: c.to });
}

/** A signed movement: `+0.021`, `−1.2 ms`. */
export function signed(tr: Tr, v: number | null, unit = ''): string {
  if (v === null) return '—';
  const text = tr.num(Math.abs(v), unit);
  return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
}

/** Decimals that show `v` to four significant digits (at most six). */
function decimalsFor(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return 0;
  return Math.max(0, Math.min(6, 3 - Math.floor(Math.log10(Math.abs(v)))));
}

/**
 * The total movement and its two parts as printed, at one precision, so the printed parts
 * add up to the printed total: the model effect is the total less the data effect, counted
 * in whole units of the last decimal.
 */
export function movementTexts(
  tr: Tr,
  e: Pick<AttributionEntry, 'total' | 'split' | 'unit'>,
): { total: string; data: string; model: string } {
  if (e.total === null) return { total: '—', data: '—', model: '—' };
  const parts = e.split ? [e.total, e.split.dataEffect, e.split.modelEffect] : [e.total];
  const d = parts.every(Number.isInteger) ? 0 : Math.max(...parts.map(decimalsFor));
  const scale = 10 ** d;
  const total = Math.round(e.total * scale);
  const data = e.split ? Math.round(e.split.dataEffect * scale) : null;
  const show = (units: number) => {
    const text = tr.fixed(Math.abs(units) / scale, d, e.unit);
    return units > 0 ? `+${text}` : units < 0 ? `−${text}` : text;
  };
  return {
    total: show(total),
    data: data === null ? '—' : show(data),
    model: data === null ? '—' : show(total - data),
  };
}
