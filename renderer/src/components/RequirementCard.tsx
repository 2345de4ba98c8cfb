import './RequirementCard.css';
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { ProjectDocument } from '../../../shared/schema';
import { MANUAL_METRIC } from '../../../shared/metric-keys';
import type { BoardCardView as BoardCard, TrendPair } from '../../../shared/contract/board-methods';
import { fmt, opSymbol, pct, withUnit } from '../format';
import { intervalText } from '../format-interval';
import { useActions } from '../store/StoreContext';
import { Sparkline } from './charts/Sparkline';
import { trendText } from './charts/trend-text';
import { ManualVerdict } from './manual/ManualVerdict';
import { mismatchText } from './runs/mismatch-text';
import { servingMismatch, type ServingMismatch } from '../../../shared/serving-mismatch';

/**
 * The sketch's "⚠ measured on 2 cores; the target laptop has 4": a speed figure measured on
 * other hardware or threads than the serving target its requirement names.
 */
function hardwareWarning(card: BoardCard, doc: ProjectDocument): ServingMismatch | null {
  if (card.kind !== 'speed' || !card.evidenceRef.run) return null;
  const req = doc.requirements.find((r) => r.id === card.requirement);
  const st = req?.servingTarget ? doc.servingTargets.find((s) => s.id === req.servingTarget) : undefined;
  const run = doc.runs.find((r) => r.id === card.evidenceRef.run);
  return run && st ? servingMismatch(run.environment, st) : null;
}

/** One requirement on the board: value vs target, gap, priority, trend and evidence. */
export const RequirementCard = memo(function RequirementCard({
  card,
  doc,
  withNow,
  t,
  onJudge,
}: {
  card: BoardCard;
  doc: ProjectDocument;
  /** Passed down rather than `useTranslation` per card: 300 subscriptions cost the board ~10 ms. */
  t: TFunction;
  /** Whether the current value is a new point (not just the last closed iteration again). */
  withNow: boolean;
  /** Opens the judging panel of a manual requirement (kept by the screen, so it outlives a board reload). */
  onJudge?: (requirement: string) => void;
}) {
  const { select, project } = useActions();
  const req = doc.requirements.find((r) => r.id === card.requirement);
  const manual = card.metric === MANUAL_METRIC;
  const scope = req?.scope;
  const scopeText = scope?.dataset
    ? `${scope.dataset}${scope.version ? `@v${scope.version}` : ''}${scope.split ? `:${scope.split}` : ''}${scope.slice ? ` · ${scope.slice}` : ''}`
    : scope?.slice
      ? scope.slice
      : '';
  const warn = hardwareWarning(card, doc);
  const ev = card.evidenceRef;
  const points: TrendPair[] =
    withNow || card.trend.length === 0 ? [...card.trend, [card.value, card.target]] : card.trend;
  return (
    <article
      className={`req-card status-${card.status}`}
      data-testid={`board-card-${card.requirement}`}
      data-status={card.status}
      data-noise={card.withinNoise ? 'true' : 'false'}
      aria-label={`${card.requirement} ${card.title}`}
    >
      <header>
        <span className="mono muted">{card.requirement}</span>
        <strong className="req-card-title">{card.title}</strong>
        <span className={`badge badge-${card.priority}`}>{t(`priority.${card.priority}`)}</span>
      </header>
      <div className="mono small muted">
        {card.metric}
        {scopeText && <> · {scopeText}</>}
      </div>
      {manual && (
        <ManualVerdict
          card={card}
          req={req}
          doc={doc}
          t={t}
          readOnly={project?.readOnly ?? true}
          onJudge={() => onJudge?.(card.requirement)}
        />
      )}
      <div className="req-card-figures" hidden={manual}>
        <span className="req-value" data-testid={`card-value-${card.requirement}`}>
          {withUnit(card.value, card.unit)}
        </span>
        <span className="muted">
          {t('board.target')} {opSymbol(card.op)} {withUnit(card.target, card.unit)}
        </span>
        {card.status === 'unmet' && (
          <span className="req-gap" data-testid={`card-gap-${card.requirement}`}>
            {t('board.gap')} {withUnit(card.gap, card.unit)}{' '}
            {card.relGap !== null && <span className="muted">({pct(card.relGap)})</span>}
          </span>
        )}
        {card.status === 'met' && <span className="req-met">✓ {t('board.status.met')}</span>}
      </div>
      {card.interval && (
        <div className="req-card-ci small" data-testid={`card-interval-${card.requirement}`}>
          <span className="muted">{t('board.interval')}</span> {intervalText(card.interval, card.unit)}
          {card.withinNoise && (
            <span className="badge badge-noise" data-testid={`card-noise-${card.requirement}`}>
              {t('board.withinNoise')}
            </span>
          )}
        </div>
      )}
      <div className="req-card-trend">
        <Sparkline
          points={points}
          status={card.status}
          label={t('board.trendLabel', { n: card.trend.length, value: fmt(card.value) })}
          description={trendText(points, withNow, card.unit, t)}
        />
        <span className="small muted">
          {card.trend.length === 0
            ? t('board.noTrend')
            : t(withNow ? 'board.overIterationsNow' : 'board.overIterations', { n: card.trend.length })}
        </span>
      </div>
      {warn && (
        <div className="req-warn small" data-testid={`card-warn-${card.requirement}`}>
          ⚠ {mismatchText(t, warn)}
        </div>
      )}
      <footer className="small">
        <span className="muted">{t('board.evidence')}:</span>{' '}
        {ev.run && (
          <button
            className="link"
            data-testid={`evidence-run-${card.requirement}`}
            onClick={() => select({ run: ev.run }, 'runs')}
          >
            {ev.run}
          </button>
        )}
        {ev.run && ev.dataset && ' · '}
        {ev.dataset && (
          <button
            className="link"
            data-testid={`evidence-data-${card.requirement}`}
            onClick={() => select({ dataset: { name: ev.dataset!.name, version: ev.dataset!.version } }, 'data')}
          >
            {ev.dataset.name}@v{ev.dataset.version}
          </button>
        )}
        {ev.reason && !manual && <span className="muted"> {ev.reason}</span>}
        {manual && (
          <span className="muted"> {t('manual.evidenceCount', { count: req?.manual?.evidence.length ?? 0 })}</span>
        )}
        {card.decisions.length > 0 && (
          <span className="req-qa">
            {card.decisions.map((id) => (
              <button
                key={id}
                className="qa-chip"
                data-testid={`card-qa-${card.requirement}-${id}`}
                title={doc.decisions.find((d) => d.id === id)?.question}
                onClick={() => select({ decision: id }, 'qa')}
              >
                {id}
              </button>
            ))}
          </span>
        )}
      </footer>
    </article>
  );
});
