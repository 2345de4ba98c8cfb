import './Board.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardView as BoardData, BoardCardView as BoardCard } from '../../../shared/contract/board-methods';
import { BoardHeader } from '../components/BoardHeader';
import { ManualJudgeDialog } from '../components/manual/ManualJudgeDialog';
import { RequirementCard } from '../components/RequirementCard';
import { useLoaded } from '../hooks/useLoaded';
import { selectBoard, selectDoc } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

type GroupBy = 'status' | 'kind';
const STATUS_ORDER = ['unmet', 'met', 'untested'] as const;
const KIND_ORDER = ['quality', 'speed', 'size', 'data'] as const;

/** A project's home: which requirements are met, which are not, by how much, and the trend. */
export function Board() {
  const { t } = useTranslation();
  const { loadBoard } = useActions();
  const board = useLoaded(selectBoard, loadBoard);
  const doc = useAppStore(selectDoc);
  const [groupBy, setGroupBy] = useState<GroupBy>('status');
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  const [judging, setJudging] = useState<string | null>(null);

  const groups = useMemo(() => (board ? grouped(board, groupBy) : []), [board, groupBy]);
  if (!doc) return null;
  const judgedReq = judging ? doc.requirements.find((r) => r.id === judging) : undefined;
  const lastClosed = doc.iterations.findLast((i) => i.status === 'closed');
  const withNow = board?.iteration != null || lastClosed?.candidateRun !== board?.run?.id;
  return (
    <main className="screen board" data-testid="screen-board" data-app-state={board ? 'ready' : 'loading'}>
      {/* The header's figures say which board this is; the heading names the screen for screen readers. */}
      <h1 className="sr-only">{t('nav.board')}</h1>
      {board && (
        <>
          <BoardHeader board={board} />
          <div className="board-tools" role="group" aria-label={t('board.groupBy')}>
            <span className="muted small">{t('board.groupBy')}</span>
            {(['status', 'kind'] as const).map((g) => (
              <button
                key={g}
                className={groupBy === g ? 'toggle on' : 'toggle'}
                aria-pressed={groupBy === g}
                data-testid={`board-group-by-${g}`}
                onClick={() => setGroupBy(g)}
              >
                {t(`board.by.${g}`)}
              </button>
            ))}
          </div>
          {board.cards.length === 0 && (
            <p className="muted" data-testid="board-empty">
              {t('board.empty')}
            </p>
          )}
          {groups.map(({ key, cards }) => {
            const closed = collapsed[key] ?? false;
            return (
              <section
                key={key}
                className={`board-group group-${key}`}
                data-testid={`board-group-${key}`}
                data-count={cards.length}
              >
                <h2>
                  <button
                    className="group-toggle"
                    aria-expanded={!closed}
                    data-testid={`board-group-toggle-${key}`}
                    onClick={() => setCollapsed((c) => ({ ...c, [key]: !closed }))}
                  >
                    {t(groupBy === 'status' ? `board.status.${key}` : `board.kind.${key}`)}{' '}
                    <span className="muted">({cards.length})</span> {closed ? '▸' : '▾'}
                  </button>
                </h2>
                {!closed && (
                  <div className="card-grid">
                    {cards.map((c) => (
                      <RequirementCard
                        key={c.requirement}
                        card={c}
                        doc={doc}
                        withNow={withNow}
                        t={t}
                        onJudge={setJudging}
                      />
                    ))}
                  </div>
                )}
              </section>
            );
          })}
        </>
      )}
      {judgedReq && <ManualJudgeDialog req={judgedReq} doc={doc} onClose={() => setJudging(null)} />}
    </main>
  );
}

function grouped(board: BoardData, by: GroupBy): { key: string; cards: BoardCard[] }[] {
  const index = new Map(board.cards.map((c) => [c.requirement, c]));
  const pick = (ids: string[]) => ids.map((id) => index.get(id)!);
  if (by === 'status')
    return STATUS_ORDER.map((k) => ({ key: k, cards: pick(board.byStatus[k]) })).filter((g) => g.cards.length);
  return KIND_ORDER.map((k) => ({ key: k, cards: pick(board.byKind[k]) })).filter((g) => g.cards.length);
}
