/**
 * The board's slice of the store: the board, the history and the metric catalog as the core
 * computed them (they need manifests the light document leaves out), each remembered with the
 * project state it was computed for, so a screen is "ready" only when they match.
 */
import type { StoreApi } from 'zustand';
import type { GapboardApi, MethodArgs, ProjectView } from '../../../shared/contract';
import type {
  BoardView as Board,
  CatalogEntry,
  ProjectHistory,
  ReportFormat,
} from '../../../shared/contract/board-methods';
import type { AppStore } from './types';

/** What a click on the board's evidence or Q&A links asks another screen to show. */
export interface Selection {
  run?: string;
  /** Two runs to open side by side (base first). */
  compare?: [string, string];
  dataset?: { name: string; version: number };
  decision?: string;
  requirement?: string;
}

interface Loaded<T> {
  data: T;
  /** The project state it was computed from (identity compared). */
  for: ProjectView;
}

export interface BoardState {
  board: Loaded<Board> | null;
  history: Loaded<ProjectHistory> | null;
  catalog: Loaded<CatalogEntry[]> | null;
  selection: Selection;
}

export interface BoardActions {
  loadBoard: () => Promise<void>;
  loadHistory: () => Promise<void>;
  loadCatalog: () => Promise<void>;
  select: (selection: Selection, screen?: AppStore['screen']) => void;
  startIteration: (args: MethodArgs<'iterations.start'>) => Promise<boolean>;
  closeIteration: (args: MethodArgs<'iterations.close'>) => Promise<boolean>;
  /** Makes a finished run the candidate the board scores; null clears the choice. */
  setCandidate: (run: string | null) => Promise<void>;
  addDecision: (args: MethodArgs<'decisions.add'>) => Promise<string | undefined>;
  updateDecision: (args: MethodArgs<'decisions.update'>) => Promise<boolean>;
  removeDecision: (id: string) => Promise<void>;
  exportReport: (format: ReportFormat, path: string) => Promise<string | undefined>;
  reportHtml: () => Promise<string | undefined>;
}

export type BoardSlice = BoardState & BoardActions;

type Set = StoreApi<AppStore>['setState'];
type Get = StoreApi<AppStore>['getState'];

export function createBoardSlice(api: GapboardApi, set: Set, get: Get): BoardSlice {
  /** Fetches `work` for the current project and stores it under `key` with that project. */
  const load = async <K extends 'board' | 'history' | 'catalog'>(
    key: K,
    work: (a: GapboardApi) => Promise<NonNullable<BoardState[K]>['data']>,
  ) => {
    const project = get().project;
    if (!project) return;
    const data = await get().run(work);
    // A newer project state may have arrived meanwhile; the screen's effect asks again then.
    if (data !== undefined && get().project === project) set({ [key]: { data, for: project } } as Partial<AppStore>);
  };
  const adopt = (project: ProjectView | undefined) => {
    if (project) get().setProject(project);
    return project !== undefined;
  };
  return {
    board: null,
    history: null,
    catalog: null,
    selection: {},
    loadBoard: () => load('board', (a) => a.board.current({})),
    loadHistory: () => load('history', (a) => a.history.project({})),
    loadCatalog: () => load('catalog', (a) => a.metrics.catalog({})),
    select: (selection, screen) => set(screen ? { selection, screen } : { selection }),
    startIteration: async (args) => adopt((await get().run((a) => a.iterations.start(args)))?.project),
    closeIteration: async (args) => adopt((await get().run((a) => a.iterations.close(args)))?.project),
    setCandidate: async (run) => void adopt(await get().run((a) => a.iterations.setCandidate({ run }))),
    addDecision: async (args) => {
      const r = await get().run((a) => a.decisions.add(args));
      adopt(r?.project);
      return r?.id;
    },
    updateDecision: async (args) => adopt(await get().run((a) => a.decisions.update(args))),
    removeDecision: async (id) => void adopt(await get().run((a) => a.decisions.remove({ id }))),
    exportReport: async (format, path) => (await get().run((a) => a.report.export({ format, path })))?.path,
    reportHtml: async () => (await get().run((a) => a.report.html({})))?.html,
  };
}
