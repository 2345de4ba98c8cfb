import './CostTotals.css';
import { useTranslation } from 'react-i18next';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { formatMoney } from './money';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/**
 * Labeling cost of the whole dataset, computed by the core: per version, per accepted sample,
 * and cumulative. Asked again on every project change, so it follows each batch edit.
 */
export function CostTotals({ name, current }: { name: string; current: number }) {
  const { t, i18n } = useTranslation();
  const totals = useProjectQuery(name, (api) => api.datasets.totals({ name }));
  if (!totals) return null;
  const money = (m: Record<string, number | null>) => formatMoney(m, i18n.language);
  return (
    <div className="cost-totals" data-testid="cost-totals">
      <h3>{t('data.totalsTitle', { name })}</h3>
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('data.version')}</th>
            <th className="num">{t('data.batch.delivered')}</th>
            <th className="num">{t('data.batch.accepted')}</th>
            <th className="num">{t('data.acceptedRate')}</th>
            <th className="num">{t('data.cost')}</th>
            <th className="num">{t('data.costPerAccepted')}</th>
            <th className="num">{t('data.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.versions.map((v) => (
            <tr key={v.version} className={v.version === current ? 'current' : ''} data-testid={`totals-v${v.version}`}>
              <td>v{v.version}</td>
              <td className="num mono">{v.totals.delivered}</td>
              <td className="num mono">{v.totals.accepted}</td>
              <td className="num mono">{pct(v.totals.acceptedRate)}</td>
              <td className="num mono" data-testid={`totals-v${v.version}-cost`}>
                {money(v.totals.cost)}
              </td>
              <td className="num mono" data-testid={`totals-v${v.version}-per-accepted`}>
                {money(v.totals.costPerAccepted)}
              </td>
              <td className="num mono" data-testid={`totals-v${v.version}-cumulative`}>
                {money(v.cumulative)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="totals-all">
            <th>{t('data.allVersions')}</th>
            <th className="num mono">{totals.overall.delivered}</th>
            <th className="num mono">{totals.overall.accepted}</th>
            <th className="num mono">{pct(totals.overall.acceptedRate)}</th>
            <th className="num mono" data-testid="totals-all-cost">
              {money(totals.overall.cost)}
            </th>
            <th className="num mono" data-testid="totals-all-per-accepted">
              {money(totals.overall.costPerAccepted)}
            </th>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
