import './runs-table.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model } from '../../../../shared/schema';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { bytes, count } from './format-run';

const signed = (n: number, f: (v: number) => string = String) => (n > 0 ? `+${f(n)}` : n < 0 ? `−${f(-n)}` : '');

/** Two models side by side, fact by fact; starts on a variant and its parent when there is one. */
export function ModelDiffPanel({ models }: { models: Model[] }) {
  const { t } = useTranslation();
  const variant = models.find((m) => m.variantOf && models.some((p) => p.id === m.variantOf?.model));
  const [a, setA] = useState(variant?.variantOf?.model ?? models[0]?.id ?? '');
  const [b, setB] = useState(variant?.id ?? models[1]?.id ?? '');
  const ok = a !== b && models.some((m) => m.id === a) && models.some((m) => m.id === b);
  const d = useProjectQuery(ok ? `${a}|${b}` : null, (api) => api.models.diff({ a, b }));
  const pick = (label: string, testId: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(e) => set(e.target.value)}>
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
  const rows: [string, string, string, string][] = d
    ? [
        [t('optimize.diff.size'), bytes(d.size.a), bytes(d.size.b), signed(d.size.delta, bytes)],
        [t('optimize.diff.params'), count(d.params.a), count(d.params.b), signed(d.params.delta, count)],
        ...d.opset.map((o): [string, string, string, string] => [
          t('optimize.diff.opset', { domain: o.key }),
          o.a ?? '—',
          o.b ?? '—',
          o.a === o.b ? '' : t('optimize.diff.changed'),
        ]),
        [
          t('optimize.diff.producer'),
          d.producer.a ?? '—',
          d.producer.b ?? '—',
          d.producer.a === d.producer.b ? '' : t('optimize.diff.changed'),
        ],
        ...d.inputs.map((x): [string, string, string, string] => [
          t('optimize.diff.input', { name: x.name }),
          x.a ?? '—',
          x.b ?? '—',
          x.same ? '' : t('optimize.diff.changed'),
        ]),
        ...d.outputs.map((x): [string, string, string, string] => [
          t('optimize.diff.output', { name: x.name }),
          x.a ?? '—',
          x.b ?? '—',
          x.same ? '' : t('optimize.diff.changed'),
        ]),
        ...d.operators.map((o): [string, string, string, string] => [
          t('optimize.diff.op', { name: o.key }),
          String(o.a),
          String(o.b),
          signed(o.delta),
        ]),
        ...d.metadata.map((m): [string, string, string, string] => [
          t('optimize.diff.meta', { name: m.key }),
          m.a ?? '—',
          m.b ?? '—',
          t('optimize.diff.changed'),
        ]),
      ]
    : [];
  if (models.length < 2) return null;
  return (
    <section className="card" data-testid="model-diff">
      <div className="row">
        <h2 className="spacer">{t('optimize.diff.title')}</h2>
        {pick(t('optimize.diff.a'), 'diff-a', a, setA)}
        {pick(t('optimize.diff.b'), 'diff-b', b, setB)}
      </div>
      {!ok && <p className="muted small">{t('optimize.diff.pick')}</p>}
      {ok && d && (
        <table className="grid runs-table small" data-testid="model-diff-table">
          <thead>
            <tr>
              <th>{t('optimize.diff.fact')}</th>
              <th>{d.a.name}</th>
              <th>{d.b.name}</th>
              <th>{t('optimize.diff.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, va, vb, change]) => (
              <tr key={k} className={change ? 'changed' : undefined} data-testid="diff-row">
                <td>{k}</td>
                <td className="mono">{va}</td>
                <td className="mono">{vb}</td>
                <td className="mono">{change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
