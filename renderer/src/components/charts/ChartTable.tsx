import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './chart-table.css';

export interface ChartRow {
  key: string;
  /** The first cell heads its row (an iteration, a class, a bin). */
  cells: ReactNode[];
  /** Extra attributes for the row (test ids, data-* figures). */
  attrs?: Record<string, string | number>;
}

/**
 * A chart's figures as a table. The table is always there for screen readers (a picture of
 * bars says nothing to them); "Show as table" also shows it on screen, for whoever prefers
 * reading numbers to estimating bar heights.
 */
export function ChartTable({
  name,
  columns,
  rows,
  testId,
}: {
  /** The chart's accessible name; the table's caption says whose figures these are. */
  name: string;
  columns: string[];
  rows: ChartRow[];
  testId: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="chart-table">
      <button
        type="button"
        className="link small"
        aria-controls={id}
        data-testid={`${testId}-toggle`}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <table id={id} className={shown ? 'grid chart-table-grid' : 'sr-only'} data-testid={testId} data-shown={shown}>
        <caption>{t('charts.tableOf', { name })}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} {...r.attrs}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
