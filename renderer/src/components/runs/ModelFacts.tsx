import './ModelFacts.css';
import { useTranslation } from 'react-i18next';
import type { Model } from '../../../../shared/schema';
import { bytes, count, opsetText, tensorText } from './format-run';

export type Facts = Omit<Model, 'id' | 'name' | 'path' | 'addedAt' | 'trainedOn'>;

/** What an ONNX file is, read without running it: the preview before adding and a model's details. */
export function ModelFacts({ facts, testId }: { facts: Facts; testId: string }) {
  const { t } = useTranslation();
  const metadata = Object.entries(facts.metadata);
  return (
    <div className="runs-facts" data-testid={testId}>
      <dl className="runs-dl">
        <dt>{t('runs.facts.size')}</dt>
        <dd data-testid={`${testId}-size`}>{bytes(facts.size)}</dd>
        <dt>{t('runs.facts.params')}</dt>
        <dd data-testid={`${testId}-params`}>{count(facts.params)}</dd>
        <dt>{t('runs.facts.opset')}</dt>
        <dd>{opsetText(facts.opset)}</dd>
        <dt>{t('runs.facts.producer')}</dt>
        <dd>{facts.producer.name ? `${facts.producer.name} ${facts.producer.version}` : t('runs.facts.unknown')}</dd>
        <dt>{t('runs.facts.inputs')}</dt>
        <dd className="mono" data-testid={`${testId}-inputs`}>
          {facts.inputs.map((i) => (
            <div key={i.name}>{tensorText(i)}</div>
          ))}
        </dd>
        <dt>{t('runs.facts.outputs')}</dt>
        <dd className="mono" data-testid={`${testId}-outputs`}>
          {facts.outputs.map((o) => (
            <div key={o.name}>{tensorText(o)}</div>
          ))}
        </dd>
        <dt>{t('runs.facts.sha256')}</dt>
        <dd className="mono" title={facts.sha256}>
          {facts.sha256.slice(0, 16)}…
        </dd>
        {metadata.length > 0 && (
          <>
            <dt>{t('runs.facts.metadata')}</dt>
            <dd className="mono">
              {metadata.map(([k, v]) => (
                <div key={k}>
                  {k}: {v}
                </div>
              ))}
            </dd>
          </>
        )}
      </dl>
      <OperatorHistogram operators={facts.operators} testId={`${testId}-ops`} />
    </div>
  );
}

/** Operators by count, most used first: what runtime support the model needs at a glance. */
function OperatorHistogram({ operators, testId }: { operators: Record<string, number>; testId: string }) {
  const { t } = useTranslation();
  const rows = Object.entries(operators).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const max = rows[0]?.[1] ?? 1;
  return (
    <figure className="runs-ops" data-testid={testId}>
      <figcaption>{t('runs.facts.operators', { count: rows.length })}</figcaption>
      <ul>
        {rows.map(([op, n]) => (
          <li key={op} data-testid="op-row" data-op={op} data-count={n}>
            <span className="runs-op-name mono">{op}</span>
            <span className="runs-op-track">
              <span className="runs-op-fill" style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="runs-op-count">{n}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
