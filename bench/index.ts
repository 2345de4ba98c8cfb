/**
 * `npm run bench`: every benchmark in one run, printed as one table. Ratios compare Gapboard's
 * path with the bare library doing the same work in the same process run, so the figures hold
 * on a loaded machine too. `npm run bench -- eval` runs one group.
 */
import { benchBoard } from './board.js';
import { benchDatasets } from './datasets.js';
import { benchEval } from './eval.js';
import { benchStore } from './store.js';
import { benchWholeProcess } from './whole-process.js';
import type { Row } from './row.js';

const GROUPS: Record<string, () => Promise<Row[]>> = {
  eval: benchEval,
  whole: () => benchWholeProcess(),
  datasets: benchDatasets,
  board: benchBoard,
  store: () => benchStore(),
};

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const names = wanted.length > 0 ? wanted : Object.keys(GROUPS);
const fmt = (n: number) =>
  Number.isNaN(n) ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);

const table: string[][] = [['group', 'measure', 'value', 'ratio', 'target']];
for (const name of names) {
  const run = GROUPS[name];
  if (!run) {
    console.error(`unknown benchmark group "${name}"; groups: ${Object.keys(GROUPS).join(', ')}`);
    process.exit(2);
  }
  console.error(`running ${name}…`);
  for (const row of await run()) {
    table.push([
      name,
      row.name,
      `${fmt(row.value)} ${row.unit}`,
      row.ratio === undefined ? '' : `${fmt(row.ratio)}×`,
      row.target ?? '',
    ]);
  }
}
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const [i, r] of table.entries()) {
  console.log(
    r
      .map((c, j) => c.padEnd(widths[j]!))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
