import './ManualEvidence.css';
import '../RequirementCard.css';
import type { TFunction } from 'i18next';
import type { ProjectDocument, Requirement } from '../../../../shared/schema';
import type { BoardCardView } from '../../../../shared/contract/board-methods';

/** A manual requirement's place on a board card: the verdict and who gave it, or what is missing. */
export function ManualVerdict({
  card,
  req,
  doc,
  t,
  onJudge,
  readOnly,
}: {
  card: BoardCardView;
  req: Requirement | undefined;
  doc: ProjectDocument;
  t: TFunction;
  onJudge: () => void;
  readOnly: boolean;
}) {
  const j = card.evidenceRef.judgment;
  const latest = doc.iterations.at(-1);
  const again = !j && (req?.manual?.judgments.length ?? 0) > 0 && latest;
  return (
    <div className="req-card-figures manual-verdict" data-testid={`manual-verdict-${card.requirement}`}>
      <span className="req-value" data-testid={`manual-value-${card.requirement}`}>
        {j
          ? t(`manual.verdict.${j.verdict}`)
          : again
            ? t('manual.judgeAgain', { iteration: latest.id })
            : t('manual.notJudged')}
      </span>
      {j && <span className="muted small">{t('manual.judged', { by: j.by, date: j.at.slice(0, 10) })}</span>}
      {j && <span className="small">{j.reason}</span>}
      <span>
        <button data-testid={`manual-judge-${card.requirement}`} disabled={readOnly} onClick={onJudge}>
          {t('manual.judge')}
        </button>
      </span>
    </div>
  );
}
