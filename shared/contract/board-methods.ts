/**
 * Methods of the board, iterations, history, the Q&A / decisions log and reports.
 * The board and the history are computed in the core: they need the per-sample manifests the
 * UI's light document leaves out (data requirements count samples).
 */
import { z } from 'zod';
import { QA_STATUSES } from '../vocabulary.js';
import type { Iteration } from '../schema.js';
import type { CatalogEntry } from '../metric-keys.js';
import type { Board, BoardCard, ProjectHistory } from '../board-views.js';
import { method, noArgs, pathArg, type ProjectView } from './define.js';

export type { CatalogEntry } from '../metric-keys.js';
export type {
  Board,
  BoardCard,
  BurndownPoint,
  CostQualityPoint,
  HistoryPoint,
  ProjectHistory,
  RequirementSeries,
  TrendPoint,
} from '../board-views.js';

const datasetRefs = z.array(z.object({ name: z.string().min(1), version: z.number().int().positive() }).strict());
const runId = z.string().min(1, 'a run id is required');

export const decisionFields = z
  .object({
    question: z.string().min(1, 'a question is required'),
    answer: z.string(),
    askedBy: z.string(),
    answeredBy: z.string(),
    status: z.enum(QA_STATUSES),
    changed: z.string(),
    requirements: z.array(z.string().min(1)),
    datasets: datasetRefs,
  })
  .partial();

/** One sparkline point: the value at a closed iteration and the target frozen with it. */
export type TrendPair = [value: number | null, target: number];
/**
 * A board card as it crosses the boundary: the trend as bare pairs. With 300 requirements ×
 * 200 iterations the full points (iteration id, status) made a 4.7 MB response whose parsing
 * alone took most of the board's render budget; the sparkline needs only these two numbers.
 */
export interface BoardCardView extends Omit<BoardCard, 'trend'> {
  trend: TrendPair[];
}
export interface BoardView extends Omit<Board, 'cards'> {
  cards: BoardCardView[];
}

export const REPORT_FORMATS = ['html', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const boardMethods = {
  'board.current': method<BoardView>()(
    noArgs,
    'Every requirement scored against the chosen candidate run (else the latest finished run).',
  ),
  'history.project': method<ProjectHistory>()(
    z.object({ qualityMetric: z.string().min(1).optional() }).strict(),
    'Value vs target per requirement over closed iterations, burndown, labeling cost vs quality.',
  ),
  'metrics.catalog': method<CatalogEntry[]>()(
    noArgs,
    "Metric keys a requirement can name: the metric vocabulary plus this project's classes and slices.",
  ),
  'iterations.start': method<{ iteration: Iteration; project: ProjectView }>()(
    z
      .object({
        name: z.string().min(1, 'an iteration needs a name'),
        notes: z.string().optional(),
        datasets: datasetRefs.optional(),
        candidateRun: runId.optional(),
      })
      .strict(),
    'Start an iteration (one open at a time).',
  ),
  'iterations.close': method<{ iteration: Iteration; project: ProjectView }>()(
    z
      .object({
        name: z.string().min(1).optional(),
        run: runId.optional(),
        notes: z.string().optional(),
        datasets: datasetRefs.optional(),
      })
      .strict(),
    'Close the open iteration (or create and close one) and freeze its scorecard.',
  ),
  'iterations.setCandidate': method<ProjectView>()(
    z.object({ run: runId.nullable() }).strict(),
    'Make a finished run the candidate the board scores (kept until changed; null clears it, so the board scores the latest finished run).',
  ),
  'decisions.add': method<{ id: string; project: ProjectView }>()(
    decisionFields.required({ question: true }).strict(),
    'Add a Q&A / decision entry; returns its id.',
  ),
  'decisions.update': method<ProjectView>()(
    z.object({ id: z.string().min(1), fields: decisionFields.strict() }).strict(),
    'Edit a Q&A / decision entry.',
  ),
  'decisions.remove': method<ProjectView>()(
    z.object({ id: z.string().min(1) }).strict(),
    'Delete a Q&A / decision entry (undoable).',
  ),
  'report.export': method<{ path: string; bytes: number }>()(
    z.object({ format: z.enum(REPORT_FORMATS), path: pathArg }).strict(),
    'Write the HTML report, its PDF print, or the scorecards as CSV / JSON (relative paths: next to the project).',
  ),
  'report.html': method<{ html: string }>()(noArgs, 'The self-contained HTML report, for previewing.'),
} as const;
