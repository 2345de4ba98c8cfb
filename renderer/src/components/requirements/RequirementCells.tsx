import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../../shared/schema';

function scopeText(scope: Requirement['scope']): string {
  if (!scope.dataset && !scope.split && !scope.slice) return '';
  return `${scope.dataset ?? '*'}${scope.version ? `@v${scope.version}` : ''}${scope.split ? `:${scope.split}` : ''}${scope.slice ? ` · ${scope.slice}` : ''}`;
}

/** One requirement's cells in the requirements table, its target history last. */
export function RequirementCells({ r }: { r: Requirement }) {
  const { t } = useTranslation();
  return (
    <>
      <td className="mono">{r.id}</td>
      <td>{r.title}</td>
      <td className="mono">{r.metric}</td>
      <td className="mono">
        {r.op === '>=' ? '≥' : '≤'} {r.target} {r.unit}
      </td>
      <td>
        <span className={`badge badge-${r.priority}`}>{t(`priority.${r.priority}`)}</span>
      </td>
      <td className="small">
        <span className="mono">{scopeText(r.scope)}</span>
        {r.servingTarget && <div className="muted">{r.servingTarget}</div>}
        {r.owner && <div className="muted">{t('requirements.ownedBy', { owner: r.owner })}</div>}
      </td>
      <td className="small">
        {r.source.who}
        {r.source.qa && <div className="mono muted">{r.source.qa}</div>}
      </td>
      <td className="small muted" data-testid={`req-history-${r.id}`}>
        {r.history.map((h, i) => (
          <div key={i}>
            {t('requirements.historyEntry', {
              date: h.at.slice(0, 10),
              field: t(`requirements.${h.field}`),
              from: h.from,
              to: h.to,
            })}
            {h.reason && <span className="history-reason"> — {h.reason}</span>}
          </div>
        ))}
      </td>
    </>
  );
}
