import './RateDiffTable.css';
import './runs-table.css';
import { useTranslation } from 'react-i18next';
import type { FairComparison } from '../../../../shared/contract/compare-methods';

/**
 * The confusion difference in row-normalised rates (share of each true class), so a run that
 * saw more samples does not look worse for it; the counts behind each rate are on hover.
 */
export function RateDiffTable({ data }: { data: FairComparison }) {
  const { t } = useTranslation();
  const conf = data.confusion;
  if (!conf) return null;
  const classes = data.classes;
  return (
    <>
      <p className="muted small">{t('runs.compare.rateCaption', { a: data.a, b: data.b })}</p>
      <div className="runs-rate-wrap">
        <table className="grid runs-rate-diff" data-testid="confusion-diff">
          <thead>
            <tr>
              <th className="small muted">{t('runs.compare.trueVsPred')}</th>
              {classes.map((c) => (
                <th key={c} className="num mono">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {classes.map((truth, r) => {
              const rowA = conf.a[r] ?? [];
              const rowB = conf.b[r] ?? [];
              const total = rowA.reduce((s, v) => s + v, 0);
              return (
                <tr key={truth}>
                  <th className="mono">{truth}</th>
                  {classes.map((pred, c) => {
                    const ca = rowA[c] ?? 0;
                    const cb = rowB[c] ?? 0;
                    const diff = total > 0 ? (cb - ca) / total : 0;
                    const good = r === c ? diff > 0 : diff < 0;
                    const shown = Math.round(diff * 100);
                    return (
                      <td
                        key={pred}
                        className={shown === 0 ? 'num muted' : `num ${good ? 'rate-better' : 'rate-worse'}`}
                        data-testid="cm-cell"
                        data-truth={truth}
                        data-pred={pred}
                        data-value={diff}
                        data-count-diff={cb - ca}
                        title={t('runs.compare.rateHover', { a: data.a, b: data.b, ca, cb, total })}
                      >
                        {shown === 0 ? '·' : `${shown > 0 ? '+' : '−'}${Math.abs(shown)}%`}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
