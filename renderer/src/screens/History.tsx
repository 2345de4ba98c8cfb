import './History.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BurndownChart, CostQualityChart, SeriesChart } from '../components/charts/HistoryCharts';
import { AttributionPanel } from '../components/history/AttributionPanel';
import { IterationForm, type IterationDraft } from '../components/IterationForm';
import { IterationList } from '../components/IterationList';
import { useLoaded } from '../hooks/useLoaded';
import { selectDoc, selectHistory, selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** Iterations (start, close → frozen scorecards) and the gaps closing over them. */
export function History() {
  const { t } = useTranslation();
  const { loadHistory, startIteration, closeIteration } = useActions();
  const history = useLoaded(selectHistory, loadHistory);
  const doc = useAppStore(selectDoc);
  const project = useAppStore(selectProject);
  const [form, setForm] = useState<'start' | 'close' | null>(null);
  const [filter, setFilter] = useState('');
  const series = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const all = history?.requirements ?? [];
    return q ? all.filter((s) => `${s.id} ${s.title} ${s.metric}`.toLowerCase().includes(q)) : all;
  }, [history, filter]);
  if (!doc) return null;
  const open = doc.iterations.find((i) => i.status === 'open');
  const readOnly = project?.readOnly ?? true;

  const submit = async (d: IterationDraft) => {
    const ok =
      form === 'start'
        ? await startIteration({
            name: d.name,
            notes: d.notes,
            datasets: d.datasets,
            ...(d.run ? { candidateRun: d.run } : {}),
          })
        : await closeIteration({
            name: d.name,
            notes: d.notes,
            datasets: d.datasets,
            ...(d.run ? { run: d.run } : {}),
          });
    if (ok) setForm(null);
  };

  return (
    <main className="screen history" data-testid="screen-history" data-app-state={history ? 'ready' : 'loading'}>
      <div className="screen-head">
        <h1>{t('history.title')}</h1>
        <div className="row">
          {!open && (
            <button data-testid="iteration-start" disabled={readOnly || form !== null} onClick={() => setForm('start')}>
              {t('history.start')}
            </button>
          )}
          <button
            className="primary"
            data-testid="iteration-close"
            disabled={readOnly || form !== null}
            onClick={() => setForm('close')}
          >
            {open ? t('history.closeNamed', { name: open.name }) : t('history.closeNew')}
          </button>
        </div>
      </div>
      {form && (
        <IterationForm
          key={form}
          mode={form}
          doc={doc}
          {...(form === 'close' && open ? { open } : {})}
          onSubmit={(d) => void submit(d)}
          onCancel={() => setForm(null)}
        />
      )}
      {history && (
        <>
          {history.iterations.length === 0 ? (
            <p className="muted" data-testid="history-empty">
              {t('history.empty')}
            </p>
          ) : (
            <div className="chart-row">
              <figure className="card chart-card">
                <figcaption>{t('history.burndown')}</figcaption>
                <BurndownChart history={history} />
              </figure>
              <figure className="card chart-card">
                <figcaption>{t('history.costVsQuality', { metric: history.qualityMetric })}</figcaption>
                {history.costVsQuality.some((p) => p.cumulativeCost !== null && p.quality !== null) ? (
                  <CostQualityChart history={history} />
                ) : (
                  <p className="muted small">{t('history.noCost')}</p>
                )}
              </figure>
            </div>
          )}
          {history.iterations.length > 0 && (
            <>
              <div className="screen-head sub">
                <h2>{t('history.perRequirement')}</h2>
                <input
                  className="filter"
                  data-testid="history-filter"
                  placeholder={t('history.filter')}
                  aria-label={t('history.filter')}
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                />
              </div>
              <div className="series-grid">
                {series.map((s) => (
                  <figure key={s.id} className={`card series-card${s.current ? '' : ' retired'}`}>
                    <figcaption>
                      <span className="mono muted">{s.id}</span> {s.title}{' '}
                      <span className="mono small muted">{s.metric}</span>
                      {!s.current && <span className="badge">{t('history.retired')}</span>}
                    </figcaption>
                    <SeriesChart series={s} history={history} />
                  </figure>
                ))}
              </div>
            </>
          )}
          <AttributionPanel doc={doc} readOnly={readOnly} />
          <h2 className="section-title">{t('history.iterations')}</h2>
          {doc.iterations.length > 0 ? (
            <IterationList iterations={doc.iterations} />
          ) : (
            <p className="muted">{t('history.noIterations')}</p>
          )}
        </>
      )}
    </main>
  );
}
