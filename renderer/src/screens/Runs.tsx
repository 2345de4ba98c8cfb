import './Runs.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddModel } from '../components/runs/AddModel';
import { CompareView } from '../components/runs/CompareView';
import { EvaluateForm } from '../components/runs/EvaluateForm';
import { ModelDiffPanel } from '../components/runs/ModelDiffPanel';
import { ModelList } from '../components/runs/ModelList';
import { RunJobs } from '../components/runs/RunJobs';
import { RunList } from '../components/runs/RunList';
import { RunPage } from '../components/runs/RunPage';
import { TradeoffView } from '../components/runs/TradeoffView';
import { selectProject, selectSelection } from '../store/selectors';
import { useAppStore } from '../store/StoreContext';

type View =
  | { kind: 'models' }
  | { kind: 'addModel' }
  | { kind: 'evaluate'; model: string | null }
  | { kind: 'run'; id: string }
  | { kind: 'compare'; ids: string[] }
  | { kind: 'tradeoff' };

/**
 * Models & runs: registered ONNX models and their facts, evaluations with progress
 * and cancel, a page per run, and runs compared side by side. The run list stays on the left
 * whatever the main area shows, and evaluations in flight show above it.
 */
export function Runs() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  // A click on the board's evidence ("RUN-3") opens that run's page here.
  const selection = useAppStore(selectSelection);
  const [view, setView] = useState<View>(() =>
    selection.compare
      ? { kind: 'compare', ids: selection.compare }
      : selection.run
        ? { kind: 'run', id: selection.run }
        : { kind: 'models' },
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [started, setStarted] = useState<string[]>([]);
  if (!project) return null;
  const { doc, readOnly } = project;
  const runIds = new Set(doc.runs.map((r) => r.id));
  // A run or comparison that vanished (undo, removal) falls back to the model list.
  const shown: View =
    (view.kind === 'run' && !runIds.has(view.id)) || (view.kind === 'compare' && view.ids.some((id) => !runIds.has(id)))
      ? { kind: 'models' }
      : view;
  const current = shown.kind === 'run' ? doc.runs.find((r) => r.id === shown.id) : undefined;
  const pickedLive = picked.filter((id) => runIds.has(id));

  return (
    <main className="screen runs-screen" data-testid="screen-runs" data-app-state="ready" data-view={shown.kind}>
      <div className="screen-head">
        <h1>{t('runs.title')}</h1>
        <div className="row">
          <button
            data-testid="runs-models"
            aria-pressed={shown.kind === 'models'}
            className="runs-nav"
            onClick={() => setView({ kind: 'models' })}
          >
            {t('runs.models.title', { count: doc.models.length })}
          </button>
          <button
            data-testid="runs-tradeoff"
            aria-pressed={shown.kind === 'tradeoff'}
            className="runs-nav"
            onClick={() => setView({ kind: 'tradeoff' })}
          >
            {t('optimize.tab')}
          </button>
          <button data-testid="runs-add-model" disabled={readOnly} onClick={() => setView({ kind: 'addModel' })}>
            {t('runs.addModel.open')}
          </button>
          <button
            className="primary"
            data-testid="runs-evaluate"
            disabled={readOnly || doc.models.length === 0}
            onClick={() => setView({ kind: 'evaluate', model: null })}
          >
            {t('runs.evaluate.open')}
          </button>
        </div>
      </div>
      <div className="runs-layout">
        <RunList
          doc={doc}
          current={current?.id ?? null}
          picked={pickedLive}
          onOpen={(id) => setView({ kind: 'run', id })}
          onPick={setPicked}
          onCompare={() => setView({ kind: 'compare', ids: pickedLive })}
        />
        <div className="runs-main">
          <RunJobs
            started={started}
            onOpen={(id) => setView({ kind: 'run', id })}
            onDismiss={(id) => setStarted((s) => s.filter((x) => x !== id))}
          />
          {shown.kind === 'models' && (
            <section className="card" aria-labelledby="models-title">
              <h2 id="models-title">{t('runs.models.heading')}</h2>
              <ModelList
                models={doc.models}
                readOnly={readOnly}
                onEvaluate={(model) => setView({ kind: 'evaluate', model })}
              />
            </section>
          )}
          {shown.kind === 'models' && <ModelDiffPanel models={doc.models} />}
          {shown.kind === 'tradeoff' && <TradeoffView onOpen={(id) => setView({ kind: 'run', id })} />}
          {shown.kind === 'addModel' && (
            <AddModel
              datasets={doc.datasets}
              onAdded={() => setView({ kind: 'models' })}
              onClose={() => setView({ kind: 'models' })}
            />
          )}
          {shown.kind === 'evaluate' && (
            <EvaluateForm
              key={shown.model ?? ''}
              doc={doc}
              initialModel={shown.model}
              onStarted={(jobId) => setStarted((s) => [...s, jobId])}
              onClose={() => setView({ kind: 'models' })}
            />
          )}
          {current && <RunPage key={current.id} run={current} doc={doc} readOnly={readOnly} />}
          {shown.kind === 'compare' && (
            <CompareView
              ids={shown.ids}
              doc={doc}
              readOnly={readOnly}
              onBase={(ids) => setView({ kind: 'compare', ids })}
            />
          )}
        </div>
      </div>
    </main>
  );
}
