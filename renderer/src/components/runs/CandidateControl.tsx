import { useTranslation } from 'react-i18next';
import type { ProjectDocument, Run } from '../../../../shared/schema';
import { useActions } from '../../store/StoreContext';

/**
 * "Make candidate" for a finished run, or the badge saying it is the one the board scores.
 * The choice stays until changed: recording a newer run never replaces it.
 */
export function CandidateControl({ run, doc, readOnly }: { run: Run; doc: ProjectDocument; readOnly: boolean }) {
  const { t } = useTranslation();
  const { setCandidate } = useActions();
  if (run.status !== 'done') return null;
  if (doc.candidate?.run === run.id)
    return (
      <span className="badge badge-candidate" data-testid="run-candidate-badge" data-run={run.id}>
        {t('runs.candidate.badge')}
      </span>
    );
  return (
    <button
      data-testid="run-make-candidate"
      data-run={run.id}
      disabled={readOnly}
      title={t('runs.candidate.hint')}
      onClick={() => void setCandidate(run.id)}
    >
      {t('runs.candidate.make')}
    </button>
  );
}
