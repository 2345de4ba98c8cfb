/** `createCore`: the core with its default Node-side wiring (preferences, sample copies). */
import { createDispatch, createHandlers, type Dispatch } from '../api/router.js';
import { GapboardCore, type CoreDeps } from './create-core.js';
import { SAMPLE_DIR, SAMPLE_FILE_NAME } from './paths.js';
import { createConfPrefs } from './prefs.js';
import { copySampleProject, samplesDirIn } from './sample-copy.js';
import { createFileTemplateStore } from '../templates/store.js';

export interface CreateCoreOptions extends Partial<CoreDeps> {
  host: CoreDeps['host'];
  dataDir: string;
  sampleDir?: string;
}

export function createCore(opts: CreateCoreOptions): { core: GapboardCore; dispatch: Dispatch } {
  const now = opts.now ?? (() => new Date().toISOString());
  const core = new GapboardCore({
    ...opts,
    now,
    prefs: opts.prefs ?? createConfPrefs(opts.dataDir),
    templates: opts.templates ?? createFileTemplateStore(opts.dataDir),
    copySample:
      opts.copySample ?? (() => copySampleProject(opts.sampleDir ?? SAMPLE_DIR, opts.dataDir, SAMPLE_FILE_NAME, now())),
    samplesDir: opts.samplesDir ?? samplesDirIn(opts.dataDir),
  });
  return { core, dispatch: createDispatch(createHandlers(core)) };
}
