/** The building blocks every contract file uses: `method`, shared argument schemas and views. */
import { z } from 'zod';
import type { LANGUAGES, THEMES } from '../vocabulary.js';
import type { ProjectDocument } from '../schema.js';

/**
 * Declares a method: `method<Result>()(argsSchema, summary)`. Curried so the argument type is
 * inferred from the schema while the result type is stated.
 */
export function method<R>() {
  return <A extends z.ZodType>(args: A, summary: string) => ({ args, summary, result: undefined as unknown as R });
}

export const noArgs = z.object({}).strict();
export const pathArg = z.string().min(1, 'a file path is required');

export interface Prefs {
  recentProjects: string[];
  language: (typeof LANGUAGES)[number];
  theme: (typeof THEMES)[number];
  threads: number;
}

export interface ProjectView {
  path: string;
  /** The document without the bulky per-sample parts (manifests, predictions). */
  doc: ProjectDocument;
  dirty: boolean;
  readOnly: boolean;
  readOnlyReason: string | null;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  migratedFrom: number | null;
  /**
   * A working copy of the sample project, kept in the app's data folder: the UI names it as
   * such and offers Save As so the user's work lands somewhere they chose.
   */
  sampleCopy: boolean;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  platform: string;
  /** Whether native file dialogs exist (Electron) or paths are typed (browser host). */
  nativeDialogs: boolean;
  /** The runtimes under the app, for Help › About (`electron` is null in the browser host). */
  versions: { node: string; electron: string | null; onnxruntime: string | null };
}

/** A long piece of work (scan, hash, evaluation) running in the core. */
export interface JobInfo {
  id: string;
  kind: string;
  label: string;
  /** What the job works on (`name`, `version`, `model`), for a title in the reader's language. */
  subject?: Record<string, string>;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  /** Items per second over the job so far. */
  rate: number;
  etaSeconds: number | null;
  error: string | null;
  /** What the job produced (its kind decides the shape), once done. */
  result: unknown;
}
