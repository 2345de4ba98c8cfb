import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../../shared/contract';

type Side = 'mine' | 'theirs';

/** Each conflict side by side, field by field, with a mine / theirs choice per item. */
export function MergeConflicts({
  conflicts,
  resolutions,
  onResolve,
}: {
  conflicts: MergeConflict[];
  resolutions: Record<string, Side>;
  onResolve: (key: string, side: Side) => void;
}) {
  const { t } = useTranslation();
  const withBase = conflicts.some((c) => c.fields.some((f) => f.base !== null));
  return (
    <ul className="merge-conflicts" data-testid="merge-conflicts">
      {conflicts.map((c) => (
        <li key={c.key} className="card merge-conflict" data-testid={`merge-conflict-${c.key}`}>
          <div className="row">
            <strong>{c.label}</strong>
            <span className="badge badge-warn">{t(`merge.type.${c.type}`)}</span>
            <span className="spacer" />
            {(['mine', 'theirs'] as const).map((side) => (
              <button
                key={side}
                className={resolutions[c.key] === side ? 'toggle on' : 'toggle'}
                aria-pressed={resolutions[c.key] === side}
                data-testid={`merge-resolve-${c.key}-${side}`}
                onClick={() => onResolve(c.key, side)}
              >
                {t(side === 'mine' ? 'merge.keepMine' : 'merge.takeTheirs')}
              </button>
            ))}
          </div>
          <table className="grid merge-fields">
            <thead>
              <tr>
                <th>{t('merge.field')}</th>
                {withBase && <th>{t('merge.colBase')}</th>}
                <th>{t('merge.colMine')}</th>
                <th>{t('merge.colTheirs')}</th>
              </tr>
            </thead>
            <tbody>
              {c.fields.map((f) => (
                <tr key={f.field}>
                  <td className="mono">{f.field}</td>
                  {withBase && <td className="mono muted">{f.base ?? '—'}</td>}
                  <td className={resolutions[c.key] === 'mine' ? 'mono chosen' : 'mono'}>{f.mine}</td>
                  <td className={resolutions[c.key] === 'theirs' ? 'mono chosen' : 'mono'}>{f.theirs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
