import { useTranslation } from 'react-i18next';
import type { Iteration, ProjectDocument, ScorecardRow } from '../../../../shared/schema';
import type { BoardView as Board, ProjectHistory } from '../../../../shared/contract/board-methods';
import { opSymbol, shortDate, withUnit } from '../../format';
import { BurndownChart } from '../charts/BurndownChart';

const tally = (rows: readonly Pick<ScorecardRow, 'priority' | 'status'>[]) => ({
  mustMet: rows.filter((r) => r.priority === 'must' && r.status === 'met').length,
  must: rows.filter((r) => r.priority === 'must').length,
  allMet: rows.filter((r) => r.status === 'met').length,
  all: rows.length,
});

/** The first slide: the service, where the requirements stand now, and the burndown so far. */
export function OverviewSlide({
  doc,
  board,
  history,
}: {
  doc: ProjectDocument;
  board: Board;
  history: ProjectHistory;
}) {
  const { t } = useTranslation();
  return (
    <div className="slide-body">
      <h1>{doc.project.name}</h1>
      {doc.project.description && <p className="slide-lead">{doc.project.description}</p>}
      <p className="slide-tally">
        {t('board.must', { met: board.must.met, total: board.must.total })} ·{' '}
        {t('board.all', { met: board.all.met, total: board.all.total })}
      </p>
      <div className="slide-cols">
        <ul className="slide-reqs">
          {board.cards.map((c) => (
            <li key={c.requirement}>
              <span className={`status-pill status-${c.status}`}>{t(`board.status.${c.status}`)}</span>{' '}
              <span className="mono">{c.requirement}</span> {c.title}{' '}
              <span className="muted">{withUnit(c.value, c.unit)}</span>
            </li>
          ))}
        </ul>
        {history.burndown.length > 0 && (
          <BurndownChart
            points={history.burndown}
            iterations={history.iterations}
            labels={{ must: t('history.unmetMust'), should: t('history.unmetShould'), title: t('history.burndown') }}
          />
        )}
      </div>
    </div>
  );
}

/** One iteration: what changed and why, and its frozen scorecard with the movement since the last one. */
export function IterationSlide({
  it,
  previous,
  rows = it.scorecard,
}: {
  it: Iteration;
  previous?: Iteration | undefined;
  /** An open iteration has no frozen scorecard yet: the board's current rows stand in. */
  rows?: readonly ScorecardRow[];
}) {
  const { t, i18n } = useTranslation();
  const n = tally(rows);
  const before = new Map(previous?.scorecard.map((r) => [r.requirement, r]));
  return (
    <div className="slide-body">
      <h1>
        {it.name}{' '}
        <span className="muted small">
          {it.status === 'open' ? t('present.open') : shortDate(it.closedAt ?? it.startedAt, i18n.language)}
        </span>
      </h1>
      <p className="slide-tally">
        {t('board.must', { met: n.mustMet, total: n.must })} · {t('board.all', { met: n.allMet, total: n.all })}
        {it.candidateRun && <span className="muted"> · {t('present.candidate', { run: it.candidateRun })}</span>}
        {it.datasets.length > 0 && (
          <span className="muted"> · {it.datasets.map((d) => `${d.name}@v${d.version}`).join(', ')}</span>
        )}
      </p>
      {it.notes && <p className="slide-lead">{it.notes}</p>}
      <table className="slide-table">
        <tbody>
          {rows.map((r) => {
            const prev = before.get(r.requirement);
            const moved =
              prev && prev.status !== r.status ? (r.status === 'met' ? 'up' : prev.status === 'met' ? 'down' : '') : '';
            return (
              <tr key={r.requirement} className={`status-${r.status}`}>
                <td>
                  <span className={`status-pill status-${r.status}`}>{t(`board.status.${r.status}`)}</span>
                </td>
                <td className="mono">{r.requirement}</td>
                <td>{r.title}</td>
                <td className="mono">{withUnit(r.value, r.unit)}</td>
                <td className="mono muted">
                  {opSymbol(r.op)} {withUnit(r.target, r.unit)}
                </td>
                <td>{moved && <span className={`move move-${moved}`}>{t(`present.moved.${moved}`)}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
