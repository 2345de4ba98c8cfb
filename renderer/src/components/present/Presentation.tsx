import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import type { BoardView as Board, ProjectHistory } from '../../../../shared/contract/board-methods';
import { IterationSlide, OverviewSlide } from './Slides';
import { TradeoffSlide } from './TradeoffSlide';

// Space is left out: on a focused nav button it would also click it.
const NEXT = new Set(['ArrowRight', 'PageDown', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

/**
 * Full-screen slides of the iteration story: the overview, one slide per iteration, then the
 * trade-off between quality and speed.
 * Arrow keys / Page Up / Page Down move, Home / End jump, Esc leaves.
 */
export function Presentation({
  doc,
  board,
  history,
  onExit,
}: {
  doc: ProjectDocument;
  board: Board;
  history: ProjectHistory;
  onExit: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const iterations = doc.iterations;
  // The overview, one slide per iteration, and the trade-off last.
  const count = 2 + iterations.length;
  const [index, setIndex] = useState(0);
  const go = useCallback((i: number) => setIndex(Math.max(0, Math.min(count - 1, i))), [count]);

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    // Native full screen where the host allows it; the overlay already covers the window otherwise.
    el?.requestFullscreen?.().catch(() => undefined);
    const onFs = () => {
      if (!document.fullscreenElement) onExit();
    };
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      document.removeEventListener('fullscreenchange', onFs);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);

  const onKey = (e: React.KeyboardEvent) => {
    if (NEXT.has(e.key)) go(index + 1);
    else if (PREV.has(e.key)) go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(count - 1);
    else if (e.key === 'Escape') onExit();
    else return;
    e.preventDefault();
  };

  const it = index > 0 ? iterations[index - 1] : undefined;
  return (
    <div
      ref={ref}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.title')}
      tabIndex={-1}
      onKeyDown={onKey}
      data-testid="presentation"
    >
      <section className="slide" data-testid="present-slide" data-index={index} aria-live="polite">
        {index === count - 1 ? (
          <TradeoffSlide />
        ) : it ? (
          <IterationSlide
            it={it}
            previous={iterations[index - 2]}
            {...(it.status === 'open' ? { rows: board.cards } : {})}
          />
        ) : (
          <OverviewSlide doc={doc} board={board} history={history} />
        )}
      </section>
      <nav className="slide-nav">
        <button
          data-testid="present-prev"
          disabled={index === 0}
          onClick={() => go(index - 1)}
          aria-label={t('present.prev')}
        >
          ←
        </button>
        <span className="muted" data-testid="present-counter">
          {index + 1} / {count}
        </span>
        <button
          data-testid="present-next"
          disabled={index === count - 1}
          onClick={() => go(index + 1)}
          aria-label={t('present.next')}
        >
          →
        </button>
        <button data-testid="present-exit" onClick={onExit}>
          {t('present.exit')}
        </button>
      </nav>
    </div>
  );
}
