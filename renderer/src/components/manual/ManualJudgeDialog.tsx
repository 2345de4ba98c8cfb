import './ManualEvidence.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument, Requirement } from '../../../../shared/schema';
import { selectBusy } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { Modal } from '../Modal';
import { ManualEvidence } from './ManualEvidence';
import { FormActions } from '../FormActions';

type Verdict = 'met' | 'unmet';

/** Judging a manual requirement: its evidence, a verdict signed by a team member with a reason. */
export function ManualJudgeDialog({
  req,
  doc,
  onClose,
}: {
  req: Requirement;
  doc: ProjectDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const busy = useAppStore(selectBusy);
  const { run, setProject } = useActions();
  const team = doc.project.team.map((m) => m.name);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [by, setBy] = useState(team[0] ?? '');
  const [reason, setReason] = useState('');
  const judgments = req.manual?.judgments ?? [];

  const judge = async (e: FormEvent) => {
    e.preventDefault();
    if (!verdict) return;
    const view = await run((api) =>
      api.requirements.judge({ id: req.id, verdict, by: by.trim(), reason: reason.trim() }),
    );
    if (view) {
      setProject(view);
      setReason('');
      setVerdict(null);
    }
  };

  return (
    <Modal title={t('manual.title', { id: req.id })} testId="manual-dialog" onClose={onClose} wide>
      <p>
        <strong>{req.title}</strong>
      </p>
      {req.rationale && <p className="muted small">{req.rationale}</p>}
      <ManualEvidence req={req} doc={doc} by={by} />
      <form className="stack-form" onSubmit={(e) => void judge(e)}>
        <div className="row" role="group" aria-label={t('manual.verdictLabel')}>
          <span>{t('manual.verdictLabel')}</span>
          {(['met', 'unmet'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={verdict === v ? 'toggle on' : 'toggle'}
              aria-pressed={verdict === v}
              data-testid={`manual-verdict-${v}`}
              onClick={() => setVerdict(v)}
            >
              {t(`manual.verdict.${v}`)}
            </button>
          ))}
        </div>
        <label>
          {t('manual.by')}
          {team.length > 0 ? (
            <select data-testid="manual-by" value={by} onChange={(e) => setBy(e.target.value)}>
              {team.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input data-testid="manual-by" value={by} onChange={(e) => setBy(e.target.value)} />
          )}
        </label>
        <label>
          {t('manual.reason')}
          <input
            data-testid="manual-reason"
            value={reason}
            placeholder={t('manual.reasonPlaceholder')}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <button
          className="primary"
          data-testid="manual-judge-save"
          disabled={busy || !verdict || !by.trim() || !reason.trim()}
        >
          {t('manual.save')}
        </button>
      </form>
      {judgments.length > 0 && (
        <section aria-labelledby="judgments-title">
          <h3 id="judgments-title">{t('manual.history')}</h3>
          <ul className="evidence-list small" data-testid="manual-judgments">
            {[...judgments].reverse().map((j, i) => (
              <li key={`${j.at}-${i}`}>
                {t('manual.judgmentEntry', {
                  date: j.at.slice(0, 10),
                  verdict: t(`manual.verdict.${j.verdict}`),
                  by: j.by,
                  reason: j.reason,
                })}
                {j.iteration && <span className="mono muted"> {j.iteration}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <FormActions
        className="modal-actions"
        onCancel={onClose}
        cancelLabel={t('manual.done')}
        cancelTestId="manual-done"
      />
    </Modal>
  );
}
