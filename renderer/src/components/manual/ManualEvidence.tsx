import './ManualEvidence.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument, Requirement } from '../../../../shared/schema';
import { selectBusy } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';

type Kind = 'file' | 'note' | 'qa';

/** The evidence behind a manual judgment: files (copied beside the project), notes, Q&A links. */
export function ManualEvidence({ req, doc, by }: { req: Requirement; doc: ProjectDocument; by: string }) {
  const { t } = useTranslation();
  const busy = useAppStore(selectBusy);
  const { run, setProject } = useActions();
  const [kind, setKind] = useState<Kind>('file');
  const [value, setValue] = useState('');
  const evidence = req.manual?.evidence ?? [];

  const attach = async (e: FormEvent) => {
    e.preventDefault();
    const text = value.trim();
    const input =
      kind === 'file'
        ? { id: req.id, kind, path: text, by }
        : kind === 'note'
          ? { id: req.id, kind, text, by }
          : { id: req.id, kind, qa: text, by };
    const r = await run((api) => api.requirements.addEvidence(input));
    if (r) {
      setProject(r.project);
      setValue('');
    }
  };
  const remove = async (index: number) => {
    const view = await run((api) => api.requirements.removeEvidence({ id: req.id, index }));
    if (view) setProject(view);
  };

  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">{t('manual.evidence')}</h3>
      {evidence.length === 0 ? (
        <p className="muted small">{t('manual.noEvidence')}</p>
      ) : (
        <ul className="evidence-list" data-testid="manual-evidence">
          {evidence.map((e, i) => (
            <li key={`${e.addedAt}-${i}`} data-testid={`manual-evidence-${i}`}>
              <span className="badge">{t(`manual.kind.${e.kind}`)}</span>
              <span className={e.kind === 'note' ? '' : 'mono'}>
                {e.kind === 'file' ? e.file : e.kind === 'qa' ? e.qa : e.text}
              </span>
              {e.kind === 'qa' && (
                <span className="muted small">{doc.decisions.find((d) => d.id === e.qa)?.question}</span>
              )}
              <span className="spacer" />
              <button className="link" disabled={busy} onClick={() => void remove(i)}>
                {t('manual.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="evidence-form" onSubmit={(e) => void attach(e)}>
        <label>
          {t('manual.kindLabel')}
          <select data-testid="evidence-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {(['file', 'note', 'qa'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`manual.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t(kind === 'file' ? 'manual.filePath' : kind === 'note' ? 'manual.note' : 'manual.qa')}
          {kind === 'qa' ? (
            <select data-testid="evidence-value" value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">—</option>
              {doc.decisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.id} · {d.question.slice(0, 60)}
                </option>
              ))}
            </select>
          ) : (
            <input
              data-testid="evidence-value"
              value={value}
              placeholder={kind === 'file' ? t('manual.filePlaceholder') : ''}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </label>
        <button data-testid="evidence-attach" disabled={busy || !value.trim()}>
          {t('manual.attach')}
        </button>
      </form>
      {kind === 'file' && <p className="muted small">{t('manual.fileHint')}</p>}
    </section>
  );
}
