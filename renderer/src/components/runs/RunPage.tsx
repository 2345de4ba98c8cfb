import './RunPage.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument, Run } from '../../../../shared/schema';
import { includesTraining } from '../../../../shared/training-data';
import { shortDate } from '../../format';
import { useTabList } from '../../hooks/useTabList';
import { ScrollSection } from '../ScrollSection';
import { useActions } from '../../store/StoreContext';
import { CandidateControl } from './CandidateControl';
import { ClassTable } from './ClassTable';
import { ConfusionHeatmap } from './ConfusionHeatmap';
import { EnvironmentPanel } from './EnvironmentPanel';
import { ErrorGallery, NO_FILTER, type GalleryFilter } from './ErrorGallery';
import { dataText, duration, modelName } from './format-run';
import { LatencyHistogram } from './LatencyHistogram';
import { MetricsTable, SliceTable } from './MetricsTable';
import { StatusBadge } from './RunList';
import { CapacityPanel } from './CapacityPanel';
import { mismatchText } from './mismatch-text';
import { VariantPanel } from './VariantPanel';
import { runMismatches } from '../../../../shared/serving-mismatch';

const TABS = ['summary', 'errors'] as const;
type Tab = (typeof TABS)[number];

/**
 * One run: metrics, confusion heatmap, per-class table, latency histogram and environment on
 * the summary tab; the error gallery on the other. Everything but the per-sample predictions
 * is in the project view already, so the summary renders without asking the core; the
 * gallery pages through the predictions on demand.
 */
export function RunPage({ run, doc, readOnly }: { run: Run; doc: ProjectDocument; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { run: call, setProject } = useActions();
  const [tab, setTab] = useState<Tab>('summary');
  const tabs = useTabList(TABS, tab, setTab);
  const [filter, setFilter] = useState<GalleryFilter>(NO_FILTER);
  const classes = run.preprocessing.classes;
  const version = run.dataset
    ? doc.datasets.find((d) => d.name === run.dataset?.name)?.versions.find((v) => v.version === run.dataset?.version)
    : undefined;
  const slices = Object.keys(version?.stats.slices ?? {});
  const samples = run.confusion?.reduce((n, row) => n + row.reduce((a, b) => a + b, 0), 0);
  const errors =
    samples !== undefined && run.confusion ? samples - run.confusion.reduce((n, row, i) => n + (row[i] ?? 0), 0) : null;
  const showErrors = (f: Partial<GalleryFilter>) => {
    setFilter({ ...NO_FILTER, ...f });
    setTab('errors');
  };
  const remove = async () => {
    const view = await call((api) => api.runs.remove({ id: run.id }));
    if (view) setProject(view);
  };

  return (
    <article className="runs-page" data-testid="run-page" data-run={run.id} data-status={run.status}>
      <header className="runs-page-head">
        <div>
          <h2>
            {run.id} · {modelName(doc, run.model)} <span className="muted">{t('runs.page.on')}</span>{' '}
            {dataText(run) || t('runs.adHoc')}
          </h2>
          <p className="muted small">
            <StatusBadge run={run} /> {shortDate(run.startedAt, i18n.language)} · {duration(run.durationMs)}
            {samples !== undefined && ` · ${t('runs.page.samples', { count: samples })}`}
            {run.issues.length > 0 && ` · ${t('runs.page.issues', { count: run.issues.length })}`}
          </p>
        </div>
        <span className="spacer" />
        <CandidateControl run={run} doc={doc} readOnly={readOnly} />
        <button data-testid="run-remove" disabled={readOnly || run.status === 'running'} onClick={() => void remove()}>
          {t('runs.page.remove')}
        </button>
      </header>
      {includesTraining(doc, run) && (
        <p className="banner banner-warn" data-testid="run-training">
          ⚠ {t('runs.training.banner')}
        </p>
      )}
      {run.settings.bench &&
        runMismatches(doc, run).map((m) => (
          <p key={m.target} className="banner banner-warn" data-testid="run-mismatch">
            ⚠ {t('optimize.mismatch.banner', { what: mismatchText(t, m) })}
          </p>
        ))}
      {run.status === 'failed' && (
        <p className="banner banner-warn runs-failed" role="alert" data-testid="run-failure">
          {t('runs.page.failed', { reason: run.error ?? t('runs.page.noReason') })}
        </p>
      )}
      {run.status === 'cancelled' && <p className="banner banner-info">{t('runs.page.cancelled')}</p>}
      {run.status === 'running' && <p className="banner banner-info">{t('runs.page.running')}</p>}
      {run.status === 'done' && (
        <>
          <div className="runs-subtabs" {...tabs.list}>
            {TABS.map((k) => (
              <button
                key={k}
                {...tabs.tab(k)}
                className={tab === k ? 'runs-subtab active' : 'runs-subtab'}
                data-testid={`run-tab-${k}`}
              >
                {k === 'errors' && errors !== null ? t('runs.page.errorsTab', { count: errors }) : t(`runs.page.${k}`)}
              </button>
            ))}
          </div>
          {tab === 'summary' ? (
            <div className="runs-summary" data-testid="run-summary">
              <ScrollSection label={t('runs.page.metrics')}>
                <h3>{t('runs.page.metrics')}</h3>
                <MetricsTable run={run} />
                <SliceTable run={run} />
              </ScrollSection>
              {run.confusion && (
                <ScrollSection label={t('runs.confusion.title')}>
                  <h3>{t('runs.confusion.title')}</h3>
                  <ConfusionHeatmap
                    classes={classes}
                    matrix={run.confusion}
                    onPick={(truth, pred) => showErrors({ truth, pred })}
                  />
                  <p className="muted small">{t('runs.confusion.hint')}</p>
                </ScrollSection>
              )}
              <ScrollSection label={t('runs.page.perClass')}>
                <h3>{t('runs.page.perClass')}</h3>
                <ClassTable run={run} onPick={(truth) => showErrors({ truth })} />
              </ScrollSection>
              <ScrollSection label={t('runs.env.title')}>
                {run.latencyHistogram && run.latencyHistogram.counts.length > 0 && (
                  <>
                    <h3>{t('runs.latency.title')}</h3>
                    <LatencyHistogram
                      histogram={run.latencyHistogram}
                      markers={[
                        { label: 'p50', value: run.metrics.latency_p50_ms },
                        { label: 'p95', value: run.metrics.latency_p95_ms },
                      ]}
                    />
                  </>
                )}
                <h3>{t('runs.env.title')}</h3>
                <EnvironmentPanel run={run} />
              </ScrollSection>
              {doc.models.find((m) => m.id === run.model)?.variantOf && <VariantPanel run={run} />}
              {run.settings.bench && <CapacityPanel run={run} />}
              {run.issues.length > 0 && (
                <details className="runs-issues" data-testid="run-issues">
                  <summary>{t('runs.page.issues', { count: run.issues.length })}</summary>
                  <ul>
                    {run.issues.slice(0, 200).map((i) => (
                      <li key={i.path} className="small">
                        <span className="mono">{i.path}</span>: {i.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          ) : (
            <ErrorGallery
              key={JSON.stringify(filter)}
              runId={run.id}
              classes={classes}
              slices={slices}
              filter={filter}
              onFilter={setFilter}
            />
          )}
        </>
      )}
      {run.status !== 'done' && <EnvironmentPanel run={run} />}
    </article>
  );
}
