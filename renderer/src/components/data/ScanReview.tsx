import './ScanReview.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanSummary } from '../../../../shared/contract/dataset-methods';
import { FormActions } from '../FormActions';

/**
 * What a scan found, before anything is written: counts, the bad files and why, and the
 * choice. A scan identical to the latest version says so, and registers only once the user
 * ticks that an identical version is what they want.
 */
export function ScanReview({
  summary,
  readOnly,
  onRegister,
  onDiscard,
}: {
  summary: ScanSummary;
  readOnly: boolean;
  onRegister: (allowUnchanged: boolean) => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const [allowUnchanged, setAllowUnchanged] = useState(false);
  const same = summary.sameAs;
  const classes = Object.entries(summary.classes);
  const bad = summary.issueCount;
  return (
    <div className="scan-review" data-testid="scan-review">
      <p data-testid="scan-found">
        {t('data.found', {
          count: summary.count,
          classes: classes.length,
          name: summary.name,
          version: summary.nextVersion,
        })}
        {summary.parent !== null && <span className="muted"> · {t('data.parentIs', { version: summary.parent })}</span>}
      </p>
      <p className="muted small">{classes.map(([c, n]) => `${c}: ${n}`).join(' · ')}</p>
      {bad > 0 && (
        <>
          <p className="banner banner-warn" data-testid="scan-issue-count">
            {t('data.issuesFound', { count: bad })}
          </p>
          <table className="grid compact" data-testid="scan-issues">
            <thead>
              <tr>
                <th>{t('data.file')}</th>
                <th>{t('data.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.issues.map((i) => (
                <tr key={i.path} data-testid="scan-issue">
                  <td className="mono">{i.path}</td>
                  <td>{i.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > summary.issues.length && (
            <p className="muted small">{t('data.moreIssues', { count: bad - summary.issues.length })}</p>
          )}
        </>
      )}
      {summary.count === 0 && <p className="field-error">{t('data.nothingToRegister')}</p>}
      {same !== null && (
        <>
          <p className="banner banner-warn" data-testid="scan-same-as">
            {t('data.sameAs', { name: summary.name, version: same })}
          </p>
          <label className="inline">
            <input
              type="checkbox"
              data-testid="scan-allow-unchanged"
              checked={allowUnchanged}
              onChange={(e) => setAllowUnchanged(e.target.checked)}
            />
            {t('data.allowUnchanged')}
          </label>
        </>
      )}
      <FormActions
        primary={{
          label:
            bad > 0
              ? t('data.registerWithout', { count: bad })
              : t('data.registerAs', { version: summary.nextVersion }),
          testId: 'scan-register',
          disabled: readOnly || summary.count === 0 || (same !== null && !allowUnchanged),
          onClick: () => onRegister(same !== null && allowUnchanged),
        }}
        onCancel={onDiscard}
        cancelTestId="scan-discard"
      />
    </div>
  );
}
