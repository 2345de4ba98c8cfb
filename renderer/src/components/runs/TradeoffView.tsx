import './CapacityPanel.css';
import { useState, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TRADEOFF_KEYS, type Bounds, type Tradeoff } from '../../../../shared/optimization-views';
import { fmt } from '../../format';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { TradeoffChart } from '../charts/TradeoffChart';
import { bytes } from './format-run';
import { mismatchSummary, mismatchText } from './mismatch-text';
import { useTradeoffLabels } from './useTradeoffLabels';

const inBox = (v: number, b: Bounds) => (b.min === null || v >= b.min) && (b.max === null || v <= b.max);

function boundsText(key: string, b: Bounds): string | null {
  const parts = [b.min !== null ? `${key} ≥ ${fmt(b.min)}` : '', b.max !== null ? `${key} ≤ ${fmt(b.max)}` : ''];
  const text = parts.filter(Boolean).join(', ');
  return text ? `${text} (${b.requirements.join(', ')})` : null;
}

function KeySelect({
  label,
  testId,
  value,
  keys,
  onChange,
}: {
  label: string;
  testId: string;
  value: string;
  keys: string[];
  onChange: (k: string) => void;
}) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        {(keys.includes(value) ? keys : [value, ...keys]).map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Every finished run on two metric keys (p95 latency × accuracy to start with): the chart,
 * what is shaded and why, which runs were measured off the serving target, and the same
 * points as a table (one click opens a run, also without a pointer).
 */
export function TradeoffView({ onOpen }: { onOpen: (runId: string) => void }) {
  const { t } = useTranslation();
  const [x, setX] = useState<string>(DEFAULT_TRADEOFF_KEYS.x);
  const [y, setY] = useState<string>(DEFAULT_TRADEOFF_KEYS.y);
  const data: Tradeoff | null = useProjectQuery(`${x}|${y}`, (api) => api.runs.tradeoff({ x, y }));
  const labels = useTradeoffLabels(x, y);
  const tableId = useId();
  const mismatch = mismatchSummary(t, data?.points ?? []);
  const region = data ? [boundsText(x, data.region.x), boundsText(y, data.region.y)].filter(Boolean) : [];
  return (
    <section className="card tradeoff" data-testid="tradeoff-view" data-app-state={data ? 'ready' : 'loading'}>
      <div className="row">
        <h2 className="spacer">{t('optimize.title')}</h2>
        <KeySelect label={t('optimize.y')} testId="tradeoff-y" value={y} keys={data?.keys ?? []} onChange={setY} />
        <KeySelect label={t('optimize.x')} testId="tradeoff-x" value={x} keys={data?.keys ?? []} onChange={setX} />
      </div>
      <p className="muted small">{t('optimize.hint')}</p>
      {mismatch && (
        <p className="banner banner-warn" data-testid="tradeoff-mismatch">
          ⚠ {t('optimize.mismatch.banner', { what: mismatch })}
        </p>
      )}
      {data && data.points.length === 0 && <p className="muted">{t('optimize.empty', { x, y })}</p>}
      {data && data.points.length > 0 && (
        <>
          <TradeoffChart tradeoff={data} labels={labels} onOpen={onOpen} detailsId={tableId} />
          <p className="small" data-testid="tradeoff-region">
            {region.length ? t('optimize.regionText', { bounds: region.join(' · ') }) : t('optimize.noRegion')}
          </p>
          <p className="muted small">
            {t('optimize.legendVariant')} · {t('optimize.legendMismatch')}
          </p>
          <table id={tableId} className="grid runs-table" data-testid="tradeoff-table">
            <thead>
              <tr>
                <th>{t('optimize.table.run')}</th>
                <th>{t('optimize.table.model')}</th>
                <th className="num">{y}</th>
                <th className="num">{x}</th>
                <th className="num">{t('optimize.table.size')}</th>
                <th>{t('optimize.table.front')}</th>
                <th>{t('optimize.table.box')}</th>
                <th>{t('optimize.table.measured')}</th>
              </tr>
            </thead>
            <tbody>
              {data.points.map((p) => (
                <tr key={p.run} data-testid="tradeoff-row" data-run={p.run} data-front={p.front}>
                  <td>
                    <button className="link" data-testid="tradeoff-open" onClick={() => onOpen(p.run)}>
                      {p.run}
                    </button>
                  </td>
                  <td>{p.variantOf ? `◆ ${p.modelName}` : p.modelName}</td>
                  <td className="num">{fmt(p.y)}</td>
                  <td className="num">{fmt(p.x)}</td>
                  <td className="num">{bytes(p.sizeBytes)}</td>
                  <td>{p.front ? t('optimize.yes') : ''}</td>
                  <td>
                    {inBox(p.x, data.region.x) && inBox(p.y, data.region.y) ? t('optimize.yes') : t('optimize.no')}
                  </td>
                  <td className="small">{p.mismatch.map((m) => mismatchText(t, m)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.missing.length > 0 && (
            <p className="muted small">
              {t('optimize.missing', { runs: data.missing.map((m) => `${m.run} (${m.key})`).join(', ') })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
