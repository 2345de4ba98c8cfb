import type { boardMethods, BoardView } from '../../../../shared/contract/board-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { addDecision, removeDecision, updateDecision } from '../../decisions/decisions.js';
import { renderHtmlReport } from '../../report/html-report.js';
import { writeReport } from '../../report/write-report.js';
import { currentBoard } from '../../scoring/board.js';
import { metricCatalog } from '../../scoring/catalog.js';
import { projectHistory } from '../../scoring/history.js';
import { setCandidate } from '../../scoring/candidate.js';
import { closeIteration, startIteration } from '../../scoring/iterations.js';
import type { Board } from '../../../../shared/board-views.js';
import type { AreaHandlers } from './types.js';

/** The board with each card's trend reduced to what a sparkline draws (see BoardCardView). */
export function toBoardView(board: Board): BoardView {
  return { ...board, cards: board.cards.map((c) => ({ ...c, trend: c.trend.map((p) => [p.value, p.target]) })) };
}

/** Board, history, iterations, Q&A log and reports: one-liners onto the scoring/report core. */
export function boardHandlers(core: GapboardCore): AreaHandlers<typeof boardMethods> {
  const doc = () => core.requireSession().doc;
  return {
    'board.current': () => toBoardView(currentBoard(doc())),
    'history.project': ({ qualityMetric }) => projectHistory(doc(), qualityMetric ? { qualityMetric } : {}),
    'metrics.catalog': () => metricCatalog(doc()),
    'iterations.start': (input) => {
      const iteration = startIteration(core.requireSession(), input);
      return { iteration, project: core.changed() };
    },
    'iterations.close': (input) => {
      const iteration = closeIteration(core.requireSession(), input);
      return { iteration, project: core.changed() };
    },
    'iterations.setCandidate': ({ run }) => {
      setCandidate(core.requireSession(), run);
      return core.changed();
    },
    'decisions.add': (input) => {
      const d = addDecision(core.requireSession(), input);
      return { id: d.id, project: core.changed() };
    },
    'decisions.update': ({ id, fields }) => {
      updateDecision(core.requireSession(), id, fields);
      return core.changed();
    },
    'decisions.remove': ({ id }) => {
      removeDecision(core.requireSession(), id);
      return core.changed();
    },
    'report.export': ({ format, path }) =>
      writeReport(doc(), format, path, {
        baseDir: core.requireSession().folder,
        generatedAt: core.now(),
        printPdf: core.deps.printPdf,
      }),
    'report.html': () => ({ html: renderHtmlReport(doc(), { generatedAt: core.now() }) }),
  };
}
