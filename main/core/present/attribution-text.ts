/** Attribution in words, for the report, the slides, the CLI and the History screen alike. */
import type { Tr } from '../report/i18n.js';
import type { Change } from './types.js';

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
