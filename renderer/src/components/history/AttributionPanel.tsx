import './AttributionPanel.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeText, movementTexts } from '../../../../shared/present/attribution-text';
import { translator } from '../../../../shared/report-i18n/i18n';
import type { ProjectDocument } from '../../../../shared/schema';
import type { Attribution } from '../../../../shared/contract/present-methods';
import { useActions } from '../../store/StoreContext';

/**
 * What moved each requirement between two consecutive closed iterations, and — after one
 * extra run of the earlier model on the later data — how much of it the data and the model
 * each moved. The wording comes from the same catalogue as the report and the slides.
 */
function PairTable({ from, to, readOnly }: { from: string; to: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { run } = useActions();
  const [a, setA] = useState<Attribution | null>(null);
  const [busy, setBusy] = useState(false);
  const tr = useMemo(() => translator(i18n.language === 'ko' ? 'ko' : 'en'), [i18n.language]);
  useEffect(() => {
    void run((api) => api.present.attribution({ from, to })).then((x) => x && setA(x));
  }, [run, from, to]);
  const split = async () => {
    setBusy(true);
    const x = await run((api) => api.present.attribution({ from, to, run: true }));
    setBusy(false);
    if (x) setA(x);
  };
  if (!a) return null;
  const rows = a.entries.filter((e) => e.total !== 0 || e.changes.some((c) => c.kind === 'target'));
  const bridge = a.entries.find((e) => e.split)?.split;
  return (
    <figure className="card attribution" data-testid={`attribution-${from}-${to}`}>
      <figcaption>{tr.t('attribution.pair', { from, to })}</figcaption>
      <table className="grid">
        <thead>
          <tr>
            {(['requirement', 'from', 'to', 'movement', 'changes', 'dataEffect', 'modelEffect'] as const).map((c) => (
              <th key={c}>{tr.t(`col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            .map((e) => ({ e, m: movementTexts(tr, e) }))
            .map(({ e, m }) => (
              <tr key={e.requirement} data-testid={`attribution-row-${e.requirement}`}>
                <td>
                  <span className="mono">{e.requirement}</span> {e.title}
                </td>
                <td className="num">{tr.num(e.from, e.unit)}</td>
                <td className="num">{tr.num(e.to, e.unit)}</td>
                <td className="num" data-testid="attribution-total">
                  {m.total}
                </td>
                <td>{e.changes.map((c) => changeText(tr, c, e.unit)).join('; ') || tr.t('attribution.unchanged')}</td>
                <td className="num" data-testid="attribution-data">
                  {m.data}
                </td>
                <td className="num" data-testid="attribution-model">
                  {m.model}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {bridge && <p className="muted small">{tr.t('attribution.bridge', { run: bridge.bridgeRun })}</p>}
      {a.bridgeNeeded && (
        <button data-testid={`attribution-split-${to}`} disabled={busy || readOnly} onClick={() => void split()}>
          {busy ? t('history.splitting') : t('history.split')}
        </button>
      )}
    </figure>
  );
}

export function AttributionPanel({ doc, readOnly }: { doc: ProjectDocument; readOnly: boolean }) {
  const { t } = useTranslation();
  const closed = doc.iterations.filter((i) => i.status === 'closed');
  if (closed.length < 2) return null;
  return (
    <section data-testid="attribution-panel">
      <h2 className="section-title">{t('history.attribution')}</h2>
      {closed.slice(1).map((it, i) => (
        <PairTable key={it.id} from={closed[i]!.id} to={it.id} readOnly={readOnly} />
      ))}
    </section>
  );
}
