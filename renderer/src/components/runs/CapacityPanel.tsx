import './CapacityPanel.css';
import './runs-table.css';
import { useTranslation } from 'react-i18next';
import type { Run } from '../../../../shared/schema';
import { fmt } from '../../format';
import { mismatchText } from './mismatch-text';
import { useProjectQuery } from '../../hooks/useProjectQuery';

/**
 * How many machines like the measured one serve each throughput requirement within the
 * latency bound, with the formula and its assumption, and the same count for every model's
 * latest run so a lead sees what a smaller or faster model would save.
 */
export function CapacityPanel({ run }: { run: Run }) {
  const { t } = useTranslation();
  // Asked again on every project change: the plan follows the requirements and serving targets.
  const data = useProjectQuery(run.id, (api) => api.runs.capacity({ id: run.id }));
  if (!data) return null;
  return (
    <section className="capacity" data-testid="capacity-panel">
      <h3>{t('optimize.capacity.title')}</h3>
      {data.length === 0 && <p className="muted small">{t('optimize.capacity.none')}</p>}
      {data.map((p) => {
        const l = p.line;
        return (
          <div key={p.requirement?.id ?? 'qps'} data-testid="capacity-plan">
            <p>
              <strong>
                {t('optimize.capacity.target', {
                  id: p.requirement?.id ?? '',
                  title: p.requirement?.title || p.requirement?.metric || '',
                  qps: fmt(p.targetQps),
                })}
              </strong>{' '}
              {p.servingTarget && (
                <span className="muted">{t('optimize.capacity.on', { target: p.servingTarget.name })}</span>
              )}
            </p>
            {l.machines === null ? (
              <p className="muted small">{t('optimize.capacity.noCount', { run: l.run })}</p>
            ) : (
              <>
                <p className="small">
                  {t('optimize.capacity.measured', {
                    run: l.run,
                    model: l.modelName,
                    ms: fmt(l.latencyBoundMs),
                    qps: fmt(l.serverQps),
                  })}
                </p>
                <p className="capacity-count" data-testid="capacity-machines" data-machines={l.machines}>
                  {t('optimize.capacity.machines', { count: l.machines })}
                  <span className="mono small muted"> · {t('optimize.capacity.formula', { formula: l.formula })}</span>
                </p>
              </>
            )}
            {l.mismatch.map((m) => (
              <p key={m.target} className="banner banner-warn small">
                ⚠ {t('optimize.mismatch.banner', { what: mismatchText(t, m) })}
              </p>
            ))}
            <table className="grid runs-table small">
              <thead>
                <tr>
                  <th>{t('optimize.capacity.model')}</th>
                  <th>{t('optimize.capacity.run')}</th>
                  <th className="num">{t('optimize.capacity.serverQps')}</th>
                  <th className="num">{t('optimize.capacity.count')}</th>
                </tr>
              </thead>
              <tbody>
                {p.candidates.map((c) => (
                  <tr key={c.run} className={c.run === run.id ? 'current' : undefined}>
                    <td>{c.modelName}</td>
                    <td className="mono">{c.run}</td>
                    <td className="num">{fmt(c.serverQps)}</td>
                    <td className="num">{c.machines ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {data.length > 0 && <p className="muted small">{t('optimize.capacity.assumption')}</p>}
    </section>
  );
}
