import './CapacityPanel.css';
import './runs-table.css';
import { useTranslation } from 'react-i18next';
import type { PairedAccuracy } from '../../../../shared/optimization-views';
import type { Run } from '../../../../shared/schema';
import { metricDefaults } from '../../../../shared/metric-keys';
import { fmt, withUnit } from '../../format';
import { bytes, percent } from './format-run';
import { useRunQuery } from './useRunQuery';

const SIGNIFICANT = 0.05;
/** Lower is better for these figures; a drop is a gain. */
const LOWER_BETTER = new Set(['size_bytes', 'latency_p50_ms', 'latency_p95_ms', 'peak_memory_mb']);

function AccuracyRow({ row, label }: { row: PairedAccuracy; label: string }) {
  const { t } = useTranslation();
  const sign = row.delta > 0 ? '+' : '';
  return (
    <tr data-testid="variant-accuracy" data-label={row.label ?? 'all'}>
      <td>{label}</td>
      <td className="num">{row.n}</td>
      <td className="num">{percent(row.parent)}</td>
      <td className="num">{percent(row.variant)}</td>
      <td className="num">{t('optimize.variant.points', { value: `${sign}${(row.delta * 100).toFixed(1)}` })}</td>
      <td className="num">{row.parentOnly}</td>
      <td className="num">{row.variantOnly}</td>
      <td className="num">
        {fmt(row.pValue)}{' '}
        <span className={row.pValue < SIGNIFICANT ? 'badge badge-must' : 'muted small'}>
          {row.pValue < SIGNIFICANT ? t('optimize.variant.significant') : t('optimize.variant.chance')}
        </span>
      </td>
    </tr>
  );
}

/** A variant's run against its parent's: what it gained (size, speed) and lost (accuracy). */
export function VariantPanel({ run }: { run: Run }) {
  const { t } = useTranslation();
  const { data } = useRunQuery(run.id, (api) => api.runs.variantCompare({ id: run.id }));
  if (!data) return null;
  if (!data.ok)
    return (
      <section data-testid="variant-panel">
        <h3>{t('optimize.variant.title')}</h3>
        <p className="muted small">{data.reason}</p>
      </section>
    );
  const v = data.value;
  const figures = v.figures.filter((f) => f.parent !== null || f.variant !== null);
  const show = (key: string, n: number | null) =>
    key === 'size_bytes' && n !== null ? bytes(n) : withUnit(n, metricDefaults(key).unit);
  return (
    <section className="variant-panel" data-testid="variant-panel">
      <h3>{t('optimize.variant.title')}</h3>
      <p className="small">
        {t('optimize.variant.summary', {
          variant: v.variant.name,
          parent: v.parent.name,
          run: v.parent.run,
          kind: t(`optimize.variant.kind.${v.variant.kind}`),
        })}
      </p>
      <table className="grid runs-table small" data-testid="variant-figures">
        <thead>
          <tr>
            <th>{t('optimize.variant.figure')}</th>
            <th className="num">{t('optimize.variant.parent')}</th>
            <th className="num">{t('optimize.variant.variant')}</th>
            <th className="num">{t('optimize.variant.change')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => {
            const better = f.delta === null || f.delta === 0 ? null : LOWER_BETTER.has(f.key) === f.delta < 0;
            return (
              <tr key={f.key} data-testid="variant-figure" data-key={f.key}>
                <td>{t(`optimize.variant.keys.${f.key}`)}</td>
                <td className="num">{show(f.key, f.parent)}</td>
                <td className="num">{show(f.key, f.variant)}</td>
                <td className="num">
                  {f.parent && f.variant !== null ? `${((f.variant / f.parent - 1) * 100).toFixed(1)}%` : '—'}
                  {better !== null && (
                    <span className={better ? 'runs-delta better' : 'runs-delta worse'}>
                      {' '}
                      {better ? t('optimize.variant.gained') : t('optimize.variant.lost')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {v.overall ? (
        <>
          <p className="small">{t('optimize.variant.common', { count: v.common })}</p>
          <table className="grid runs-table small" data-testid="variant-accuracy-table">
            <thead>
              <tr>
                <th>{t('optimize.variant.class')}</th>
                <th className="num">{t('optimize.variant.n')}</th>
                <th className="num">{t('optimize.variant.parent')}</th>
                <th className="num">{t('optimize.variant.variant')}</th>
                <th className="num">{t('optimize.variant.change')}</th>
                <th className="num">{t('optimize.variant.onlyParent')}</th>
                <th className="num">{t('optimize.variant.onlyVariant')}</th>
                <th className="num">{t('optimize.variant.p')}</th>
              </tr>
            </thead>
            <tbody>
              <AccuracyRow row={v.overall} label={t('optimize.variant.overall')} />
              {v.perClass.map((c) => (
                <AccuracyRow key={c.label} row={c} label={c.label ?? ''} />
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted small">{t('optimize.variant.noCommon')}</p>
      )}
    </section>
  );
}
