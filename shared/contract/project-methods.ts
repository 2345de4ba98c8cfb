/** Methods of the app shell, preferences, the project file and its requirements. */
import { z } from 'zod';
import { LANGUAGES, OPERATORS, PRIORITIES, SERVING_MODES, THEMES } from '../vocabulary.js';
import { method, noArgs, pathArg, type AppInfo, type Prefs, type ProjectView } from './define.js';

export const requirementFields = z
  .object({
    title: z.string(),
    metric: z.string().min(1, 'a metric key is required'),
    op: z.enum(OPERATORS),
    target: z.number({ error: 'the target must be a number' }).finite(),
    unit: z.string(),
    priority: z.enum(PRIORITIES),
    rationale: z.string(),
    owner: z.string(),
    /** Which data it is measured on; every part optional (empty = any run). */
    scope: z
      .object({
        dataset: z.string().min(1),
        version: z.number().int().positive(),
        split: z.string().min(1),
        slice: z.string().min(1),
      })
      .partial()
      .strict(),
    /** A serving target id (`ST-1`) for latency / QPS requirements; null clears it. */
    servingTarget: z.string().min(1).nullable(),
    /** Who asked, and the Q&A / decision entry it came from. */
    source: z.object({ who: z.string(), qa: z.string().min(1).optional() }).strict(),
  })
  .partial();

export const projectMethods = {
  'app.info': method<AppInfo>()(noArgs, 'What host serves the UI.'),
  'prefs.get': method<Prefs>()(noArgs, 'App preferences (never in the project file).'),
  'prefs.set': method<Prefs>()(
    z
      .object({
        language: z.enum(LANGUAGES),
        theme: z.enum(THEMES),
        threads: z.number().int().min(0).max(256),
      })
      .partial()
      .strict(),
    'Change preferences.',
  ),
  'project.current': method<ProjectView | null>()(noArgs, 'The open project, if any.'),
  'project.create': method<ProjectView>()(
    z.object({ path: pathArg, name: z.string().min(1, 'a project name is required') }).strict(),
    'Create a project file and open it.',
  ),
  'project.open': method<ProjectView>()(z.object({ path: pathArg }).strict(), 'Open a project file.'),
  'project.openSample': method<ProjectView>()(noArgs, 'Open a fresh copy of the sample project.'),
  'project.save': method<ProjectView>()(
    z.object({ force: z.boolean().optional() }).strict(),
    'Save; refuses to overwrite changes made on disk unless forced.',
  ),
  'project.saveAs': method<ProjectView>()(
    z.object({ path: pathArg }).strict(),
    'Save the project, unsaved changes included, as a new file and continue there; in another (empty or new) folder its data is copied along.',
  ),
  'project.reload': method<ProjectView>()(noArgs, 'Re-read the file, dropping unsaved changes.'),
  'project.close': method<null>()(
    z.object({ discard: z.boolean().optional() }).strict(),
    'Close the project; refuses with unsaved changes unless discard.',
  ),
  'project.undo': method<ProjectView>()(noArgs, 'Undo the last change.'),
  'project.redo': method<ProjectView>()(noArgs, 'Redo the last undone change.'),
  'project.update': method<ProjectView>()(
    z.object({ name: z.string().min(1).optional(), description: z.string().optional() }).strict(),
    'Edit the project name and service description.',
  ),
  'requirements.add': method<{ id: string; project: ProjectView }>()(
    requirementFields.required({ metric: true, target: true }).strict(),
    'Add a requirement; returns its new id (operator and unit default from the metric).',
  ),
  'requirements.update': method<ProjectView>()(
    z.object({ id: z.string().min(1), fields: requirementFields.strict(), reason: z.string().optional() }).strict(),
    'Edit a requirement; a target/operator/priority/metric change needs a reason, kept in its history.',
  ),
  'requirements.remove': method<ProjectView>()(
    z.object({ id: z.string().min(1) }).strict(),
    'Delete a requirement (undoable).',
  ),
  'servingTargets.add': method<{ id: string; project: ProjectView }>()(
    z
      .object({
        name: z.string().trim().min(1, 'a name is required'),
        mode: z.enum(SERVING_MODES),
        hardware: z
          .object({
            cpu: z.string(),
            cores: z.number().int().positive().nullable(),
            ramGb: z.number().positive().nullable(),
            gpu: z.string(),
          })
          .strict(),
        runtime: z.object({ threads: z.number().int().positive().nullable(), executionProvider: z.string() }).strict(),
      })
      .strict(),
    'Add a serving target (mode, hardware, runtime) that latency and QPS requirements can name.',
  ),
  'servingTargets.remove': method<ProjectView>()(
    z.object({ id: z.string().min(1) }).strict(),
    'Delete a serving target no requirement names (undoable).',
  ),
  'host.pickPath': method<{ path: string | null }>()(
    z.object({ kind: z.enum(['open', 'save']), defaultName: z.string().optional() }).strict(),
    'Native file dialog (Electron only).',
  ),
} as const;
