import './ClassTable.css';
import './runs-table.css';
import { useTranslation } from 'react-i18next';
import type { Run } from '../../../../shared/schema';
import { fmt } from '../../format';

/**
 * Precision, recall and F1 per class with its support (true samples, from the confusion
 * matrix). The weakest recall is marked: it is what `min_class_recall` requirements measure.
 */
export function ClassTable({ run, onPick }: { run: Run; onPick?: (cls: string) => void }) {
  const { t } = useTranslation();
  const classes = run.preprocessing.classes;
  const m = run.metrics;
  if (!classes.some((c) => `recall[${c}]` in m)) return null;
  const support = (i: number) => run.confusion?.[i]?.reduce((a, b) => a + b, 0) ?? null;
  const recalls = classes.map((c) => m[`recall[${c}]`]).filter((v): v is number => typeof v === 'number');
  const weakest = recalls.length > 0 ? Math.min(...recalls) : null;
  return (
    <table className="grid runs-table runs-class-table" data-testid="class-table">
      <thead>
        <tr>
          <th>{t('runs.classes.class')}</th>
          <th className="num">{t('runs.classes.support')}</th>
          <th className="num">{t('runs.classes.precision')}</th>
          <th className="num">{t('runs.classes.recall')}</th>
          <th className="num">{t('runs.classes.f1')}</th>
        </tr>
      </thead>
      <tbody>
        {classes.map((c, i) => {
          const recall = m[`recall[${c}]`];
          const low = weakest !== null && recall === weakest && recalls.length > 1;
          return (
            <tr key={c} data-testid="class-row" data-class={c} className={low ? 'runs-low' : undefined}>
              <td>
                {onPick ? (
                  <button
                    className="link"
                    data-testid="class-errors"
                    onClick={() => onPick(c)}
                    title={t('runs.classes.showErrors', { cls: c })}
                  >
                    {c}
                  </button>
                ) : (
                  c
                )}
              </td>
              <td className="num">{support(i) ?? '—'}</td>
              <td className="num">{fmt(m[`precision[${c}]`])}</td>
              <td className="num" data-testid="class-recall">
                {fmt(recall)}
                {low && (
                  <span className="runs-low-mark" title={t('runs.classes.weakest')}>
                    {' '}
                    ▼
                  </span>
                )}
              </td>
              <td className="num">{fmt(m[`f1[${c}]`])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
