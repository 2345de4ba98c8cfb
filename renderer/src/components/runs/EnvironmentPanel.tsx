import './ModelFacts.css';
import './EnvironmentPanel.css';
import { useTranslation } from 'react-i18next';
import { engineText } from '../../../../shared/engine-messages';
import type { Run } from '../../../../shared/schema';
import { fmt } from '../../format';

/** Flags that only say how a figure was obtained (the core's wording) rather than cast doubt on it. */
const INFO_FLAG = /^(throughput_qps: best at batch|server_qps: simulated from)/;

/**
 * Where and how the run was measured, what it was fed, and every caveat on its figures. The
 * core writes the caveats as flags when it measures (percentiles with too few queries, an
 * environment that differs from a requirement's serving target); they show as warnings.
 */
export function EnvironmentPanel({ run }: { run: Run }) {
  const { t, i18n } = useTranslation();
  // The core writes flags in English; they are shown in the UI language.
  const say = (flag: string) => engineText(flag, i18n.language === 'ko' ? 'ko' : 'en');
  const env = run.environment;
  const p = run.preprocessing;
  const warnings = run.flags.filter((f) => !INFO_FLAG.test(f));
  const notes = run.flags.filter((f) => INFO_FLAG.test(f));
  return (
    <div className="runs-env" data-testid="environment">
      {warnings.length > 0 && (
        <ul className="runs-warnings" data-testid="run-warnings">
          {warnings.map((f) => (
            <li key={f} className="banner banner-warn" data-testid="run-flag">
              ⚠ {say(f)}
            </li>
          ))}
        </ul>
      )}
      <dl className="runs-dl">
        <dt>{t('runs.env.cpu')}</dt>
        <dd data-testid="env-cpu">{env.cpu}</dd>
        <dt>{t('runs.env.cores')}</dt>
        <dd>{t('runs.env.coresValue', { cores: env.cores, threads: env.threads })}</dd>
        <dt>{t('runs.env.os')}</dt>
        <dd>{env.os}</dd>
        <dt>{t('runs.env.runtime')}</dt>
        <dd>{env.runtime}</dd>
        <dt>{t('runs.env.settings')}</dt>
        <dd>
          {t('runs.env.settingsValue', {
            batch: run.settings.batch,
            threads: run.settings.threads || t('runs.evaluate.auto'),
          })}
          {run.settings.bench ? ` · ${t('runs.env.bench')}` : ''}
          {run.settings.latencyBoundMs ? ` · ${t('runs.env.bound', { ms: run.settings.latencyBoundMs })}` : ''}
          {notes.map((n) => (
            <div key={n} className="muted small">
              {say(n)}
            </div>
          ))}
        </dd>
        <dt>{t('runs.env.preprocessing')}</dt>
        <dd className="mono small" data-testid="env-preprocessing">
          {p.kind === 'image'
            ? `${p.width}×${p.height} ${p.color ?? ''} ${p.tensorLayout ?? ''} · ${t('runs.env.scale', { value: fmt(p.scale) })}` +
              (p.mean ? ` · ${t('runs.env.mean', { values: p.mean.join(', ') })}` : '') +
              (p.std ? ` · ${t('runs.env.std', { values: p.std.join(', ') })}` : '')
            : t('runs.env.tabular', { count: p.features?.length ?? 0 })}
          <br />
          {p.input} → {p.output} · {t('runs.env.classOrder')} {p.classes.join(', ')}
        </dd>
      </dl>
    </div>
  );
}
