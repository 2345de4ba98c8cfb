import './MergeDialog.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../../shared/contract';
import { selectBusy, selectInfo } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { Modal } from '../Modal';
import { MergeConflicts } from './MergeConflicts';
import { FormActions } from '../FormActions';

/** File → Merge…: preview what a teammate's copy brings, settle each conflict, merge. */
export function MergeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const busy = useAppStore(selectBusy);
  const info = useAppStore(selectInfo);
  const { run, setProject, notify } = useActions();
  const [theirs, setTheirs] = useState('');
  const [base, setBase] = useState('');
  const [report, setReport] = useState<MergeReport | null>(null);
  const [resolutions, setResolutions] = useState<Record<string, 'mine' | 'theirs'>>({});
  const args = () => ({ theirs: theirs.trim(), ...(base.trim() ? { base: base.trim() } : {}) });

  const preview = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run((api) => api.merge.preview(args()));
    if (r) {
      setReport(r);
      setResolutions({});
    }
  };
  const apply = async () => {
    const r = await run((api) => api.merge.apply({ ...args(), resolutions }));
    if (!r) return;
    setProject(r.project);
    notify({ kind: 'info', message: t('merge.merged', { file: theirs.trim().split(/[\\/]/).pop() }) });
    onClose();
  };
  const browse = async (apply: (p: string) => void) => {
    const picked = await run((api) => api.host.pickPath({ kind: 'open' }));
    if (picked?.path) apply(picked.path);
  };
  const open = report ? report.conflicts.filter((c) => !resolutions[c.key]).length : 0;
  const empty =
    report &&
    !report.conflicts.length &&
    !report.taken.length &&
    !report.updated.length &&
    !report.deleted.length &&
    !report.renumbered.length;
  const line = (key: string, items: string[], testId: string) =>
    items.length > 0 && (
      <p className="small" data-testid={testId}>
        {t(key, { list: items.join(', ') })}
      </p>
    );

  return (
    <Modal title={t('merge.title')} testId="merge-dialog" onClose={onClose} wide>
      <p className="muted small">{t('merge.intro')}</p>
      <form className="merge-form" onSubmit={(e) => void preview(e)}>
        {(
          [
            ['merge.theirs', theirs, setTheirs, 'merge-theirs-path'],
            ['merge.base', base, setBase, 'merge-base-path'],
          ] as const
        ).map(([label, value, set, testId]) => (
          <label key={testId}>
            {t(label)}
            <span className="row">
              <input data-testid={testId} value={value} onChange={(e) => set(e.target.value)} />
              {info?.nativeDialogs && (
                <button type="button" onClick={() => void browse(set)}>
                  {t('actions.browse')}
                </button>
              )}
            </span>
          </label>
        ))}
        <p className="muted small">{t('merge.baseHint')}</p>
        <button data-testid="merge-preview" disabled={busy || !theirs.trim()}>
          {t('merge.preview')}
        </button>
      </form>
      {report && (
        <section className="merge-report" data-testid="merge-report" data-open-conflicts={open}>
          {empty && <p>{t('merge.nothing')}</p>}
          {line(
            'merge.taken',
            report.taken.map((x) => x.id),
            'merge-taken',
          )}
          {line(
            'merge.updated',
            report.updated.map((x) => x.id),
            'merge-updated',
          )}
          {line(
            'merge.deleted',
            report.deleted.map((d) => t('merge.deletedBy', { id: d.id, by: t(`merge.side.${d.by}`) })),
            'merge-deleted',
          )}
          {line(
            'merge.renumbered',
            report.renumbered.map((r) => `${r.from} → ${r.to}`),
            'merge-renumbered',
          )}
          {line(
            'merge.missing',
            report.missingFiles.map((m) => m.path),
            'merge-missing',
          )}
          {report.warnings.map((w) => (
            <p key={w} className="small req-warn">
              ⚠ {w}
            </p>
          ))}
          {report.conflicts.length === 0 ? (
            !empty && <p data-testid="merge-clean">{t('merge.clean')}</p>
          ) : (
            <>
              <p>
                <strong>{t('merge.conflicts', { count: report.conflicts.length, open })}</strong>
              </p>
              <MergeConflicts
                conflicts={report.conflicts}
                resolutions={resolutions}
                onResolve={(key, side) => setResolutions((r) => ({ ...r, [key]: side }))}
              />
            </>
          )}
        </section>
      )}
      <FormActions
        className="modal-actions"
        busy={busy}
        primary={{
          label: t('merge.apply'),
          testId: 'merge-apply',
          disabled: !report || open > 0 || Boolean(empty),
          disabledReason: !report
            ? t('merge.previewFirst')
            : open > 0
              ? t('merge.settleFirst', { open })
              : t('merge.nothing'),
          onClick: () => void apply(),
        }}
        onCancel={onClose}
        cancelTestId="merge-cancel"
      />
    </Modal>
  );
}
