import { useTranslation } from 'react-i18next';
import type { BoardView as Board } from '../../../shared/contract/board-methods';
import { shortDate } from '../format';
import { selectDoc, selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** "Must 4/5 met · All 7/10 · candidate run RUN-12 (mlp on digits@v3, 3 Nov)" and the open iteration. */
export function BoardHeader({ board }: { board: Board }) {
  const { t, i18n } = useTranslation();
  const doc = useAppStore(selectDoc);
  const project = useAppStore(selectProject);
  const { setCandidate, select } = useActions();
  const run = board.run;
  const doneRuns = doc?.runs.filter((r) => r.status === 'done') ?? [];
  const mustDone = board.must.total > 0 && board.must.met === board.must.total;
  return (
    <div className="board-head" data-testid="board-header">
      <div className="board-tally">
        <span className={mustDone ? 'tally tally-met' : 'tally tally-unmet'} data-testid="board-must">
          {t('board.must', { met: board.must.met, total: board.must.total })}
        </span>
        <span className="sep">·</span>
        <span className="tally" data-testid="board-all">
          {t('board.all', { met: board.all.met, total: board.all.total })}
        </span>
        <span className="sep">·</span>
        {run ? (
          <span data-testid="board-run">
            {t(board.runSource === 'candidate' ? 'board.candidate' : 'board.latest')}{' '}
            <button className="link mono" data-testid="board-run-link" onClick={() => select({ run: run.id }, 'runs')}>
              {run.id}
            </button>{' '}
            <span className="muted">
              (
              {t('board.runOn', {
                model: run.modelName,
                data: run.dataset ? `${run.dataset.name}@v${run.dataset.version}` : t('board.adHoc'),
                date: shortDate(run.startedAt, i18n.language),
              })}
              )
            </span>
          </span>
        ) : (
          <span className="muted" data-testid="board-run">
            {t('board.noRun')}
          </span>
        )}
      </div>
      <div className="board-iteration">
        {board.iteration ? (
          <>
            <span className="badge badge-open" data-testid="board-iteration">
              {t('board.iterationOpen', { name: board.iteration.name })}
            </span>
            <label className="inline">
              <span className="small muted">{t('board.chooseCandidate')}</span>
              <select
                data-testid="board-candidate"
                value={board.runSource === 'candidate' ? (run?.id ?? '') : ''}
                disabled={project?.readOnly}
                onChange={(e) => e.target.value && void setCandidate(e.target.value)}
              >
                <option value="">{t('board.latestRun')}</option>
                {doneRuns.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.id} · {doc?.models.find((m) => m.id === r.model)?.name ?? r.model}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <span className="muted small" data-testid="board-iteration">
            {t('board.noIteration')}
          </span>
        )}
      </div>
    </div>
  );
}
