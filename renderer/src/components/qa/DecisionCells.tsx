import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../shared/schema';
import { shortDate } from '../../format';
import { useActions } from '../../store/StoreContext';

/** One Q&A entry's cells: who asked and answered, what it changed, and links to what it touches. */
export function DecisionCells({ d }: { d: Decision }) {
  const { t, i18n } = useTranslation();
  const { select } = useActions();
  return (
    <>
      <td className="mono">{d.id}</td>
      <td className="small muted">{shortDate(d.at, i18n.language)}</td>
      <td>
        {d.question}
        {d.askedBy && <div className="small muted">— {d.askedBy}</div>}
      </td>
      <td>
        {d.answer}
        {d.answeredBy && <div className="small muted">— {d.answeredBy}</div>}
      </td>
      <td className="small">{d.changed}</td>
      <td>
        {d.requirements.map((r) => (
          <button
            key={r}
            className="qa-chip"
            data-testid={`qa-link-${d.id}-${r}`}
            onClick={() => select({ requirement: r }, 'requirements')}
          >
            {r}
          </button>
        ))}
        {d.datasets.map((v) => (
          <button
            key={`${v.name}@${v.version}`}
            className="qa-chip qa-chip-data"
            onClick={() => select({ dataset: { name: v.name, version: v.version } }, 'data')}
          >
            {v.name}@v{v.version}
          </button>
        ))}
      </td>
      <td>
        <span className={`badge badge-qa-${d.status}`}>{t(`qa.statuses.${d.status}`)}</span>
      </td>
    </>
  );
}
