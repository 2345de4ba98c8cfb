import './ConfusionHeatmap.css';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPageKey } from '../../keyboard/ime';
import { blend, readableOn, toHex, type Rgb } from '../../theme/contrast';
import { useTokenColors } from '../../theme/useTokenColors';
import { ChartTable } from '../charts/ChartTable';
import { percent } from './format-run';

/** Above this many classes the numbers would not fit in the cells; colour and hover remain. */
const MAX_LABELLED = 16;
const TOKENS = ['cm-right', 'cm-wrong', 'cm-better', 'cm-worse', 'sunken', 'ink'] as const;
const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/**
 * A confusion matrix (rows = true class, columns = predicted) as a CSS grid heatmap — or, with
 * `diff`, the change between two runs' matrices. Hover or focus a cell to read its count; the
 * arrow keys move between cells, Enter picks one (the run page opens those samples).
 */
export function ConfusionHeatmap({
  classes,
  matrix,
  diff = false,
  onPick,
  testId = 'confusion',
}: {
  classes: string[];
  matrix: number[][];
  diff?: boolean;
  onPick?: (truth: string, pred: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const n = classes.length;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [hover, setHover] = useState<[number, number] | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const colors = useTokenColors(TOKENS);
  const rowSums = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const maxAbs = Math.max(1, ...matrix.flat().map(Math.abs));
  const shown = hover ?? active;
  const value = (r: number, c: number) => matrix[r]?.[c] ?? 0;

  const style = (r: number, c: number) => {
    const v = value(r, c);
    if (v === 0) return undefined;
    let tone: Rgb;
    let a: number;
    if (diff) {
      // More on the diagonal (or fewer off it) is better: green; the opposite: red.
      const good = r === c ? v > 0 : v < 0;
      a = 0.15 + 0.75 * (Math.abs(v) / maxAbs);
      tone = good ? colors['cm-better'] : colors['cm-worse'];
    } else {
      const share = v / Math.max(1, rowSums[r] ?? 0);
      // Errors are small shares of a row; doubling their weight keeps a 10% confusion visible.
      a = r === c ? 0.1 + 0.8 * share : Math.min(0.9, 0.12 + 1.6 * share);
      tone = r === c ? colors['cm-right'] : colors['cm-wrong'];
    }
    // The cell is painted opaque, so its number can take whichever text colour reads best on it.
    const bg = blend(tone, colors.sunken, a);
    return { background: toHex(bg), color: toHex(readableOn(bg, [colors.ink, BLACK, WHITE])) };
  };

  const move = (e: KeyboardEvent, r: number, c: number) => {
    const next: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(n - 1, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(n - 1, c + 1)],
      Home: [r, 0],
      End: [r, n - 1],
    };
    const to = next[e.key];
    if (to) {
      e.preventDefault();
      setActive(to);
      gridRef.current?.querySelector<HTMLElement>(`[data-cell="${to[0]}-${to[1]}"]`)?.focus();
    } else if (isPageKey(e, 'Enter', ' ') && onPick && r !== c) {
      e.preventDefault();
      onPick(classes[r] ?? '', classes[c] ?? '');
    }
  };

  const [sr, sc] = shown;
  const sv = value(sr, sc);
  const readout = diff
    ? t('runs.confusion.diffCell', { truth: classes[sr], pred: classes[sc], delta: sv > 0 ? `+${sv}` : String(sv) })
    : t('runs.confusion.cell', {
        truth: classes[sr],
        pred: classes[sc],
        count: sv,
        share: percent(sv / Math.max(1, rowSums[sr] ?? 0)),
      });
  // Cells share the width they are given (square, capped), so any class count fits its column.
  const cap = n > MAX_LABELLED ? 22 : 48;
  return (
    <figure className="runs-confusion" data-testid={testId}>
      <span className="runs-axis-x muted small">{t('runs.confusion.pred')}</span>
      <div
        ref={gridRef}
        className={n > MAX_LABELLED ? 'runs-cm dense' : 'runs-cm'}
        role="grid"
        aria-label={diff ? t('runs.confusion.diffTitle') : t('runs.confusion.title')}
        style={{ gridTemplateColumns: `auto repeat(${n}, minmax(0, 1fr))`, maxWidth: `calc(${n * (cap + 2)}px + 4em)` }}
        onMouseLeave={() => setHover(null)}
      >
        <div role="row" className="runs-cm-row">
          <span role="columnheader" className="runs-cm-head runs-axis-y">
            {t('runs.confusion.truth')}
          </span>
          {classes.map((c) => (
            <span key={c} role="columnheader" className="runs-cm-head" title={c}>
              {c}
            </span>
          ))}
        </div>
        {classes.map((truth, r) => (
          <div key={truth} role="row" className="runs-cm-row">
            <span className="runs-cm-head runs-cm-rowhead" role="rowheader" title={truth}>
              {truth}
            </span>
            {classes.map((pred, c) => {
              const v = value(r, c);
              return (
                <span
                  key={pred}
                  role="gridcell"
                  data-cell={`${r}-${c}`}
                  data-testid="cm-cell"
                  data-truth={truth}
                  data-pred={pred}
                  data-value={v}
                  tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                  className={`runs-cm-cell${r === c ? ' diag' : ''}${onPick && r !== c && v !== 0 ? ' pickable' : ''}`}
                  style={style(r, c)}
                  title={`${truth} → ${pred}: ${v}`}
                  onMouseEnter={() => setHover([r, c])}
                  onFocus={() => setActive([r, c])}
                  onKeyDown={(e) => move(e, r, c)}
                  onClick={() => onPick && r !== c && v !== 0 && onPick(truth, pred)}
                >
                  {n <= MAX_LABELLED && v !== 0 ? (diff && v > 0 ? `+${v}` : v) : ''}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <figcaption className="small" data-testid={`${testId}-readout`} aria-live="polite">
        {readout}
      </figcaption>
      <ChartTable
        name={diff ? t('runs.confusion.diffTitle') : t('runs.confusion.title')}
        testId={`${testId}-table`}
        columns={[t('charts.truthByPred'), ...classes]}
        rows={classes.map((truth, r) => ({
          key: truth,
          cells: [truth, ...classes.map((_, c) => (diff && value(r, c) > 0 ? `+${value(r, c)}` : value(r, c)))],
        }))}
      />
    </figure>
  );
}
