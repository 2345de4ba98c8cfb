import './IterationList.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Iteration } from '../../../shared/schema';
import { fmt, opSymbol, shortDate, withUnit } from '../format';

const tallyOf = (it: Iteration) => {
  const must = it.scorecard.filter((r) => r.priority === 'must');
  return {
    mustMet: must.filter((r) => r.status === 'met').length,
    must: must.length,
    allMet: it.scorecard.filter((r) => r.status === 'met').length,
    all: it.scorecard.length,
  };
};

/** Iterations, newest first; a closed one unfolds into its frozen scorecard. */
export function IterationList({ iterations }: { iterations: Iteration[] }) {
  const { t, i18n } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <ol className="iteration-list" data-testid="iteration-list">
      {[...iterations].reverse().map((it) => {
        const n = tallyOf(it);
        const expanded = openId === it.id;
        return (
          <li key={it.id} data-testid={`iteration-${it.id}`} data-status={it.status}>
            <button
              className="iteration-row"
              aria-expanded={expanded}
              onClick={() => setOpenId(expanded ? null : it.id)}
            >
              <span className="mono muted">{it.id}</span>
              <strong>{it.name}</strong>
              <span className={`badge badge-${it.status === 'open' ? 'open' : 'closed'}`}>
                {t(`history.status.${it.status}`)}
              </span>
              <span className="muted small">{shortDate(it.closedAt ?? it.startedAt, i18n.language)}</span>
              {it.status === 'closed' && (
                <span className="small" data-testid={`iteration-tally-${it.id}`}>
                  {t('board.must', { met: n.mustMet, total: n.must })} ·{' '}
                  {t('board.all', { met: n.allMet, total: n.all })}
                </span>
              )}
              <span className="mono small muted">{it.candidateRun ?? ''}</span>
              <span className="spacer" />
              {it.status === 'closed' && <span aria-hidden>{expanded ? '▾' : '▸'}</span>}
            </button>
            {it.notes && <p className="small iteration-notes">{it.notes}</p>}
            {expanded && it.status === 'closed' && (
              <table className="grid scorecard" data-testid={`scorecard-${it.id}`}>
                <thead>
                  <tr>
                    <th>{t('requirements.id')}</th>
                    <th>{t('requirements.name')}</th>
                    <th>{t('requirements.metric')}</th>
                    <th>{t('history.value')}</th>
                    <th>{t('requirements.target')}</th>
                    <th>{t('board.gap')}</th>
                    <th>{t('history.statusCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  {it.scorecard.map((r) => (
                    <tr key={r.requirement}>
                      <td className="mono">{r.requirement}</td>
                      <td>{r.title}</td>
                      <td className="mono">{r.metric}</td>
                      <td className="mono">{withUnit(r.value, r.unit)}</td>
                      <td className="mono">
                        {opSymbol(r.op)} {withUnit(r.target, r.unit)}
                      </td>
                      <td className="mono">{r.gap ? fmt(r.gap) : ''}</td>
                      <td>
                        <span className={`status-pill status-${r.status}`}>{t(`board.status.${r.status}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
