import './BoardHeader.css';
import { useTranslation } from 'react-i18next';
import type { BoardView as Board } from '../../../shared/contract/board-methods';
import { shortDate } from '../format';
import { selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/**
 * "Must 2 met · 1 not met · 3 untested · 1 within noise · All 7/10 met · candidate RUN-12 (mlp
 * on digits@v3:test, 3 Nov)", what newer runs exist, and the open iteration.
 */
export function BoardHeader({ board }: { board: Board }) {
  const { t, i18n } = useTranslation();
  const project = useAppStore(selectProject);
  const { setCandidate, select } = useActions();
  const run = board.run;
  const c = board.must.counts;
  const mustDone = board.must.total > 0 && c.met === board.must.total;
  const newest = board.newerRuns.at(-1);
  return (
    <div className="board-head" data-testid="board-header">
      <div className="board-tally">
        <span
          className={mustDone ? 'tally tally-met' : 'tally tally-unmet'}
          data-testid="board-must"
          data-met={c.met}
          data-unmet={c.unmet}
          data-untested={c.untested}
          data-noise={c.withinNoise}
        >
          {t('board.mustCounts', { ...c })}
        </span>
        <span className="sep">·</span>
        <span className="tally" data-testid="board-all">
          {t('board.all', { met: board.all.met, total: board.all.total })}
        </span>
        <span className="sep">·</span>
        {run ? (
          <span data-testid="board-run" data-source={board.runSource}>
            {t(board.runSource === 'candidate' ? 'board.candidate' : 'board.latestNoCandidate')}{' '}
            <button className="link mono" data-testid="board-run-link" onClick={() => select({ run: run.id }, 'runs')}>
              {run.id}
            </button>{' '}
            <span className="muted">
              (
              {t('board.runOn', {
                model: run.modelName,
                data: run.dataset
                  ? `${run.dataset.name}@v${run.dataset.version}${run.dataset.split ? `:${run.dataset.split}` : ''}`
                  : t('board.adHoc'),
                date: shortDate(run.startedAt, i18n.language),
              })}
              )
            </span>
            {board.includesTraining && (
              <span className="badge badge-warn" data-testid="board-run-training">
                {t('runs.training.badge')}
              </span>
            )}
          </span>
        ) : (
          <span className="muted" data-testid="board-run">
            {t('board.noRun')}
          </span>
        )}
      </div>
      <div className="board-iteration">
        {run && newest && (
          <span className="small" data-testid="board-newer" data-run={newest}>
            {t('board.newer', { run: newest, count: board.newerRuns.length })}{' '}
            <button
              className="link"
              data-testid="board-newer-compare"
              onClick={() => select({ compare: [run.id, newest] }, 'runs')}
            >
              {t('board.compare')}
            </button>
            {' · '}
            <button
              className="link"
              data-testid="board-newer-candidate"
              disabled={project?.readOnly}
              onClick={() => void setCandidate(newest)}
            >
              {t('runs.candidate.make')}
            </button>
          </span>
        )}
        {board.iteration ? (
          <span className="badge badge-open" data-testid="board-iteration">
            {t('board.iterationOpen', { name: board.iteration.name })}
          </span>
        ) : (
          <span className="muted small" data-testid="board-iteration">
            {t('board.noIteration')}
          </span>
        )}
      </div>
    </div>
  );
}
