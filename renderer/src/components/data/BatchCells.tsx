import { useTranslation } from 'react-i18next';
import type { LabelingBatch } from '../../../../shared/schema';
import { formatMoney } from './money';

/** One labeling batch's cells: vendor, guide, price, quantities, dates and its open questions. */
export function BatchCells({ b }: { b: LabelingBatch }) {
  const { t, i18n } = useTranslation();
  const open = b.qa.filter((q) => q.status === 'open').length;
  return (
    <>
      <td className="mono">{b.id}</td>
      <td>{b.vendor}</td>
      <td className="small">
        {b.guide.file} {b.guide.version && <span className="muted">({b.guide.version})</span>}
      </td>
      <td className="num mono">{formatMoney({ [b.currency]: b.unitPrice }, i18n.language)}</td>
      <td className="num mono">{b.ordered}</td>
      <td className="num mono">{b.delivered}</td>
      <td className="num mono">{b.accepted}</td>
      <td className="num mono">{formatMoney({ [b.currency]: b.unitPrice * b.delivered }, i18n.language)}</td>
      <td className="small muted nowrap">
        {b.orderedAt || '—'}
        <br />→ {b.deliveredAt || '—'}
      </td>
      <td className="small" title={b.qa.map((q) => `${q.question} — ${q.answer}`).join('\n')}>
        {t('data.qaSummary', { count: b.qa.length, open })}
      </td>
    </>
  );
}
